from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.hydra_search_hydramapping_type_0_item import (
        HydraSearchHydramappingType0Item,
    )

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, HydraSearchHydramappingType0Item
    from ..models.hydra_search_hydramapping_type_0_item import (
        HydraSearchHydramappingType0Item,  # noqa: PLC0415
    )

    _UNRESOLVED = False


T = TypeVar("T", bound="HydraSearch")


def _parse_hydramapping(data: object) -> list[HydraSearchHydramappingType0Item] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        return [HydraSearchHydramappingType0Item.from_dict(_item) for _item in data]
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[HydraSearchHydramappingType0Item] | None, data)


@_attrs_define
class HydraSearch:
    """A template describing the collection's filter parameters."""

    hydramapping: list[HydraSearchHydramappingType0Item] | None
    hydratemplate: None | str
    hydravariable_representation: None | str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("hydramapping", self.hydramapping),
            ("hydratemplate", self.hydratemplate),
            ("hydravariable_representation", self.hydravariable_representation),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"HydraSearch({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        hydramapping: list[dict[str, Any]] | None
        if isinstance(self.hydramapping, list):
            hydramapping = []
            for hydramapping_type_0_item_data in self.hydramapping:
                hydramapping_type_0_item = hydramapping_type_0_item_data.to_dict()
                hydramapping.append(hydramapping_type_0_item)

        else:
            hydramapping = self.hydramapping

        hydratemplate: None | str
        hydratemplate = self.hydratemplate

        hydravariable_representation: None | str
        hydravariable_representation = self.hydravariable_representation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hydra:mapping": hydramapping,
                "hydra:template": hydratemplate,
                "hydra:variableRepresentation": hydravariable_representation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_hydramapping = _pop("hydra:mapping", None)
        hydramapping = (
            None
            if _raw_hydramapping is None
            else _parse_hydramapping(_raw_hydramapping)
        )

        hydra_search = cls(
            hydramapping,
            _pop("hydra:template", None),
            _pop("hydra:variableRepresentation", None),
        )

        hydra_search.additional_properties = _src
        return hydra_search

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

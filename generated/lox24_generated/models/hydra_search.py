from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hydra_search_hydramapping_item import HydraSearchHydramappingItem


T = TypeVar("T", bound="HydraSearch")


@_attrs_define
class HydraSearch:
    """A template describing the collection's filter parameters."""

    hydramapping: list[HydraSearchHydramappingItem] | Unset = UNSET
    hydratemplate: str | Unset = UNSET
    hydravariable_representation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hydramapping: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hydramapping, Unset):
            hydramapping = []
            for hydramapping_item_data in self.hydramapping:
                hydramapping_item = hydramapping_item_data.to_dict()
                hydramapping.append(hydramapping_item)

        hydratemplate = self.hydratemplate

        hydravariable_representation = self.hydravariable_representation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hydramapping is not UNSET:
            field_dict["hydra:mapping"] = hydramapping
        if hydratemplate is not UNSET:
            field_dict["hydra:template"] = hydratemplate
        if hydravariable_representation is not UNSET:
            field_dict["hydra:variableRepresentation"] = hydravariable_representation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hydra_search_hydramapping_item import HydraSearchHydramappingItem  # noqa: PLC0415

        _src = dict(src_dict)
        _hydramapping = _src.pop("hydra:mapping", UNSET)
        hydramapping: list[HydraSearchHydramappingItem] | Unset = UNSET
        if _hydramapping is not UNSET:
            hydramapping = []
            for hydramapping_item_data in _hydramapping:
                hydramapping_item = HydraSearchHydramappingItem.from_dict(
                    hydramapping_item_data
                )

                hydramapping.append(hydramapping_item)

        hydratemplate = _src.pop("hydra:template", UNSET)

        hydravariable_representation = _src.pop("hydra:variableRepresentation", UNSET)

        hydra_search = cls(
            hydramapping=hydramapping,
            hydratemplate=hydratemplate,
            hydravariable_representation=hydravariable_representation,
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

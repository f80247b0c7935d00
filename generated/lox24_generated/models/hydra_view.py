from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="HydraView")


@_attrs_define
class HydraView:
    """Where this page sits in the collection, with links to its neighbours."""

    hydrafirst: None | str
    hydralast: None | str
    hydranext: None | str
    hydraprevious: None | str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("hydrafirst", self.hydrafirst),
            ("hydralast", self.hydralast),
            ("hydranext", self.hydranext),
            ("hydraprevious", self.hydraprevious),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"HydraView({shown})"

    def to_dict(self) -> dict[str, Any]:
        hydrafirst: None | str
        hydrafirst = self.hydrafirst

        hydralast: None | str
        hydralast = self.hydralast

        hydranext: None | str
        hydranext = self.hydranext

        hydraprevious: None | str
        hydraprevious = self.hydraprevious

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hydra:first": hydrafirst,
                "hydra:last": hydralast,
                "hydra:next": hydranext,
                "hydra:previous": hydraprevious,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        hydra_view = cls(
            _pop("hydra:first", None),
            _pop("hydra:last", None),
            _pop("hydra:next", None),
            _pop("hydra:previous", None),
        )

        hydra_view.additional_properties = _src
        return hydra_view

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

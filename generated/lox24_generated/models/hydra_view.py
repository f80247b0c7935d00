from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HydraView")


@_attrs_define
class HydraView:
    """Where this page sits in the collection, with links to its neighbours."""

    hydrafirst: str | Unset = UNSET
    hydralast: str | Unset = UNSET
    hydranext: str | Unset = UNSET
    hydraprevious: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hydrafirst = self.hydrafirst

        hydralast = self.hydralast

        hydranext = self.hydranext

        hydraprevious = self.hydraprevious

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hydrafirst is not UNSET:
            field_dict["hydra:first"] = hydrafirst
        if hydralast is not UNSET:
            field_dict["hydra:last"] = hydralast
        if hydranext is not UNSET:
            field_dict["hydra:next"] = hydranext
        if hydraprevious is not UNSET:
            field_dict["hydra:previous"] = hydraprevious

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        hydrafirst = _src.pop("hydra:first", UNSET)

        hydralast = _src.pop("hydra:last", UNSET)

        hydranext = _src.pop("hydra:next", UNSET)

        hydraprevious = _src.pop("hydra:previous", UNSET)

        hydra_view = cls(
            hydrafirst=hydrafirst,
            hydralast=hydralast,
            hydranext=hydranext,
            hydraprevious=hydraprevious,
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

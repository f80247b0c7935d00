from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HydraSearchHydramappingType0Item")


@_attrs_define
class HydraSearchHydramappingType0Item:
    property_: None | str | Unset = UNSET
    required: bool | Unset = UNSET
    variable: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("property_", self.property_),
            ("required", self.required),
            ("variable", self.variable),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"HydraSearchHydramappingType0Item({shown})"

    def to_dict(self) -> dict[str, Any]:
        property_: None | str | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        else:
            property_ = self.property_

        required = self.required

        variable = self.variable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_
        if required is not UNSET:
            field_dict["required"] = required
        if variable is not UNSET:
            field_dict["variable"] = variable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        hydra_search_hydramapping_type_0_item = cls(
            _pop("property", UNSET),
            _pop("required", UNSET),
            _pop("variable", UNSET),
        )

        hydra_search_hydramapping_type_0_item.additional_properties = _src
        return hydra_search_hydramapping_type_0_item

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

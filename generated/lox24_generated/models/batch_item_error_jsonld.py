from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchItemErrorJsonld")


@_attrs_define
class BatchItemErrorJsonld:
    """Why one item of a batch was refused (JSON-LD)."""

    hydradescription: str | Unset = UNSET
    hydratitle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hydradescription = self.hydradescription

        hydratitle = self.hydratitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hydradescription is not UNSET:
            field_dict["hydra:description"] = hydradescription
        if hydratitle is not UNSET:
            field_dict["hydra:title"] = hydratitle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        hydradescription = _src.pop("hydra:description", UNSET)

        hydratitle = _src.pop("hydra:title", UNSET)

        batch_item_error_jsonld = cls(
            hydradescription=hydradescription,
            hydratitle=hydratitle,
        )

        batch_item_error_jsonld.additional_properties = _src
        return batch_item_error_jsonld

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

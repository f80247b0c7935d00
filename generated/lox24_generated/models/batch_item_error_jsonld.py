from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="BatchItemErrorJsonld")


@_attrs_define
class BatchItemErrorJsonld:
    """Why one item of a batch was refused (JSON-LD)."""

    hydradescription: None | str
    hydratitle: None | str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("hydradescription", self.hydradescription),
            ("hydratitle", self.hydratitle),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BatchItemErrorJsonld({shown})"

    def to_dict(self) -> dict[str, Any]:
        hydradescription: None | str
        hydradescription = self.hydradescription

        hydratitle: None | str
        hydratitle = self.hydratitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hydra:description": hydradescription,
                "hydra:title": hydratitle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        batch_item_error_jsonld = cls(
            _pop("hydra:description", None),
            _pop("hydra:title", None),
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SmsBatchResult")


@_attrs_define
class SmsBatchResult:
    """The outcome of a batch cancel or batch delete. Both use the key `deleted_sms_count`: for a
    cancel it counts the stopped messages, for a delete the deleted ones.

    """

    deleted_sms_count: int
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (("deleted_sms_count", self.deleted_sms_count),)
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SmsBatchResult({shown})"

    def to_dict(self) -> dict[str, Any]:
        deleted_sms_count = self.deleted_sms_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_sms_count": deleted_sms_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        sms_batch_result = cls(
            _pop("deleted_sms_count"),
        )

        sms_batch_result.additional_properties = _src
        return sms_batch_result

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

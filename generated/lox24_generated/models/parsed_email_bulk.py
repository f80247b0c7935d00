from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_status_code import BulkStatusCode
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="ParsedEmailBulk")


_BulkStatusCode_MEMBERS = EnumTable(BulkStatusCode)


@_attrs_define
class ParsedEmailBulk:
    """The bulk created from an e-mail."""

    created_at: int | None
    id: None | str
    status: BulkStatusCode | None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("created_at", self.created_at),
            ("id", self.id),
            ("status", self.status),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ParsedEmailBulk({shown})"

    def to_dict(self) -> dict[str, Any]:
        created_at: int | None
        created_at = self.created_at

        id: None | str
        id = self.id

        status: int | None
        if isinstance(self.status, BulkStatusCode):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        parsed_email_bulk = cls(
            _pop("created_at", None),
            _pop("id", None),
            None
            if (_value := _pop("status", None)) is None
            else _BulkStatusCode_MEMBERS[_value],
        )

        parsed_email_bulk.additional_properties = _src
        return parsed_email_bulk

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

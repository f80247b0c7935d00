from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_status_code import BulkStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParsedEmailBulk")


@_attrs_define
class ParsedEmailBulk:
    """The bulk created from an e-mail."""

    created_at: int | Unset = UNSET
    id: str | Unset = UNSET
    """ A lower-case UUID. """
    status: BulkStatusCode | Unset = UNSET
    """ The state of a bulk: 0 new and not processed yet, 5 processing, 10 processed, 15
    cancelled by the user, 20 failed with a system error, 201 no recipients found.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        created_at = _src.pop("created_at", UNSET)

        id = _src.pop("id", UNSET)

        _status = _src.pop("status", UNSET)
        status: BulkStatusCode | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BulkStatusCode(_status)

        parsed_email_bulk = cls(
            created_at=created_at,
            id=id,
            status=status,
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

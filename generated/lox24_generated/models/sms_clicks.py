from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsClicks")


@_attrs_define
class SmsClicks:
    """How often the short link in one SMS was clicked."""

    created_at: int | Unset = UNSET
    """ When the SMS was created. """
    requests_count: int | Unset = UNSET
    """ The number of clicks. """
    uuid: str | Unset = UNSET
    """ A lower-case UUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        requests_count = self.requests_count

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if requests_count is not UNSET:
            field_dict["requests_count"] = requests_count
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        created_at = _src.pop("created_at", UNSET)

        requests_count = _src.pop("requests_count", UNSET)

        uuid = _src.pop("uuid", UNSET)

        sms_clicks = cls(
            created_at=created_at,
            requests_count=requests_count,
            uuid=uuid,
        )

        sms_clicks.additional_properties = _src
        return sms_clicks

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

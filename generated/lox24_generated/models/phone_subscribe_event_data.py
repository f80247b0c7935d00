from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PhoneSubscribeEventData")


@_attrs_define
class PhoneSubscribeEventData:
    """A recipient subscribed to a group through a subscription campaign."""

    additional_data: list[Any]
    """ Reserved; empty in every known example. """
    campaign_code: str
    group_id: int
    phone: str
    short_link_code: str
    timestamp: int
    """ When the recipient subscribed. """
    user_id: int
    """ The customer number of the account. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("additional_data", self.additional_data),
            ("campaign_code", self.campaign_code),
            ("group_id", self.group_id),
            ("phone", self.phone),
            ("short_link_code", self.short_link_code),
            ("timestamp", self.timestamp),
            ("user_id", self.user_id),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PhoneSubscribeEventData({shown})"

    def to_dict(self) -> dict[str, Any]:
        additional_data = self.additional_data

        campaign_code = self.campaign_code

        group_id = self.group_id

        phone = self.phone

        short_link_code = self.short_link_code

        timestamp = self.timestamp

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additional_data": additional_data,
                "campaign_code": campaign_code,
                "group_id": group_id,
                "phone": phone,
                "short_link_code": short_link_code,
                "timestamp": timestamp,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        phone_subscribe_event_data = cls(
            _pop("additional_data"),
            _pop("campaign_code"),
            _pop("group_id"),
            _pop("phone"),
            _pop("short_link_code"),
            _pop("timestamp"),
            _pop("user_id"),
        )

        phone_subscribe_event_data.additional_properties = _src
        return phone_subscribe_event_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.phone_unsubscribe_details import PhoneUnsubscribeDetails

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, PhoneUnsubscribeDetails
    from ..models.phone_unsubscribe_details import PhoneUnsubscribeDetails  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="PhoneUnsubscribeEventData")


@_attrs_define
class PhoneUnsubscribeEventData:
    """A recipient unsubscribed through an unsubscription campaign."""

    additional_data: PhoneUnsubscribeDetails
    """ What a recipient entered in the unsubscription form. """
    campaign_code: str
    group_id: int | None
    phone: str
    short_link_code: str
    timestamp: int
    """ When the recipient unsubscribed. """
    unsubscribe_request_id: int
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
            ("unsubscribe_request_id", self.unsubscribe_request_id),
            ("user_id", self.user_id),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PhoneUnsubscribeEventData({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        additional_data = self.additional_data.to_dict()

        campaign_code = self.campaign_code

        group_id: int | None
        group_id = self.group_id

        phone = self.phone

        short_link_code = self.short_link_code

        timestamp = self.timestamp

        unsubscribe_request_id = self.unsubscribe_request_id

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
                "unsubscribe_request_id": unsubscribe_request_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_additional_data = _pop("additional_data")
        additional_data = PhoneUnsubscribeDetails.from_dict(_raw_additional_data)

        phone_unsubscribe_event_data = cls(
            additional_data,
            _pop("campaign_code"),
            _pop("group_id", None),
            _pop("phone"),
            _pop("short_link_code"),
            _pop("timestamp"),
            _pop("unsubscribe_request_id"),
            _pop("user_id"),
        )

        phone_unsubscribe_event_data.additional_properties = _src
        return phone_unsubscribe_event_data

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

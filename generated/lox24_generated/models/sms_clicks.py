from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SmsClicks")


@_attrs_define
class SmsClicks:
    """How often the short link in one SMS was clicked."""

    created_at: int
    """ When the SMS was created. """
    requests_count: int
    """ The number of clicks. """
    uuid: str
    """ A lower-case UUID. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("created_at", self.created_at),
            ("requests_count", self.requests_count),
            ("uuid", self.uuid),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SmsClicks({shown})"

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        requests_count = self.requests_count

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "requests_count": requests_count,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        sms_clicks = cls(
            _pop("created_at"),
            _pop("requests_count"),
            _pop("uuid"),
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

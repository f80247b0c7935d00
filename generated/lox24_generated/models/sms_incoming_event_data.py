from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SmsIncomingEventData")


@_attrs_define
class SmsIncomingEventData:
    """A received SMS (the same facts as `Incoming`, with the UUID under `id`)."""

    from_: None | str
    id: None | str
    msg_uuid: None | str
    """ For a reply, the UUID of the SMS it answers. """
    received_at: int | None
    text: None | str
    to: None | str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("from_", self.from_),
            ("id", self.id),
            ("msg_uuid", self.msg_uuid),
            ("received_at", self.received_at),
            ("text", self.text),
            ("to", self.to),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SmsIncomingEventData({shown})"

    def to_dict(self) -> dict[str, Any]:
        from_: None | str
        from_ = self.from_

        id: None | str
        id = self.id

        msg_uuid: None | str
        msg_uuid = self.msg_uuid

        received_at: int | None
        received_at = self.received_at

        text: None | str
        text = self.text

        to: None | str
        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "id": id,
                "msg_uuid": msg_uuid,
                "received_at": received_at,
                "text": text,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        sms_incoming_event_data = cls(
            _pop("from", None),
            _pop("id", None),
            _pop("msg_uuid", None),
            _pop("received_at", None),
            _pop("text", None),
            _pop("to", None),
        )

        sms_incoming_event_data.additional_properties = _src
        return sms_incoming_event_data

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

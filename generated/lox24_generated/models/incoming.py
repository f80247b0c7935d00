from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Incoming")


@_attrs_define
class Incoming:
    """A received SMS."""

    from_: str
    """ A phone number in international E.164 form. """
    msg_uuid: None | str
    """ For a reply, the UUID of the SMS it answers. """
    received_at: int
    """ When the message arrived. """
    text: None | str
    to: str
    """ A phone number in international E.164 form. """
    uuid: str
    """ A lower-case UUID. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("from_", self.from_),
            ("msg_uuid", self.msg_uuid),
            ("received_at", self.received_at),
            ("text", self.text),
            ("to", self.to),
            ("uuid", self.uuid),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Incoming({shown})"

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        msg_uuid: None | str
        msg_uuid = self.msg_uuid

        received_at = self.received_at

        text: None | str
        text = self.text

        to = self.to

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "msg_uuid": msg_uuid,
                "received_at": received_at,
                "text": text,
                "to": to,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        incoming = cls(
            _pop("from"),
            _pop("msg_uuid", None),
            _pop("received_at"),
            _pop("text", None),
            _pop("to"),
            _pop("uuid"),
        )

        incoming.additional_properties = _src
        return incoming

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ParsedEmailSms")


@_attrs_define
class ParsedEmailSms:
    """One SMS created from an e-mail."""

    text: None | str
    to: None | str
    uuid: None | str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("text", self.text),
            ("to", self.to),
            ("uuid", self.uuid),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ParsedEmailSms({shown})"

    def to_dict(self) -> dict[str, Any]:
        text: None | str
        text = self.text

        to: None | str
        to = self.to

        uuid: None | str
        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        parsed_email_sms = cls(
            _pop("text", None),
            _pop("to", None),
            _pop("uuid", None),
        )

        parsed_email_sms.additional_properties = _src
        return parsed_email_sms

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParsedEmailSms")


@_attrs_define
class ParsedEmailSms:
    """One SMS created from an e-mail."""

    text: str | Unset = UNSET
    to: str | Unset = UNSET
    """ A phone number in international E.164 form. """
    uuid: str | Unset = UNSET
    """ A lower-case UUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        to = self.to

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if to is not UNSET:
            field_dict["to"] = to
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        text = _src.pop("text", UNSET)

        to = _src.pop("to", UNSET)

        uuid = _src.pop("uuid", UNSET)

        parsed_email_sms = cls(
            text=text,
            to=to,
            uuid=uuid,
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

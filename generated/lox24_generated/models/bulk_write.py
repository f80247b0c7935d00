from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_code import ServiceCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, EnumTable, Unset

T = TypeVar("T", bound="BulkWrite")


_ServiceCode_MEMBERS = EnumTable(ServiceCode)
_VoiceLang_MEMBERS = EnumTable(VoiceLang)


def _parse_service_code(data: object) -> None | ServiceCode | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return _ServiceCode_MEMBERS[data]
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ServiceCode | Unset, data)


def _parse_voice_lang(data: object) -> None | Unset | VoiceLang:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return _VoiceLang_MEMBERS[data]
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | VoiceLang, data)


@_attrs_define
class BulkWrite:
    """A new bulk. It needs recipients in either `phones` or `msg_groups`, not both."""

    sender_id: str
    """ The sender shown to recipients: a number of up to 15 digits, or up to 11 letters, digits
    and spaces. Not every country transmits it.
     """
    text: str
    """ The text; `[Name colA]`-style placeholders are filled from the group columns. """
    delivery_at: int | None | Unset = UNSET
    """ When to send; 0 or null means at once. """
    is_text_deleted: bool | None | Unset = UNSET
    """ Delete the text after delivery. """
    is_unicode: bool | None | Unset = UNSET
    """ true UCS-2, false GSM 7-bit, null detected automatically. """
    msg_groups: list[int] | None | Unset = UNSET
    """ Ids of groups whose phones receive the bulk. """
    phones: list[str] | None | Unset = UNSET
    service_code: None | ServiceCode | Unset = UNSET
    source: int | None | Unset = UNSET
    """ Your own number for the itemised bill. """
    voice_lang: None | Unset | VoiceLang = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("sender_id", self.sender_id),
            ("text", self.text),
            ("delivery_at", self.delivery_at),
            ("is_text_deleted", self.is_text_deleted),
            ("is_unicode", self.is_unicode),
            ("msg_groups", self.msg_groups),
            ("phones", self.phones),
            ("service_code", self.service_code),
            ("source", self.source),
            ("voice_lang", self.voice_lang),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BulkWrite({shown})"

    def to_dict(self) -> dict[str, Any]:
        sender_id = self.sender_id

        text = self.text

        delivery_at: int | None | Unset
        if isinstance(self.delivery_at, Unset):
            delivery_at = UNSET
        else:
            delivery_at = self.delivery_at

        is_text_deleted: bool | None | Unset
        if isinstance(self.is_text_deleted, Unset):
            is_text_deleted = UNSET
        else:
            is_text_deleted = self.is_text_deleted

        is_unicode: bool | None | Unset
        if isinstance(self.is_unicode, Unset):
            is_unicode = UNSET
        else:
            is_unicode = self.is_unicode

        msg_groups: list[int] | None | Unset
        if isinstance(self.msg_groups, Unset):
            msg_groups = UNSET
        elif isinstance(self.msg_groups, list):
            msg_groups = self.msg_groups

        else:
            msg_groups = self.msg_groups

        phones: list[str] | None | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, list):
            phones = self.phones

        else:
            phones = self.phones

        service_code: None | str | Unset
        if isinstance(self.service_code, Unset):
            service_code = UNSET
        elif isinstance(self.service_code, ServiceCode):
            service_code = self.service_code.value
        else:
            service_code = self.service_code

        source: int | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        voice_lang: None | str | Unset
        if isinstance(self.voice_lang, Unset):
            voice_lang = UNSET
        elif isinstance(self.voice_lang, VoiceLang):
            voice_lang = self.voice_lang.value
        else:
            voice_lang = self.voice_lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_id": sender_id,
                "text": text,
            }
        )
        if delivery_at is not UNSET:
            field_dict["delivery_at"] = delivery_at
        if is_text_deleted is not UNSET:
            field_dict["is_text_deleted"] = is_text_deleted
        if is_unicode is not UNSET:
            field_dict["is_unicode"] = is_unicode
        if msg_groups is not UNSET:
            field_dict["msg_groups"] = msg_groups
        if phones is not UNSET:
            field_dict["phones"] = phones
        if service_code is not UNSET:
            field_dict["service_code"] = service_code
        if source is not UNSET:
            field_dict["source"] = source
        if voice_lang is not UNSET:
            field_dict["voice_lang"] = voice_lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_service_code = _pop("service_code", UNSET)
        service_code = (
            None
            if _raw_service_code is None
            else _parse_service_code(_raw_service_code)
        )

        _raw_voice_lang = _pop("voice_lang", UNSET)
        voice_lang = (
            None if _raw_voice_lang is None else _parse_voice_lang(_raw_voice_lang)
        )

        bulk_write = cls(
            _pop("sender_id"),
            _pop("text"),
            _pop("delivery_at", UNSET),
            _pop("is_text_deleted", UNSET),
            _pop("is_unicode", UNSET),
            _pop("msg_groups", UNSET),
            _pop("phones", UNSET),
            service_code,
            _pop("source", UNSET),
            voice_lang,
        )

        bulk_write.additional_properties = _src
        return bulk_write

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

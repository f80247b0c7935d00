from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_status_code import BulkStatusCode
from ..models.service_code import ServiceCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkStatus")


@_attrs_define
class BulkStatus:
    """The state of a bulk sending. (The official document types `created_at` of the bulk
    schemas as a UUID; it is a Unix time, as in its JSON-LD bulk schema.)

    """

    created_at: int | Unset = UNSET
    delivery_at: int | Unset = UNSET
    """ When the bulk is sent; 0 means at once. """
    ip: str | Unset = UNSET
    """ The address the bulk was created from. """
    is_dryrun: bool | Unset = UNSET
    is_text_deleted: bool | Unset = UNSET
    is_unicode: bool | None | Unset = UNSET
    """ true UCS-2, false GSM 7-bit, null detected automatically. """
    key_id: int | Unset = UNSET
    """ The API key the bulk was created with. """
    msg_total_cost: int | Unset = UNSET
    """ The cost of those messages. """
    msg_total_count: int | Unset = UNSET
    """ How many messages the bulk has created so far. """
    processed_at: int | None | Unset = UNSET
    """ When processing finished. """
    service_code: ServiceCode | Unset = UNSET
    """ How a message is delivered: `direct` (text SMS), `text2speech` (a call that reads the
    text aloud) or `text2speech_ssml` (a call that reads SSML markup).
     """
    source: int | None | Unset = UNSET
    """ Your own number for the itemised bill. """
    status_code: BulkStatusCode | Unset = UNSET
    """ The state of a bulk: 0 new and not processed yet, 5 processing, 10 processed, 15
    cancelled by the user, 20 failed with a system error, 201 no recipients found.
     """
    uuid: str | Unset = UNSET
    """ A lower-case UUID. """
    voice_lang: None | Unset | VoiceLang = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        delivery_at = self.delivery_at

        ip = self.ip

        is_dryrun = self.is_dryrun

        is_text_deleted = self.is_text_deleted

        is_unicode: bool | None | Unset
        if isinstance(self.is_unicode, Unset):
            is_unicode = UNSET
        else:
            is_unicode = self.is_unicode

        key_id = self.key_id

        msg_total_cost = self.msg_total_cost

        msg_total_count = self.msg_total_count

        processed_at: int | None | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        service_code: str | Unset = UNSET
        if not isinstance(self.service_code, Unset):
            service_code = self.service_code.value

        source: int | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        status_code: int | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        uuid = self.uuid

        voice_lang: None | str | Unset
        if isinstance(self.voice_lang, Unset):
            voice_lang = UNSET
        elif isinstance(self.voice_lang, VoiceLang):
            voice_lang = self.voice_lang.value
        else:
            voice_lang = self.voice_lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if delivery_at is not UNSET:
            field_dict["delivery_at"] = delivery_at
        if ip is not UNSET:
            field_dict["ip"] = ip
        if is_dryrun is not UNSET:
            field_dict["is_dryrun"] = is_dryrun
        if is_text_deleted is not UNSET:
            field_dict["is_text_deleted"] = is_text_deleted
        if is_unicode is not UNSET:
            field_dict["is_unicode"] = is_unicode
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if msg_total_cost is not UNSET:
            field_dict["msg_total_cost"] = msg_total_cost
        if msg_total_count is not UNSET:
            field_dict["msg_total_count"] = msg_total_count
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if service_code is not UNSET:
            field_dict["service_code"] = service_code
        if source is not UNSET:
            field_dict["source"] = source
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if voice_lang is not UNSET:
            field_dict["voice_lang"] = voice_lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        created_at = _src.pop("created_at", UNSET)

        delivery_at = _src.pop("delivery_at", UNSET)

        ip = _src.pop("ip", UNSET)

        is_dryrun = _src.pop("is_dryrun", UNSET)

        is_text_deleted = _src.pop("is_text_deleted", UNSET)

        def _parse_is_unicode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unicode = _parse_is_unicode(_src.pop("is_unicode", UNSET))

        key_id = _src.pop("key_id", UNSET)

        msg_total_cost = _src.pop("msg_total_cost", UNSET)

        msg_total_count = _src.pop("msg_total_count", UNSET)

        def _parse_processed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        processed_at = _parse_processed_at(_src.pop("processed_at", UNSET))

        _service_code = _src.pop("service_code", UNSET)
        service_code: ServiceCode | Unset
        if isinstance(_service_code, Unset):
            service_code = UNSET
        else:
            service_code = ServiceCode(_service_code)

        def _parse_source(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source = _parse_source(_src.pop("source", UNSET))

        _status_code = _src.pop("status_code", UNSET)
        status_code: BulkStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = BulkStatusCode(_status_code)

        uuid = _src.pop("uuid", UNSET)

        def _parse_voice_lang(data: object) -> None | Unset | VoiceLang:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_lang_type_0 = VoiceLang(data)

                return voice_lang_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceLang, data)

        voice_lang = _parse_voice_lang(_src.pop("voice_lang", UNSET))

        bulk_status = cls(
            created_at=created_at,
            delivery_at=delivery_at,
            ip=ip,
            is_dryrun=is_dryrun,
            is_text_deleted=is_text_deleted,
            is_unicode=is_unicode,
            key_id=key_id,
            msg_total_cost=msg_total_cost,
            msg_total_count=msg_total_count,
            processed_at=processed_at,
            service_code=service_code,
            source=source,
            status_code=status_code,
            uuid=uuid,
            voice_lang=voice_lang,
        )

        bulk_status.additional_properties = _src
        return bulk_status

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

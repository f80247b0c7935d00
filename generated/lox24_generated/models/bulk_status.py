from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_status_code import BulkStatusCode
from ..models.service_code import ServiceCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="BulkStatus")


_BulkStatusCode_MEMBERS = EnumTable(BulkStatusCode)
_ServiceCode_MEMBERS = EnumTable(ServiceCode)
_VoiceLang_MEMBERS = EnumTable(VoiceLang)


@_attrs_define
class BulkStatus:
    """The state of a bulk sending. (The official document types `created_at` of the bulk
    schemas as a UUID; it is a Unix time, as in its JSON-LD bulk schema.)

    """

    created_at: int
    delivery_at: int
    """ When the bulk is sent; 0 means at once. """
    ip: str
    """ The address the bulk was created from. """
    is_dryrun: bool
    is_text_deleted: bool
    is_unicode: bool | None
    """ true UCS-2, false GSM 7-bit, null detected automatically. """
    key_id: int
    """ The API key the bulk was created with. """
    msg_total_cost: int
    """ The cost of those messages. """
    msg_total_count: int
    """ How many messages the bulk has created so far. """
    processed_at: int | None
    """ When processing finished. """
    service_code: ServiceCode
    """ How a message is delivered; `economy` and `pro` only where the account's services (`GET /me`) list them.

    - `direct`: A text SMS.
    - `text2speech`: A call that reads the text aloud.
    - `text2speech_ssml`: A call that reads SSML markup aloud.
    - `economy`: A text SMS on the economy route.
    - `pro`: A text SMS on the pro route.
     """
    source: int | None
    """ Your own number for the itemised bill. """
    status_code: BulkStatusCode
    """ The state of a bulk.

    - `0`: New, not processed yet.
    - `5`: Being processed: its messages are being created.
    - `10`: Processed: every message was created.
    - `15`: Cancelled by the user.
    - `20`: Failed with a system error.
    - `201`: No recipients found.
     """
    uuid: str
    """ A lower-case UUID. """
    voice_lang: None | VoiceLang
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("created_at", self.created_at),
            ("delivery_at", self.delivery_at),
            ("ip", self.ip),
            ("is_dryrun", self.is_dryrun),
            ("is_text_deleted", self.is_text_deleted),
            ("is_unicode", self.is_unicode),
            ("key_id", self.key_id),
            ("msg_total_cost", self.msg_total_cost),
            ("msg_total_count", self.msg_total_count),
            ("processed_at", self.processed_at),
            ("service_code", self.service_code),
            ("source", self.source),
            ("status_code", self.status_code),
            ("uuid", self.uuid),
            ("voice_lang", self.voice_lang),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BulkStatus({shown})"

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        delivery_at = self.delivery_at

        ip = self.ip

        is_dryrun = self.is_dryrun

        is_text_deleted = self.is_text_deleted

        is_unicode: bool | None
        is_unicode = self.is_unicode

        key_id = self.key_id

        msg_total_cost = self.msg_total_cost

        msg_total_count = self.msg_total_count

        processed_at: int | None
        processed_at = self.processed_at

        service_code = self.service_code.value

        source: int | None
        source = self.source

        status_code = self.status_code.value

        uuid = self.uuid

        voice_lang: None | str
        if isinstance(self.voice_lang, VoiceLang):
            voice_lang = self.voice_lang.value
        else:
            voice_lang = self.voice_lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "delivery_at": delivery_at,
                "ip": ip,
                "is_dryrun": is_dryrun,
                "is_text_deleted": is_text_deleted,
                "is_unicode": is_unicode,
                "key_id": key_id,
                "msg_total_cost": msg_total_cost,
                "msg_total_count": msg_total_count,
                "processed_at": processed_at,
                "service_code": service_code,
                "source": source,
                "status_code": status_code,
                "uuid": uuid,
                "voice_lang": voice_lang,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        bulk_status = cls(
            _pop("created_at"),
            _pop("delivery_at"),
            _pop("ip"),
            _pop("is_dryrun"),
            _pop("is_text_deleted"),
            _pop("is_unicode", None),
            _pop("key_id"),
            _pop("msg_total_cost"),
            _pop("msg_total_count"),
            _pop("processed_at", None),
            _ServiceCode_MEMBERS[_pop("service_code")],
            _pop("source", None),
            _BulkStatusCode_MEMBERS[_pop("status_code")],
            _pop("uuid"),
            None
            if (_value := _pop("voice_lang", None)) is None
            else _VoiceLang_MEMBERS[_value],
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

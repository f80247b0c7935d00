from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dlr_code import DlrCode
from ..models.service_code import ServiceCode
from ..models.sms_status_code import SmsStatusCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, EnumTable

if TYPE_CHECKING:
    from lox24._sms_state import SmsState


T = TypeVar("T", bound="Sms")


_DlrCode_MEMBERS = EnumTable(DlrCode)
_ServiceCode_MEMBERS = EnumTable(ServiceCode)
_SmsStatusCode_MEMBERS = EnumTable(SmsStatusCode)
_VoiceLang_MEMBERS = EnumTable(VoiceLang)


@_attrs_define
class Sms:
    """An SMS or voice message sent (or to be sent) by the account."""

    bulk_id: None | str
    """ The UUID of the bulk that created the message, if any. """
    callback_data: None | str
    """ Your own reference (up to 36 characters), echoed back in delivery reports. """
    chars_count: int | None
    """ How many characters the text counts as. """
    clicks: None | str
    """ The IRI of the message's click count, `/sms/{uuid}/clicks`. """
    created_at: int
    delivery_at: int
    """ When the message is sent; 0 means at once. """
    dlr_code: DlrCode
    """ The latest delivery report of an SMS.

    - `0`: No report yet.
    - `1`: Delivered to the handset (final).
    - `2`: Held by the network, to be delivered later.
    - `4`: Accepted by the network and on its way.
    - `8`: Expired: could not be delivered in time, for example the phone stayed off or out of reach (final).
    - `16`: Rejected: the number is invalid, or the operator blocked the number or the content (final).
     """
    gateway_sent_at: int
    """ When the message was handed to the network; 0 until then. """
    ip: str
    """ The address the message was sent from. """
    is_sent: bool
    """ Whether the message has been handed to the network. """
    is_text_deleted: bool
    """ Whether the text is deleted after delivery. """
    is_unicode: bool | None
    """ true UCS-2 """
    iso2: str
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    key_id: int
    """ The API key the message was sent with. """
    parts_count: int
    """ How many SMS parts the text needs. """
    phone: str
    """ A phone number in international E.164 form. """
    price: float
    """ What the message costs """
    requests: None | str
    """ The IRI of the clicks on the message's short link, `/sms/{uuid}/requests`. """
    sender_id: str
    """ The sender shown to recipients: a number of up to 15 digits, or up to 11 letters, digits
    and spaces. Not every country transmits it.
     """
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
    status_code: SmsStatusCode
    """ Where an SMS stands on its way to the network; once it is handed over (100), `dlr_code` tells how delivery
    went.

    - `0`: Created and not handed to the network yet (scheduled, or about to be sent).
    - `100`: Handed to the mobile network.
    - `208`: Not sent: the number or its network is blocked.
    - `400`: Not sent: not processed because of maintenance.
    - `410`: Cancelled: stopped before it reached the network.
    - `2000`: Not sent: the number is a landline and cannot receive it.
    - `3000`: Not sent: the balance or credit line did not cover it.
    - `5000`: Not sent: no network operator could be found.
    - `6000`: Cancelled through the API before it reached the network.
     """
    text: str
    """ The text as sent (non-GSM characters may have been replaced); empty once deleted. """
    uuid: str
    """ A lower-case UUID. """
    voice_lang: None | VoiceLang
    """ The language of a voice message. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("bulk_id", self.bulk_id),
            ("callback_data", self.callback_data),
            ("chars_count", self.chars_count),
            ("clicks", self.clicks),
            ("created_at", self.created_at),
            ("delivery_at", self.delivery_at),
            ("dlr_code", self.dlr_code),
            ("gateway_sent_at", self.gateway_sent_at),
            ("ip", self.ip),
            ("is_sent", self.is_sent),
            ("is_text_deleted", self.is_text_deleted),
            ("is_unicode", self.is_unicode),
            ("iso2", self.iso2),
            ("key_id", self.key_id),
            ("parts_count", self.parts_count),
            ("phone", self.phone),
            ("price", self.price),
            ("requests", self.requests),
            ("sender_id", self.sender_id),
            ("service_code", self.service_code),
            ("source", self.source),
            ("status_code", self.status_code),
            ("text", self.text),
            ("uuid", self.uuid),
            ("voice_lang", self.voice_lang),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Sms({shown})"

    @property
    def state(self) -> SmsState:
        """Where it stands, from ``status_code`` and ``dlr_code`` (see ``lox24.SmsState``)."""
        from lox24._sms_state import sms_state  # noqa: PLC0415 - the overlay imports this module

        return sms_state(self.status_code, self.dlr_code)

    def to_dict(self) -> dict[str, Any]:
        bulk_id: None | str
        bulk_id = self.bulk_id

        callback_data: None | str
        callback_data = self.callback_data

        chars_count: int | None
        chars_count = self.chars_count

        clicks: None | str
        clicks = self.clicks

        created_at = self.created_at

        delivery_at = self.delivery_at

        dlr_code = self.dlr_code.value

        gateway_sent_at = self.gateway_sent_at

        ip = self.ip

        is_sent = self.is_sent

        is_text_deleted = self.is_text_deleted

        is_unicode: bool | None
        is_unicode = self.is_unicode

        iso2 = self.iso2

        key_id = self.key_id

        parts_count = self.parts_count

        phone = self.phone

        price = self.price

        requests: None | str
        requests = self.requests

        sender_id = self.sender_id

        service_code = self.service_code.value

        source: int | None
        source = self.source

        status_code = self.status_code.value

        text = self.text

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
                "bulk_id": bulk_id,
                "callback_data": callback_data,
                "chars_count": chars_count,
                "clicks": clicks,
                "created_at": created_at,
                "delivery_at": delivery_at,
                "dlr_code": dlr_code,
                "gateway_sent_at": gateway_sent_at,
                "ip": ip,
                "is_sent": is_sent,
                "is_text_deleted": is_text_deleted,
                "is_unicode": is_unicode,
                "iso2": iso2,
                "key_id": key_id,
                "parts_count": parts_count,
                "phone": phone,
                "price": price,
                "requests": requests,
                "sender_id": sender_id,
                "service_code": service_code,
                "source": source,
                "status_code": status_code,
                "text": text,
                "uuid": uuid,
                "voice_lang": voice_lang,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        sms = cls(
            _pop("bulk_id", None),
            _pop("callback_data", None),
            _pop("chars_count", None),
            _pop("clicks", None),
            _pop("created_at"),
            _pop("delivery_at"),
            _DlrCode_MEMBERS[_pop("dlr_code")],
            _pop("gateway_sent_at"),
            _pop("ip"),
            _pop("is_sent"),
            _pop("is_text_deleted"),
            _pop("is_unicode", None),
            _pop("iso2"),
            _pop("key_id"),
            _pop("parts_count"),
            _pop("phone"),
            _pop("price"),
            _pop("requests", None),
            _pop("sender_id"),
            _ServiceCode_MEMBERS[_pop("service_code")],
            _pop("source", None),
            _SmsStatusCode_MEMBERS[_pop("status_code")],
            _pop("text"),
            _pop("uuid"),
            None
            if (_value := _pop("voice_lang", None)) is None
            else _VoiceLang_MEMBERS[_value],
        )

        sms.additional_properties = _src
        return sms

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

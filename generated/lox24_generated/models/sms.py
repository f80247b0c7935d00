from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dlr_code import DlrCode
from ..models.service_code import ServiceCode
from ..models.sms_status_code import SmsStatusCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sms")


@_attrs_define
class Sms:
    """An SMS or voice message sent (or to be sent) by the account."""

    bulk_id: None | str | Unset = UNSET
    """ The UUID of the bulk that created the message, if any. """
    callback_data: None | str | Unset = UNSET
    """ Your own reference (up to 36 characters), echoed back in delivery reports. """
    chars_count: int | None | Unset = UNSET
    """ How many characters the text counts as. """
    clicks: None | str | Unset = UNSET
    """ The IRI of the message's click count, `/sms/{uuid}/clicks`. """
    created_at: int | Unset = UNSET
    delivery_at: int | Unset = UNSET
    """ When the message is sent; 0 means at once. """
    dlr_code: DlrCode | Unset = UNSET
    """ The latest delivery report of an SMS: 0 no report yet, 1 delivered to the handset, 2 held
    by the network to be delivered later, 4 accepted by the network and on its way, 8 could not
    be delivered in time (for example the phone stayed off or out of reach), 16 refused (the
    number is invalid, or the operator blocked the number or the content).
     """
    gateway_sent_at: int | Unset = UNSET
    """ When the message was handed to the network; 0 until then. """
    ip: str | Unset = UNSET
    """ The address the message was sent from. """
    is_sent: bool | Unset = UNSET
    """ Whether the message has been handed to the network. """
    is_text_deleted: bool | Unset = UNSET
    """ Whether the text is deleted after delivery. """
    is_unicode: bool | None | Unset = UNSET
    """ true UCS-2 """
    iso2: str | Unset = UNSET
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    key_id: int | Unset = UNSET
    """ The API key the message was sent with. """
    parts_count: int | Unset = UNSET
    """ How many SMS parts the text needs. """
    phone: str | Unset = UNSET
    """ A phone number in international E.164 form. """
    price: float | Unset = UNSET
    """ What the message costs """
    requests: None | str | Unset = UNSET
    """ The IRI of the clicks on the message's short link, `/sms/{uuid}/requests`. """
    sender_id: str | Unset = UNSET
    """ The sender shown to recipients: a number of up to 15 digits, or up to 11 letters, digits
    and spaces. Not every country transmits it.
     """
    service_code: ServiceCode | Unset = UNSET
    """ How a message is delivered: `direct` (text SMS), `text2speech` (a call that reads the
    text aloud) or `text2speech_ssml` (a call that reads SSML markup).
     """
    source: int | None | Unset = UNSET
    """ Your own number for the itemised bill. """
    status_code: SmsStatusCode | Unset = UNSET
    """ Where an SMS stands: 0 created and not handed over yet, 100 handed to the mobile network,
    208 the number or its network is blocked, 400 not processed because of maintenance, 410
    stopped before it reached the network, 2000 the number is a landline and cannot receive
    it, 3000 the balance or credit line did not cover it, 5000 no network operator could be
    found, 6000 stopped through the API before it reached the network.
     """
    text: str | Unset = UNSET
    """ The text as sent (non-GSM characters may have been replaced); empty once deleted. """
    uuid: str | Unset = UNSET
    """ A lower-case UUID. """
    voice_lang: None | Unset | VoiceLang = UNSET
    """ The language of a voice message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_id: None | str | Unset
        if isinstance(self.bulk_id, Unset):
            bulk_id = UNSET
        else:
            bulk_id = self.bulk_id

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        chars_count: int | None | Unset
        if isinstance(self.chars_count, Unset):
            chars_count = UNSET
        else:
            chars_count = self.chars_count

        clicks: None | str | Unset
        if isinstance(self.clicks, Unset):
            clicks = UNSET
        else:
            clicks = self.clicks

        created_at = self.created_at

        delivery_at = self.delivery_at

        dlr_code: int | Unset = UNSET
        if not isinstance(self.dlr_code, Unset):
            dlr_code = self.dlr_code.value

        gateway_sent_at = self.gateway_sent_at

        ip = self.ip

        is_sent = self.is_sent

        is_text_deleted = self.is_text_deleted

        is_unicode: bool | None | Unset
        if isinstance(self.is_unicode, Unset):
            is_unicode = UNSET
        else:
            is_unicode = self.is_unicode

        iso2 = self.iso2

        key_id = self.key_id

        parts_count = self.parts_count

        phone = self.phone

        price = self.price

        requests: None | str | Unset
        if isinstance(self.requests, Unset):
            requests = UNSET
        else:
            requests = self.requests

        sender_id = self.sender_id

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

        text = self.text

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
        if bulk_id is not UNSET:
            field_dict["bulk_id"] = bulk_id
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if chars_count is not UNSET:
            field_dict["chars_count"] = chars_count
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if delivery_at is not UNSET:
            field_dict["delivery_at"] = delivery_at
        if dlr_code is not UNSET:
            field_dict["dlr_code"] = dlr_code
        if gateway_sent_at is not UNSET:
            field_dict["gateway_sent_at"] = gateway_sent_at
        if ip is not UNSET:
            field_dict["ip"] = ip
        if is_sent is not UNSET:
            field_dict["is_sent"] = is_sent
        if is_text_deleted is not UNSET:
            field_dict["is_text_deleted"] = is_text_deleted
        if is_unicode is not UNSET:
            field_dict["is_unicode"] = is_unicode
        if iso2 is not UNSET:
            field_dict["iso2"] = iso2
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if parts_count is not UNSET:
            field_dict["parts_count"] = parts_count
        if phone is not UNSET:
            field_dict["phone"] = phone
        if price is not UNSET:
            field_dict["price"] = price
        if requests is not UNSET:
            field_dict["requests"] = requests
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if service_code is not UNSET:
            field_dict["service_code"] = service_code
        if source is not UNSET:
            field_dict["source"] = source
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if text is not UNSET:
            field_dict["text"] = text
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if voice_lang is not UNSET:
            field_dict["voice_lang"] = voice_lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)

        def _parse_bulk_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bulk_id = _parse_bulk_id(_src.pop("bulk_id", UNSET))

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(_src.pop("callback_data", UNSET))

        def _parse_chars_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        chars_count = _parse_chars_count(_src.pop("chars_count", UNSET))

        def _parse_clicks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clicks = _parse_clicks(_src.pop("clicks", UNSET))

        created_at = _src.pop("created_at", UNSET)

        delivery_at = _src.pop("delivery_at", UNSET)

        _dlr_code = _src.pop("dlr_code", UNSET)
        dlr_code: DlrCode | Unset
        if isinstance(_dlr_code, Unset):
            dlr_code = UNSET
        else:
            dlr_code = DlrCode(_dlr_code)

        gateway_sent_at = _src.pop("gateway_sent_at", UNSET)

        ip = _src.pop("ip", UNSET)

        is_sent = _src.pop("is_sent", UNSET)

        is_text_deleted = _src.pop("is_text_deleted", UNSET)

        def _parse_is_unicode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unicode = _parse_is_unicode(_src.pop("is_unicode", UNSET))

        iso2 = _src.pop("iso2", UNSET)

        key_id = _src.pop("key_id", UNSET)

        parts_count = _src.pop("parts_count", UNSET)

        phone = _src.pop("phone", UNSET)

        price = _src.pop("price", UNSET)

        def _parse_requests(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requests = _parse_requests(_src.pop("requests", UNSET))

        sender_id = _src.pop("sender_id", UNSET)

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
        status_code: SmsStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = SmsStatusCode(_status_code)

        text = _src.pop("text", UNSET)

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

        sms = cls(
            bulk_id=bulk_id,
            callback_data=callback_data,
            chars_count=chars_count,
            clicks=clicks,
            created_at=created_at,
            delivery_at=delivery_at,
            dlr_code=dlr_code,
            gateway_sent_at=gateway_sent_at,
            ip=ip,
            is_sent=is_sent,
            is_text_deleted=is_text_deleted,
            is_unicode=is_unicode,
            iso2=iso2,
            key_id=key_id,
            parts_count=parts_count,
            phone=phone,
            price=price,
            requests=requests,
            sender_id=sender_id,
            service_code=service_code,
            source=source,
            status_code=status_code,
            text=text,
            uuid=uuid,
            voice_lang=voice_lang,
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

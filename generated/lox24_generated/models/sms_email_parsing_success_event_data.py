from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_email import InboundEmail
    from ..models.parsed_email_sms import ParsedEmailSms


T = TypeVar("T", bound="SmsEmailParsingSuccessEventData")


@_attrs_define
class SmsEmailParsingSuccessEventData:
    """An e-mail was turned into SMS."""

    email: InboundEmail | Unset = UNSET
    """ An e-mail received by the Email2SMS or Email2Bulk gateway. """
    sms: list[ParsedEmailSms] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_email import InboundEmail  # noqa: PLC0415
        from ..models.parsed_email_sms import ParsedEmailSms  # noqa: PLC0415

        _src = dict(src_dict)
        _email = _src.pop("email", UNSET)
        email: InboundEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = InboundEmail.from_dict(_email)

        _sms = _src.pop("sms", UNSET)
        sms: list[ParsedEmailSms] | Unset = UNSET
        if _sms is not UNSET:
            sms = []
            for sms_item_data in _sms:
                sms_item = ParsedEmailSms.from_dict(sms_item_data)

                sms.append(sms_item)

        sms_email_parsing_success_event_data = cls(
            email=email,
            sms=sms,
        )

        sms_email_parsing_success_event_data.additional_properties = _src
        return sms_email_parsing_success_event_data

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

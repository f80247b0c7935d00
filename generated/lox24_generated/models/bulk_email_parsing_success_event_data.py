from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_email import InboundEmail
    from ..models.parsed_email_bulk import ParsedEmailBulk


T = TypeVar("T", bound="BulkEmailParsingSuccessEventData")


@_attrs_define
class BulkEmailParsingSuccessEventData:
    """An e-mail was turned into a bulk."""

    bulk: ParsedEmailBulk | Unset = UNSET
    """ The bulk created from an e-mail. """
    email: InboundEmail | Unset = UNSET
    """ An e-mail received by the Email2SMS or Email2Bulk gateway. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bulk, Unset):
            bulk = self.bulk.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk is not UNSET:
            field_dict["bulk"] = bulk
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_email import InboundEmail  # noqa: PLC0415
        from ..models.parsed_email_bulk import ParsedEmailBulk  # noqa: PLC0415

        _src = dict(src_dict)
        _bulk = _src.pop("bulk", UNSET)
        bulk: ParsedEmailBulk | Unset
        if isinstance(_bulk, Unset):
            bulk = UNSET
        else:
            bulk = ParsedEmailBulk.from_dict(_bulk)

        _email = _src.pop("email", UNSET)
        email: InboundEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = InboundEmail.from_dict(_email)

        bulk_email_parsing_success_event_data = cls(
            bulk=bulk,
            email=email,
        )

        bulk_email_parsing_success_event_data.additional_properties = _src
        return bulk_email_parsing_success_event_data

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

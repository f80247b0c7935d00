from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_email import InboundEmail


T = TypeVar("T", bound="BulkEmailParsingFailEventData")


@_attrs_define
class BulkEmailParsingFailEventData:
    """An e-mail could not be turned into a bulk."""

    description: str | Unset = UNSET
    """ What was wrong with it. """
    email: InboundEmail | Unset = UNSET
    """ An e-mail received by the Email2SMS or Email2Bulk gateway. """
    field: str | Unset = UNSET
    """ What part of the e-mail was wrong """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_email import InboundEmail  # noqa: PLC0415

        _src = dict(src_dict)
        description = _src.pop("description", UNSET)

        _email = _src.pop("email", UNSET)
        email: InboundEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = InboundEmail.from_dict(_email)

        field = _src.pop("field", UNSET)

        bulk_email_parsing_fail_event_data = cls(
            description=description,
            email=email,
            field=field,
        )

        bulk_email_parsing_fail_event_data.additional_properties = _src
        return bulk_email_parsing_fail_event_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.inbound_email import InboundEmail

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, InboundEmail
    from ..models.inbound_email import InboundEmail  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="BulkEmailParsingFailEventData")


def _parse_email(data: object) -> InboundEmail | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return InboundEmail.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(InboundEmail | None, data)


@_attrs_define
class BulkEmailParsingFailEventData:
    """An e-mail could not be turned into a bulk."""

    description: None | str
    """ What was wrong with it. """
    email: InboundEmail | None
    field: None | str
    """ What part of the e-mail was wrong """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("description", self.description),
            ("email", self.email),
            ("field", self.field),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BulkEmailParsingFailEventData({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        description: None | str
        description = self.description

        email: dict[str, Any] | None
        if isinstance(self.email, InboundEmail):
            email = self.email.to_dict()
        else:
            email = self.email

        field: None | str
        field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "email": email,
                "field": field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_email = _pop("email", None)
        email = None if _raw_email is None else _parse_email(_raw_email)

        bulk_email_parsing_fail_event_data = cls(
            _pop("description", None),
            email,
            _pop("field", None),
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

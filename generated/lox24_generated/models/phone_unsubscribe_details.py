from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.phone_unsubscribe_reason_info import PhoneUnsubscribeReasonInfo

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, PhoneUnsubscribeReasonInfo
    from ..models.phone_unsubscribe_reason_info import PhoneUnsubscribeReasonInfo  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="PhoneUnsubscribeDetails")


@_attrs_define
class PhoneUnsubscribeDetails:
    """What a recipient entered in the unsubscription form."""

    additional_text: str
    """ Free text the recipient added. """
    reason: PhoneUnsubscribeReasonInfo
    """ The reason a recipient chose when unsubscribing. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("additional_text", self.additional_text),
            ("reason", self.reason),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PhoneUnsubscribeDetails({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        additional_text = self.additional_text

        reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additional_text": additional_text,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_reason = _pop("reason")
        reason = PhoneUnsubscribeReasonInfo.from_dict(_raw_reason)

        phone_unsubscribe_details = cls(
            _pop("additional_text"),
            reason,
        )

        phone_unsubscribe_details.additional_properties = _src
        return phone_unsubscribe_details

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

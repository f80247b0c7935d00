from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscribe_reason import UnsubscribeReason
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="PhoneUnsubscribeReasonInfo")


_UnsubscribeReason_MEMBERS = EnumTable(UnsubscribeReason)


@_attrs_define
class PhoneUnsubscribeReasonInfo:
    """The reason a recipient chose when unsubscribing."""

    id: UnsubscribeReason
    """ Why a recipient unsubscribed.

    - `1`: Never subscribed.
    - `2`: Too many messages.
    - `3`: Not interested.
    - `4`: The content was not understandable.
    - `5`: Dislikes the company.
    - `6`: Another reason.
     """
    label: str
    """ The reason as the recipient saw it. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("id", self.id),
            ("label", self.label),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PhoneUnsubscribeReasonInfo({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id.value

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        phone_unsubscribe_reason_info = cls(
            _UnsubscribeReason_MEMBERS[_pop("id")],
            _pop("label"),
        )

        phone_unsubscribe_reason_info.additional_properties = _src
        return phone_unsubscribe_reason_info

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

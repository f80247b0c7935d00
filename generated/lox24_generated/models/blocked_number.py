from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blocked_number_type import BlockedNumberType
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="BlockedNumber")


_BlockedNumberType_MEMBERS = EnumTable(BlockedNumberType)


@_attrs_define
class BlockedNumber:
    """A number that receives no message from this account."""

    added_at: int
    """ When the number was blocked. """
    id: int
    number: str
    type_: BlockedNumberType
    """ Why a number is blocked.

    - `1`: The account blocked it.
    - `2`: The recipient unsubscribed through an unsubscription campaign.
     """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("added_at", self.added_at),
            ("id", self.id),
            ("number", self.number),
            ("type_", self.type_),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"BlockedNumber({shown})"

    def to_dict(self) -> dict[str, Any]:
        added_at = self.added_at

        id = self.id

        number = self.number

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added_at": added_at,
                "id": id,
                "number": number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        blocked_number = cls(
            _pop("added_at"),
            _pop("id"),
            _pop("number"),
            _BlockedNumberType_MEMBERS[_pop("type")],
        )

        blocked_number.additional_properties = _src
        return blocked_number

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

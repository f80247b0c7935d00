from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscribe_reason import UnsubscribeReason
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="Phone")


_UnsubscribeReason_MEMBERS = EnumTable(UnsubscribeReason)


@_attrs_define
class Phone:
    """One phone entry of a group."""

    a: None | str
    """ The value of one custom column, used by placeholders in bulk texts. """
    b: None | str
    """ The value of one custom column, used by placeholders in bulk texts. """
    c: None | str
    """ The value of one custom column, used by placeholders in bulk texts. """
    callback_data: None | str
    """ Your own reference (up to 36 characters), echoed back in delivery reports. """
    d: None | str
    """ The value of one custom column, used by placeholders in bulk texts. """
    e: None | str
    """ The value of one custom column, used by placeholders in bulk texts. """
    id: str
    """ The entry's id (a number written as a string; `/phones/{id}` takes it as an integer). """
    phone: str
    subscribed_at: int | None
    """ When the recipient subscribed through a form campaign. """
    unsubscribe_reason: None | UnsubscribeReason
    """ The reason the recipient gave when unsubscribing. """
    unsubscribed_at: int | None
    """ When the recipient unsubscribed through a form campaign. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("a", self.a),
            ("b", self.b),
            ("c", self.c),
            ("callback_data", self.callback_data),
            ("d", self.d),
            ("e", self.e),
            ("id", self.id),
            ("phone", self.phone),
            ("subscribed_at", self.subscribed_at),
            ("unsubscribe_reason", self.unsubscribe_reason),
            ("unsubscribed_at", self.unsubscribed_at),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Phone({shown})"

    def to_dict(self) -> dict[str, Any]:
        a: None | str
        a = self.a

        b: None | str
        b = self.b

        c: None | str
        c = self.c

        callback_data: None | str
        callback_data = self.callback_data

        d: None | str
        d = self.d

        e: None | str
        e = self.e

        id = self.id

        phone = self.phone

        subscribed_at: int | None
        subscribed_at = self.subscribed_at

        unsubscribe_reason: int | None
        if isinstance(self.unsubscribe_reason, UnsubscribeReason):
            unsubscribe_reason = self.unsubscribe_reason.value
        else:
            unsubscribe_reason = self.unsubscribe_reason

        unsubscribed_at: int | None
        unsubscribed_at = self.unsubscribed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": a,
                "b": b,
                "c": c,
                "callback_data": callback_data,
                "d": d,
                "e": e,
                "id": id,
                "phone": phone,
                "subscribed_at": subscribed_at,
                "unsubscribe_reason": unsubscribe_reason,
                "unsubscribed_at": unsubscribed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        phone = cls(
            _pop("a", None),
            _pop("b", None),
            _pop("c", None),
            _pop("callback_data", None),
            _pop("d", None),
            _pop("e", None),
            _pop("id"),
            _pop("phone"),
            _pop("subscribed_at", None),
            None
            if (_value := _pop("unsubscribe_reason", None)) is None
            else _UnsubscribeReason_MEMBERS[_value],
            _pop("unsubscribed_at", None),
        )

        phone.additional_properties = _src
        return phone

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

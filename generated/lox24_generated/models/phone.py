from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscribe_reason import UnsubscribeReason
from ..types import UNSET

T = TypeVar("T", bound="Phone")


_UnsubscribeReason_MEMBERS = cast(
    "dict[Any, UnsubscribeReason]", UnsubscribeReason._value2member_map_
)


def _parse_unsubscribe_reason(data: object) -> None | UnsubscribeReason:
    if data is None:
        return data
    try:
        if not isinstance(data, int):
            raise TypeError()
        return (
            _UnsubscribeReason_MEMBERS[data]
            if data in _UnsubscribeReason_MEMBERS
            else UnsubscribeReason(data)
        )
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | UnsubscribeReason, data)


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
        a = _pop("a", None)

        b = _pop("b", None)

        c = _pop("c", None)

        callback_data = _pop("callback_data", None)

        d = _pop("d", None)

        e = _pop("e", None)

        id = _pop("id")

        phone = _pop("phone")

        subscribed_at = _pop("subscribed_at", None)

        _raw_unsubscribe_reason = _pop("unsubscribe_reason", None)
        unsubscribe_reason = (
            None
            if _raw_unsubscribe_reason is None
            else _parse_unsubscribe_reason(_raw_unsubscribe_reason)
        )

        unsubscribed_at = _pop("unsubscribed_at", None)

        phone = cls(
            a,
            b,
            c,
            callback_data,
            d,
            e,
            id,
            phone,
            subscribed_at,
            unsubscribe_reason,
            unsubscribed_at,
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

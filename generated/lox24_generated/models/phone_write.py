from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneWrite")


@_attrs_define
class PhoneWrite:
    """The fields of a phone entry that can be set."""

    phone: str
    """ The number; E.164 is recommended. """
    a: None | str | Unset = UNSET
    """ The value of one custom column, used by placeholders in bulk texts. """
    b: None | str | Unset = UNSET
    """ The value of one custom column, used by placeholders in bulk texts. """
    c: None | str | Unset = UNSET
    """ The value of one custom column, used by placeholders in bulk texts. """
    callback_data: None | str | Unset = UNSET
    """ Your own reference (up to 36 characters), echoed back in delivery reports. """
    d: None | str | Unset = UNSET
    """ The value of one custom column, used by placeholders in bulk texts. """
    e: None | str | Unset = UNSET
    """ The value of one custom column, used by placeholders in bulk texts. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("phone", self.phone),
            ("a", self.a),
            ("b", self.b),
            ("c", self.c),
            ("callback_data", self.callback_data),
            ("d", self.d),
            ("e", self.e),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PhoneWrite({shown})"

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        a: None | str | Unset
        if isinstance(self.a, Unset):
            a = UNSET
        else:
            a = self.a

        b: None | str | Unset
        if isinstance(self.b, Unset):
            b = UNSET
        else:
            b = self.b

        c: None | str | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        else:
            c = self.c

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        d: None | str | Unset
        if isinstance(self.d, Unset):
            d = UNSET
        else:
            d = self.d

        e: None | str | Unset
        if isinstance(self.e, Unset):
            e = UNSET
        else:
            e = self.e

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
            }
        )
        if a is not UNSET:
            field_dict["a"] = a
        if b is not UNSET:
            field_dict["b"] = b
        if c is not UNSET:
            field_dict["c"] = c
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if d is not UNSET:
            field_dict["d"] = d
        if e is not UNSET:
            field_dict["e"] = e

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        phone_write = cls(
            _pop("phone"),
            _pop("a", UNSET),
            _pop("b", UNSET),
            _pop("c", UNSET),
            _pop("callback_data", UNSET),
            _pop("d", UNSET),
            _pop("e", UNSET),
        )

        phone_write.additional_properties = _src
        return phone_write

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

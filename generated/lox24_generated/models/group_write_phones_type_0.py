from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.phone_write import PhoneWrite

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, PhoneWrite
    from ..models.phone_write import PhoneWrite  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="GroupWritePhonesType0")


@_attrs_define
class GroupWritePhonesType0:
    additional_properties: dict[str, PhoneWrite] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = ()
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GroupWritePhonesType0({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        group_write_phones_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in _src.items():
            additional_property = PhoneWrite.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        group_write_phones_type_0.additional_properties = additional_properties
        return group_write_phones_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PhoneWrite:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PhoneWrite) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

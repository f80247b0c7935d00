from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_write_phones_type_0 import GroupWritePhonesType0

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, GroupWritePhonesType0
    from ..models.group_write_phones_type_0 import GroupWritePhonesType0  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="GroupWrite")


def _parse_phones(data: object) -> GroupWritePhonesType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return GroupWritePhonesType0.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GroupWritePhonesType0 | None | Unset, data)


@_attrs_define
class GroupWrite:
    """The fields of a group that can be set."""

    name: str
    description: None | str | Unset = UNSET
    name_a: None | str | Unset = UNSET
    """ The name of one of the five custom columns of a group's phones. """
    name_b: None | str | Unset = UNSET
    """ The name of one of the five custom columns of a group's phones. """
    name_c: None | str | Unset = UNSET
    """ The name of one of the five custom columns of a group's phones. """
    name_d: None | str | Unset = UNSET
    """ The name of one of the five custom columns of a group's phones. """
    name_e: None | str | Unset = UNSET
    """ The name of one of the five custom columns of a group's phones. """
    phones: GroupWritePhonesType0 | None | Unset = UNSET
    """ Phones to create together with the group, keyed by any label of yours. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("name", self.name),
            ("description", self.description),
            ("name_a", self.name_a),
            ("name_b", self.name_b),
            ("name_c", self.name_c),
            ("name_d", self.name_d),
            ("name_e", self.name_e),
            ("phones", self.phones),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GroupWrite({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name_a: None | str | Unset
        if isinstance(self.name_a, Unset):
            name_a = UNSET
        else:
            name_a = self.name_a

        name_b: None | str | Unset
        if isinstance(self.name_b, Unset):
            name_b = UNSET
        else:
            name_b = self.name_b

        name_c: None | str | Unset
        if isinstance(self.name_c, Unset):
            name_c = UNSET
        else:
            name_c = self.name_c

        name_d: None | str | Unset
        if isinstance(self.name_d, Unset):
            name_d = UNSET
        else:
            name_d = self.name_d

        name_e: None | str | Unset
        if isinstance(self.name_e, Unset):
            name_e = UNSET
        else:
            name_e = self.name_e

        phones: dict[str, Any] | None | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, GroupWritePhonesType0):
            phones = self.phones.to_dict()
        else:
            phones = self.phones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name_a is not UNSET:
            field_dict["name_a"] = name_a
        if name_b is not UNSET:
            field_dict["name_b"] = name_b
        if name_c is not UNSET:
            field_dict["name_c"] = name_c
        if name_d is not UNSET:
            field_dict["name_d"] = name_d
        if name_e is not UNSET:
            field_dict["name_e"] = name_e
        if phones is not UNSET:
            field_dict["phones"] = phones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_phones = _pop("phones", UNSET)
        phones = None if _raw_phones is None else _parse_phones(_raw_phones)

        group_write = cls(
            _pop("name"),
            _pop("description", UNSET),
            _pop("name_a", UNSET),
            _pop("name_b", UNSET),
            _pop("name_c", UNSET),
            _pop("name_d", UNSET),
            _pop("name_e", UNSET),
            phones,
        )

        group_write.additional_properties = _src
        return group_write

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_write_phones_type_0 import GroupWritePhonesType0


T = TypeVar("T", bound="GroupWrite")


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
        from ..models.group_write_phones_type_0 import GroupWritePhonesType0  # noqa: PLC0415

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
        from ..models.group_write_phones_type_0 import GroupWritePhonesType0  # noqa: PLC0415

        _src = dict(src_dict)
        name = _src.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_src.pop("description", UNSET))

        def _parse_name_a(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_a = _parse_name_a(_src.pop("name_a", UNSET))

        def _parse_name_b(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_b = _parse_name_b(_src.pop("name_b", UNSET))

        def _parse_name_c(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_c = _parse_name_c(_src.pop("name_c", UNSET))

        def _parse_name_d(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_d = _parse_name_d(_src.pop("name_d", UNSET))

        def _parse_name_e(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_e = _parse_name_e(_src.pop("name_e", UNSET))

        def _parse_phones(data: object) -> GroupWritePhonesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phones_type_0 = GroupWritePhonesType0.from_dict(data)

                return phones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupWritePhonesType0 | None | Unset, data)

        phones = _parse_phones(_src.pop("phones", UNSET))

        group_write = cls(
            name=name,
            description=description,
            name_a=name_a,
            name_b=name_b,
            name_c=name_c,
            name_d=name_d,
            name_e=name_e,
            phones=phones,
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

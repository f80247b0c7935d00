from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A contact group."""

    name: str
    count_items: int | Unset = UNSET
    """ How many phones the group holds. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ When the group was deleted (an ISO 8601 date, unlike every other time). """
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        count_items = self.count_items

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if count_items is not UNSET:
            field_dict["count_items"] = count_items
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        name = _src.pop("name")

        count_items = _src.pop("count_items", UNSET)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(_src.pop("deleted_at", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_src.pop("description", UNSET))

        id = _src.pop("id", UNSET)

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

        group = cls(
            name=name,
            count_items=count_items,
            deleted_at=deleted_at,
            description=description,
            id=id,
            name_a=name_a,
            name_b=name_b,
            name_c=name_c,
            name_d=name_d,
            name_e=name_e,
        )

        group.additional_properties = _src
        return group

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

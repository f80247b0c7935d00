from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Group")


def _parse_deleted_at(data: object) -> datetime.datetime | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return datetime.datetime.fromisoformat(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None, data)


@_attrs_define
class Group:
    """A contact group."""

    count_items: int
    """ How many phones the group holds. """
    deleted_at: datetime.datetime | None
    """ When the group was deleted (an ISO 8601 date, unlike every other time). """
    description: None | str
    id: int
    name: str
    name_a: None | str
    """ The name of one of the five custom columns of a group's phones. """
    name_b: None | str
    """ The name of one of the five custom columns of a group's phones. """
    name_c: None | str
    """ The name of one of the five custom columns of a group's phones. """
    name_d: None | str
    """ The name of one of the five custom columns of a group's phones. """
    name_e: None | str
    """ The name of one of the five custom columns of a group's phones. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("count_items", self.count_items),
            ("deleted_at", self.deleted_at),
            ("description", self.description),
            ("id", self.id),
            ("name", self.name),
            ("name_a", self.name_a),
            ("name_b", self.name_b),
            ("name_c", self.name_c),
            ("name_d", self.name_d),
            ("name_e", self.name_e),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Group({shown})"

    def to_dict(self) -> dict[str, Any]:
        count_items = self.count_items

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        description: None | str
        description = self.description

        id = self.id

        name = self.name

        name_a: None | str
        name_a = self.name_a

        name_b: None | str
        name_b = self.name_b

        name_c: None | str
        name_c = self.name_c

        name_d: None | str
        name_d = self.name_d

        name_e: None | str
        name_e = self.name_e

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count_items": count_items,
                "deleted_at": deleted_at,
                "description": description,
                "id": id,
                "name": name,
                "name_a": name_a,
                "name_b": name_b,
                "name_c": name_c,
                "name_d": name_d,
                "name_e": name_e,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_deleted_at = _pop("deleted_at", None)
        deleted_at = (
            None if _raw_deleted_at is None else _parse_deleted_at(_raw_deleted_at)
        )

        group = cls(
            _pop("count_items"),
            deleted_at,
            _pop("description", None),
            _pop("id"),
            _pop("name"),
            _pop("name_a", None),
            _pop("name_b", None),
            _pop("name_c", None),
            _pop("name_d", None),
            _pop("name_e", None),
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

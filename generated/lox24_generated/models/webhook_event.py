from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="WebhookEvent")


def _parse_notification_task_id(data: object) -> None | UUID:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return UUID(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | UUID, data)


@_attrs_define
class WebhookEvent:
    """The envelope of every event LOX24 pushes to a webhook. Deliveries are retried, so the same
    event (same `id`) can arrive more than once. `name` (a string) and `data` (an object) carry
    no `type` here on purpose: every event schema narrows them, `name` to one constant and `data`
    to its own schema, and generators cannot merge a typed property with a narrower one. (The
    prose of the official notifications page spells `attempt_total` as `attempts_total`; the
    payload schema and its examples use `attempt_total`.)

    """

    api_version: None | str
    """ The version of the payload structure (not of the API). """
    attempt_number: int | None
    """ Which delivery attempt this is. """
    attempt_total: int | None
    """ How many attempts will be made at most. """
    created_at: int
    """ When the event happened. """
    data: Any
    """ The event's details, an object whose shape depends on `name`. """
    id: str
    """ A lower-case UUID. """
    name: Any
    """ The event's name, a string such as `sms.delivery`. """
    notification_task_id: None | UUID
    """ The id of this delivery (absent from the official examples of the phone events). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("api_version", self.api_version),
            ("attempt_number", self.attempt_number),
            ("attempt_total", self.attempt_total),
            ("created_at", self.created_at),
            ("data", self.data),
            ("id", self.id),
            ("name", self.name),
            ("notification_task_id", self.notification_task_id),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"WebhookEvent({shown})"

    def to_dict(self) -> dict[str, Any]:
        api_version: None | str
        api_version = self.api_version

        attempt_number: int | None
        attempt_number = self.attempt_number

        attempt_total: int | None
        attempt_total = self.attempt_total

        created_at = self.created_at

        data = self.data

        id = self.id

        name = self.name

        notification_task_id: None | str
        if isinstance(self.notification_task_id, UUID):
            notification_task_id = str(self.notification_task_id)
        else:
            notification_task_id = self.notification_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_version": api_version,
                "attempt_number": attempt_number,
                "attempt_total": attempt_total,
                "created_at": created_at,
                "data": data,
                "id": id,
                "name": name,
                "notification_task_id": notification_task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_notification_task_id = _pop("notification_task_id", None)
        notification_task_id = (
            None
            if _raw_notification_task_id is None
            else _parse_notification_task_id(_raw_notification_task_id)
        )

        webhook_event = cls(
            _pop("api_version", None),
            _pop("attempt_number", None),
            _pop("attempt_total", None),
            _pop("created_at"),
            _pop("data"),
            _pop("id"),
            _pop("name"),
            notification_task_id,
        )

        webhook_event.additional_properties = _src
        return webhook_event

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

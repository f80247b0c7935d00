from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """The envelope of every event LOX24 pushes to a webhook. Deliveries are retried, so the same
    event (same `id`) can arrive more than once. `name` (a string) and `data` (an object) carry
    no `type` here on purpose: every event schema narrows them, `name` to one constant and `data`
    to its own schema, and generators cannot merge a typed property with a narrower one. (The
    prose of the official notifications page spells `attempt_total` as `attempts_total`; the
    payload schema and its examples use `attempt_total`.)

    """

    api_version: str | Unset = UNSET
    """ The version of the payload structure (not of the API). """
    attempt_number: int | Unset = UNSET
    """ Which delivery attempt this is. """
    attempt_total: int | Unset = UNSET
    """ How many attempts will be made at most. """
    created_at: int | Unset = UNSET
    """ When the event happened. """
    data: Any | Unset = UNSET
    """ The event's details, an object whose shape depends on `name`. """
    id: str | Unset = UNSET
    """ A lower-case UUID. """
    name: Any | Unset = UNSET
    """ The event's name, a string such as `sms.delivery`. """
    notification_task_id: UUID | Unset = UNSET
    """ The id of this delivery (absent from the official examples of the phone events). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        attempt_number = self.attempt_number

        attempt_total = self.attempt_total

        created_at = self.created_at

        data = self.data

        id = self.id

        name = self.name

        notification_task_id: str | Unset = UNSET
        if not isinstance(self.notification_task_id, Unset):
            notification_task_id = str(self.notification_task_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if attempt_total is not UNSET:
            field_dict["attempt_total"] = attempt_total
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if notification_task_id is not UNSET:
            field_dict["notification_task_id"] = notification_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        api_version = _src.pop("api_version", UNSET)

        attempt_number = _src.pop("attempt_number", UNSET)

        attempt_total = _src.pop("attempt_total", UNSET)

        created_at = _src.pop("created_at", UNSET)

        data = _src.pop("data", UNSET)

        id = _src.pop("id", UNSET)

        name = _src.pop("name", UNSET)

        _notification_task_id = _src.pop("notification_task_id", UNSET)
        notification_task_id: UUID | Unset
        if isinstance(_notification_task_id, Unset):
            notification_task_id = UNSET
        else:
            notification_task_id = UUID(_notification_task_id)

        webhook_event = cls(
            api_version=api_version,
            attempt_number=attempt_number,
            attempt_total=attempt_total,
            created_at=created_at,
            data=data,
            id=id,
            name=name,
            notification_task_id=notification_task_id,
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

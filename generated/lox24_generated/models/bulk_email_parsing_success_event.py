from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.bulk_email_parsing_success_event_data import (
        BulkEmailParsingSuccessEventData,
    )

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, BulkEmailParsingSuccessEventData
    from ..models.bulk_email_parsing_success_event_data import (
        BulkEmailParsingSuccessEventData,  # noqa: PLC0415
    )

    _UNRESOLVED = False


T = TypeVar("T", bound="BulkEmailParsingSuccessEvent")


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
class BulkEmailParsingSuccessEvent:
    api_version: None | str
    """ The version of the payload structure (not of the API). """
    attempt_number: int | None
    """ Which delivery attempt this is. """
    attempt_total: int | None
    """ How many attempts will be made at most. """
    created_at: int
    """ When the event happened. """
    data: BulkEmailParsingSuccessEventData
    """ An e-mail was turned into a bulk. """
    id: str
    """ A lower-case UUID. """
    name: Literal["bulk.email.parsing.success"]
    """ The event's name. """
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
        return f"BulkEmailParsingSuccessEvent({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        api_version: None | str
        api_version = self.api_version

        attempt_number: int | None
        attempt_number = self.attempt_number

        attempt_total: int | None
        attempt_total = self.attempt_total

        created_at = self.created_at

        data = self.data.to_dict()

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
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_data = _pop("data")
        data = BulkEmailParsingSuccessEventData.from_dict(_raw_data)

        name = cast(Literal["bulk.email.parsing.success"], _pop("name"))
        if name != "bulk.email.parsing.success":
            raise ValueError(
                f"name must match const 'bulk.email.parsing.success', got '{name}'"
            )

        _raw_notification_task_id = _pop("notification_task_id", None)
        notification_task_id = (
            None
            if _raw_notification_task_id is None
            else _parse_notification_task_id(_raw_notification_task_id)
        )

        bulk_email_parsing_success_event = cls(
            _pop("api_version", None),
            _pop("attempt_number", None),
            _pop("attempt_total", None),
            _pop("created_at"),
            data,
            _pop("id"),
            name,
            notification_task_id,
        )

        bulk_email_parsing_success_event.additional_properties = _src
        return bulk_email_parsing_success_event

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

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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_delivery_event_data import SmsDeliveryEventData


T = TypeVar("T", bound="SmsDeliveryDryrunEvent")


@_attrs_define
class SmsDeliveryDryrunEvent:
    data: SmsDeliveryEventData
    """ The new delivery state of an SMS (also used by the dry-run variant, with status 0). """
    name: Literal["sms.delivery.dryrun"]
    """ The event's name. """
    api_version: str | Unset = UNSET
    """ The version of the payload structure (not of the API). """
    attempt_number: int | Unset = UNSET
    """ Which delivery attempt this is. """
    attempt_total: int | Unset = UNSET
    """ How many attempts will be made at most. """
    created_at: int | Unset = UNSET
    """ When the event happened. """
    id: str | Unset = UNSET
    """ A lower-case UUID. """
    notification_task_id: UUID | Unset = UNSET
    """ The id of this delivery (absent from the official examples of the phone events). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        name = self.name

        api_version = self.api_version

        attempt_number = self.attempt_number

        attempt_total = self.attempt_total

        created_at = self.created_at

        id = self.id

        notification_task_id: str | Unset = UNSET
        if not isinstance(self.notification_task_id, Unset):
            notification_task_id = str(self.notification_task_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "name": name,
            }
        )
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if attempt_total is not UNSET:
            field_dict["attempt_total"] = attempt_total
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if notification_task_id is not UNSET:
            field_dict["notification_task_id"] = notification_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_delivery_event_data import SmsDeliveryEventData  # noqa: PLC0415

        _src = dict(src_dict)
        data = SmsDeliveryEventData.from_dict(_src.pop("data"))

        name = cast(Literal["sms.delivery.dryrun"], _src.pop("name"))
        if name != "sms.delivery.dryrun":
            raise ValueError(
                f"name must match const 'sms.delivery.dryrun', got '{name}'"
            )

        api_version = _src.pop("api_version", UNSET)

        attempt_number = _src.pop("attempt_number", UNSET)

        attempt_total = _src.pop("attempt_total", UNSET)

        created_at = _src.pop("created_at", UNSET)

        id = _src.pop("id", UNSET)

        _notification_task_id = _src.pop("notification_task_id", UNSET)
        notification_task_id: UUID | Unset
        if isinstance(_notification_task_id, Unset):
            notification_task_id = UNSET
        else:
            notification_task_id = UUID(_notification_task_id)

        sms_delivery_dryrun_event = cls(
            data=data,
            name=name,
            api_version=api_version,
            attempt_number=attempt_number,
            attempt_total=attempt_total,
            created_at=created_at,
            id=id,
            notification_task_id=notification_task_id,
        )

        sms_delivery_dryrun_event.additional_properties = _src
        return sms_delivery_dryrun_event

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

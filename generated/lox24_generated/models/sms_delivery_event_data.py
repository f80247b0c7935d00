from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dlr_code import DlrCode
from ..models.sms_status_code import SmsStatusCode
from ..types import UNSET

if TYPE_CHECKING:
    from lox24._sms_state import SmsState


T = TypeVar("T", bound="SmsDeliveryEventData")


_DlrCode_MEMBERS = cast("dict[Any, DlrCode]", DlrCode._value2member_map_)
_SmsStatusCode_MEMBERS = cast(
    "dict[Any, SmsStatusCode]", SmsStatusCode._value2member_map_
)


def _parse_dlr_code(data: object) -> DlrCode | None:
    if data is None:
        return data
    try:
        if not isinstance(data, int):
            raise TypeError()
        return _DlrCode_MEMBERS[data] if data in _DlrCode_MEMBERS else DlrCode(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(DlrCode | None, data)


def _parse_status_code(data: object) -> None | SmsStatusCode:
    if data is None:
        return data
    try:
        if not isinstance(data, int):
            raise TypeError()
        return (
            _SmsStatusCode_MEMBERS[data]
            if data in _SmsStatusCode_MEMBERS
            else SmsStatusCode(data)
        )
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | SmsStatusCode, data)


@_attrs_define
class SmsDeliveryEventData:
    """The new delivery state of an SMS (also used by the dry-run variant, with status 0)."""

    callback_data: None | str
    dlr_code: DlrCode | None
    id: None | str
    key_id: int | None
    """ The API key the SMS was sent with. """
    status_code: None | SmsStatusCode
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("callback_data", self.callback_data),
            ("dlr_code", self.dlr_code),
            ("id", self.id),
            ("key_id", self.key_id),
            ("status_code", self.status_code),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SmsDeliveryEventData({shown})"

    @property
    def state(self) -> SmsState:
        """Where it stands, from ``status_code`` and ``dlr_code`` (see ``lox24.SmsState``)."""
        from lox24._sms_state import sms_state  # noqa: PLC0415 - the overlay imports this module

        return sms_state(self.status_code, self.dlr_code)

    def to_dict(self) -> dict[str, Any]:
        callback_data: None | str
        callback_data = self.callback_data

        dlr_code: int | None
        if isinstance(self.dlr_code, DlrCode):
            dlr_code = self.dlr_code.value
        else:
            dlr_code = self.dlr_code

        id: None | str
        id = self.id

        key_id: int | None
        key_id = self.key_id

        status_code: int | None
        if isinstance(self.status_code, SmsStatusCode):
            status_code = self.status_code.value
        else:
            status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_data": callback_data,
                "dlr_code": dlr_code,
                "id": id,
                "key_id": key_id,
                "status_code": status_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        callback_data = _pop("callback_data", None)

        _raw_dlr_code = _pop("dlr_code", None)
        dlr_code = None if _raw_dlr_code is None else _parse_dlr_code(_raw_dlr_code)

        id = _pop("id", None)

        key_id = _pop("key_id", None)

        _raw_status_code = _pop("status_code", None)
        status_code = (
            None if _raw_status_code is None else _parse_status_code(_raw_status_code)
        )

        sms_delivery_event_data = cls(
            callback_data,
            dlr_code,
            id,
            key_id,
            status_code,
        )

        sms_delivery_event_data.additional_properties = _src
        return sms_delivery_event_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dlr_code import DlrCode
from ..models.sms_status_code import SmsStatusCode
from ..types import UNSET, EnumTable

if TYPE_CHECKING:
    from lox24._sms_state import SmsState


T = TypeVar("T", bound="SmsDeliveryEventData")


_DlrCode_MEMBERS = EnumTable(DlrCode)
_SmsStatusCode_MEMBERS = EnumTable(SmsStatusCode)


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
        sms_delivery_event_data = cls(
            _pop("callback_data", None),
            None
            if (_value := _pop("dlr_code", None)) is None
            else _DlrCode_MEMBERS[_value],
            _pop("id", None),
            _pop("key_id", None),
            None
            if (_value := _pop("status_code", None)) is None
            else _SmsStatusCode_MEMBERS[_value],
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

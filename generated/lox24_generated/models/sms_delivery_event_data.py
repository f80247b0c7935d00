from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dlr_code import DlrCode
from ..models.sms_status_code import SmsStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsDeliveryEventData")


@_attrs_define
class SmsDeliveryEventData:
    """The new delivery state of an SMS (also used by the dry-run variant, with status 0)."""

    callback_data: None | str | Unset = UNSET
    """ Your own reference (up to 36 characters), echoed back in delivery reports. """
    dlr_code: DlrCode | Unset = UNSET
    """ The latest delivery report of an SMS: 0 no report yet, 1 delivered to the handset, 2 held
    by the network to be delivered later, 4 accepted by the network and on its way, 8 could not
    be delivered in time (for example the phone stayed off or out of reach), 16 refused (the
    number is invalid, or the operator blocked the number or the content).
     """
    id: str | Unset = UNSET
    """ A lower-case UUID. """
    key_id: int | Unset = UNSET
    """ The API key the SMS was sent with. """
    status_code: SmsStatusCode | Unset = UNSET
    """ Where an SMS stands: 0 created and not handed over yet, 100 handed to the mobile network,
    208 the number or its network is blocked, 400 not processed because of maintenance, 410
    stopped before it reached the network, 2000 the number is a landline and cannot receive
    it, 3000 the balance or credit line did not cover it, 5000 no network operator could be
    found, 6000 stopped through the API before it reached the network.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        dlr_code: int | Unset = UNSET
        if not isinstance(self.dlr_code, Unset):
            dlr_code = self.dlr_code.value

        id = self.id

        key_id = self.key_id

        status_code: int | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if dlr_code is not UNSET:
            field_dict["dlr_code"] = dlr_code
        if id is not UNSET:
            field_dict["id"] = id
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(_src.pop("callback_data", UNSET))

        _dlr_code = _src.pop("dlr_code", UNSET)
        dlr_code: DlrCode | Unset
        if isinstance(_dlr_code, Unset):
            dlr_code = UNSET
        else:
            dlr_code = DlrCode(_dlr_code)

        id = _src.pop("id", UNSET)

        key_id = _src.pop("key_id", UNSET)

        _status_code = _src.pop("status_code", UNSET)
        status_code: SmsStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = SmsStatusCode(_status_code)

        sms_delivery_event_data = cls(
            callback_data=callback_data,
            dlr_code=dlr_code,
            id=id,
            key_id=key_id,
            status_code=status_code,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..models.fraud_service_code import FraudServiceCode
from ..types import UNSET, EnumTable

if TYPE_CHECKING:
    from ..models.fraud_check_address import FraudCheckAddress
    from ..models.fraud_check_email import FraudCheckEmail
    from ..models.fraud_check_ip import FraudCheckIp
    from ..models.fraud_check_phone import FraudCheckPhone

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global \
        _UNRESOLVED, \
        FraudCheckAddress, \
        FraudCheckEmail, \
        FraudCheckIp, \
        FraudCheckPhone
    from ..models.fraud_check_address import FraudCheckAddress  # noqa: PLC0415
    from ..models.fraud_check_email import FraudCheckEmail  # noqa: PLC0415
    from ..models.fraud_check_ip import FraudCheckIp  # noqa: PLC0415
    from ..models.fraud_check_phone import FraudCheckPhone  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="FraudCheck")


_FraudCheckStatusCode_MEMBERS = EnumTable(FraudCheckStatusCode)
_FraudServiceCode_MEMBERS = EnumTable(FraudServiceCode)


def _parse_request_address(data: object) -> FraudCheckAddress | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return FraudCheckAddress.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FraudCheckAddress | None, data)


def _parse_request_email(data: object) -> FraudCheckEmail | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return FraudCheckEmail.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FraudCheckEmail | None, data)


def _parse_request_ip(data: object) -> FraudCheckIp | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return FraudCheckIp.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FraudCheckIp | None, data)


def _parse_request_phone(data: object) -> FraudCheckPhone | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return FraudCheckPhone.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FraudCheckPhone | None, data)


@_attrs_define
class FraudCheck:
    """A fraud check and, once processed, its results for each item that was checked."""

    callback_data: None | str
    """ Your own reference (up to 36 characters), echoed back in delivery reports. """
    created_at: int
    id: str
    """ A lower-case UUID. """
    price: float
    """ What the check costs """
    request_address: FraudCheckAddress | None
    request_email: FraudCheckEmail | None
    request_ip: FraudCheckIp | None
    request_phone: FraudCheckPhone | None
    risk_score: float | None
    """ The overall risk """
    service_code: FraudServiceCode
    """ How thorough a fraud check is.

    - `economy`: The risk score only.
    - `pro`: The risk score with details.
    - `direct`: Every detail, processed first.
     """
    status_code: FraudCheckStatusCode
    """ Where a fraud check (or one of its parts) stands.

    - `0`: New.
    - `5`: Being processed.
    - `10`: Done.
    - `20`: Ended: the balance or credit line did not cover it.
    - `21`: Ended: the data was invalid.
    - `1000`: Ended with an unexpected error.
     """
    updated_at: int
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("callback_data", self.callback_data),
            ("created_at", self.created_at),
            ("id", self.id),
            ("price", self.price),
            ("request_address", self.request_address),
            ("request_email", self.request_email),
            ("request_ip", self.request_ip),
            ("request_phone", self.request_phone),
            ("risk_score", self.risk_score),
            ("service_code", self.service_code),
            ("status_code", self.status_code),
            ("updated_at", self.updated_at),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FraudCheck({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        callback_data: None | str
        callback_data = self.callback_data

        created_at = self.created_at

        id = self.id

        price = self.price

        request_address: dict[str, Any] | None
        if isinstance(self.request_address, FraudCheckAddress):
            request_address = self.request_address.to_dict()
        else:
            request_address = self.request_address

        request_email: dict[str, Any] | None
        if isinstance(self.request_email, FraudCheckEmail):
            request_email = self.request_email.to_dict()
        else:
            request_email = self.request_email

        request_ip: dict[str, Any] | None
        if isinstance(self.request_ip, FraudCheckIp):
            request_ip = self.request_ip.to_dict()
        else:
            request_ip = self.request_ip

        request_phone: dict[str, Any] | None
        if isinstance(self.request_phone, FraudCheckPhone):
            request_phone = self.request_phone.to_dict()
        else:
            request_phone = self.request_phone

        risk_score: float | None
        risk_score = self.risk_score

        service_code = self.service_code.value

        status_code = self.status_code.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_data": callback_data,
                "created_at": created_at,
                "id": id,
                "price": price,
                "request_address": request_address,
                "request_email": request_email,
                "request_ip": request_ip,
                "request_phone": request_phone,
                "risk_score": risk_score,
                "service_code": service_code,
                "status_code": status_code,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_request_address = _pop("request_address", None)
        request_address = (
            None
            if _raw_request_address is None
            else _parse_request_address(_raw_request_address)
        )

        _raw_request_email = _pop("request_email", None)
        request_email = (
            None
            if _raw_request_email is None
            else _parse_request_email(_raw_request_email)
        )

        _raw_request_ip = _pop("request_ip", None)
        request_ip = (
            None if _raw_request_ip is None else _parse_request_ip(_raw_request_ip)
        )

        _raw_request_phone = _pop("request_phone", None)
        request_phone = (
            None
            if _raw_request_phone is None
            else _parse_request_phone(_raw_request_phone)
        )

        fraud_check = cls(
            _pop("callback_data", None),
            _pop("created_at"),
            _pop("id"),
            _pop("price"),
            request_address,
            request_email,
            request_ip,
            request_phone,
            _pop("risk_score", None),
            _FraudServiceCode_MEMBERS[_pop("service_code")],
            _FraudCheckStatusCode_MEMBERS[_pop("status_code")],
            _pop("updated_at"),
        )

        fraud_check.additional_properties = _src
        return fraud_check

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

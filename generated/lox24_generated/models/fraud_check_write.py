from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_service_code import FraudServiceCode
from ..types import UNSET, EnumTable, Unset

if TYPE_CHECKING:
    from ..models.fraud_check_address_write import FraudCheckAddressWrite

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, FraudCheckAddressWrite
    from ..models.fraud_check_address_write import FraudCheckAddressWrite  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="FraudCheckWrite")


_FraudServiceCode_MEMBERS = EnumTable(FraudServiceCode)


def _parse_address(data: object) -> FraudCheckAddressWrite | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return FraudCheckAddressWrite.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FraudCheckAddressWrite | None | Unset, data)


@_attrs_define
class FraudCheckWrite:
    """What to check. Any combination of phone, e-mail, IP address and postal address."""

    service_code: FraudServiceCode
    """ How thorough a fraud check is.

    - `economy`: The risk score only.
    - `pro`: The risk score with details.
    - `direct`: Every detail, processed first.
     """
    address: FraudCheckAddressWrite | None | Unset = UNSET
    callback_data: None | str | Unset = UNSET
    """ Your own reference (up to 36 characters), echoed back in delivery reports. """
    email: None | str | Unset = UNSET
    ip: None | str | Unset = UNSET
    """ An IPv4 or IPv6 address. """
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("service_code", self.service_code),
            ("address", self.address),
            ("callback_data", self.callback_data),
            ("email", self.email),
            ("ip", self.ip),
            ("phone", self.phone),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FraudCheckWrite({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        service_code = self.service_code.value

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, FraudCheckAddressWrite):
            address = self.address.to_dict()
        else:
            address = self.address

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_code": service_code,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if email is not UNSET:
            field_dict["email"] = email
        if ip is not UNSET:
            field_dict["ip"] = ip
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_address = _pop("address", UNSET)
        address = None if _raw_address is None else _parse_address(_raw_address)

        fraud_check_write = cls(
            _FraudServiceCode_MEMBERS[_pop("service_code")],
            address,
            _pop("callback_data", UNSET),
            _pop("email", UNSET),
            _pop("ip", UNSET),
            _pop("phone", UNSET),
        )

        fraud_check_write.additional_properties = _src
        return fraud_check_write

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

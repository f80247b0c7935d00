from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..models.fraud_service_code import FraudServiceCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fraud_check_address import FraudCheckAddress
    from ..models.fraud_check_email import FraudCheckEmail
    from ..models.fraud_check_ip import FraudCheckIp
    from ..models.fraud_check_phone import FraudCheckPhone


T = TypeVar("T", bound="FraudCheck")


@_attrs_define
class FraudCheck:
    """A fraud check and, once processed, its results for each item that was checked."""

    service_code: FraudServiceCode
    """ How thorough a fraud check is: `economy` gives the risk score only, `pro` adds details,
    `direct` gives every detail and is processed first.
     """
    callback_data: None | str | Unset = UNSET
    """ Your own reference (up to 36 characters), echoed back in delivery reports. """
    created_at: int | Unset = UNSET
    id: str | Unset = UNSET
    """ A lower-case UUID. """
    price: float | Unset = UNSET
    """ What the check costs """
    request_address: FraudCheckAddress | None | Unset = UNSET
    request_email: FraudCheckEmail | None | Unset = UNSET
    request_ip: FraudCheckIp | None | Unset = UNSET
    request_phone: FraudCheckPhone | None | Unset = UNSET
    risk_score: float | Unset = UNSET
    """ The overall risk """
    status_code: FraudCheckStatusCode | Unset = UNSET
    """ Where a fraud check (or one of its parts) stands: 0 new, 5 being processed, 10 done, 20
    ended because the balance or credit line did not cover it, 21 ended because the data was
    invalid, 1000 ended with an unexpected error.
     """
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fraud_check_address import FraudCheckAddress  # noqa: PLC0415
        from ..models.fraud_check_email import FraudCheckEmail  # noqa: PLC0415
        from ..models.fraud_check_ip import FraudCheckIp  # noqa: PLC0415
        from ..models.fraud_check_phone import FraudCheckPhone  # noqa: PLC0415

        service_code = self.service_code.value

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        created_at = self.created_at

        id = self.id

        price = self.price

        request_address: dict[str, Any] | None | Unset
        if isinstance(self.request_address, Unset):
            request_address = UNSET
        elif isinstance(self.request_address, FraudCheckAddress):
            request_address = self.request_address.to_dict()
        else:
            request_address = self.request_address

        request_email: dict[str, Any] | None | Unset
        if isinstance(self.request_email, Unset):
            request_email = UNSET
        elif isinstance(self.request_email, FraudCheckEmail):
            request_email = self.request_email.to_dict()
        else:
            request_email = self.request_email

        request_ip: dict[str, Any] | None | Unset
        if isinstance(self.request_ip, Unset):
            request_ip = UNSET
        elif isinstance(self.request_ip, FraudCheckIp):
            request_ip = self.request_ip.to_dict()
        else:
            request_ip = self.request_ip

        request_phone: dict[str, Any] | None | Unset
        if isinstance(self.request_phone, Unset):
            request_phone = UNSET
        elif isinstance(self.request_phone, FraudCheckPhone):
            request_phone = self.request_phone.to_dict()
        else:
            request_phone = self.request_phone

        risk_score = self.risk_score

        status_code: int | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_code": service_code,
            }
        )
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if request_address is not UNSET:
            field_dict["request_address"] = request_address
        if request_email is not UNSET:
            field_dict["request_email"] = request_email
        if request_ip is not UNSET:
            field_dict["request_ip"] = request_ip
        if request_phone is not UNSET:
            field_dict["request_phone"] = request_phone
        if risk_score is not UNSET:
            field_dict["risk_score"] = risk_score
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fraud_check_address import FraudCheckAddress  # noqa: PLC0415
        from ..models.fraud_check_email import FraudCheckEmail  # noqa: PLC0415
        from ..models.fraud_check_ip import FraudCheckIp  # noqa: PLC0415
        from ..models.fraud_check_phone import FraudCheckPhone  # noqa: PLC0415

        _src = dict(src_dict)
        service_code = FraudServiceCode(_src.pop("service_code"))

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(_src.pop("callback_data", UNSET))

        created_at = _src.pop("created_at", UNSET)

        id = _src.pop("id", UNSET)

        price = _src.pop("price", UNSET)

        def _parse_request_address(data: object) -> FraudCheckAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_address_type_0 = FraudCheckAddress.from_dict(data)

                return request_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckAddress | None | Unset, data)

        request_address = _parse_request_address(_src.pop("request_address", UNSET))

        def _parse_request_email(data: object) -> FraudCheckEmail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_email_type_0 = FraudCheckEmail.from_dict(data)

                return request_email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckEmail | None | Unset, data)

        request_email = _parse_request_email(_src.pop("request_email", UNSET))

        def _parse_request_ip(data: object) -> FraudCheckIp | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_ip_type_0 = FraudCheckIp.from_dict(data)

                return request_ip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckIp | None | Unset, data)

        request_ip = _parse_request_ip(_src.pop("request_ip", UNSET))

        def _parse_request_phone(data: object) -> FraudCheckPhone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_phone_type_0 = FraudCheckPhone.from_dict(data)

                return request_phone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckPhone | None | Unset, data)

        request_phone = _parse_request_phone(_src.pop("request_phone", UNSET))

        risk_score = _src.pop("risk_score", UNSET)

        _status_code = _src.pop("status_code", UNSET)
        status_code: FraudCheckStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = FraudCheckStatusCode(_status_code)

        updated_at = _src.pop("updated_at", UNSET)

        fraud_check = cls(
            service_code=service_code,
            callback_data=callback_data,
            created_at=created_at,
            id=id,
            price=price,
            request_address=request_address,
            request_email=request_email,
            request_ip=request_ip,
            request_phone=request_phone,
            risk_score=risk_score,
            status_code=status_code,
            updated_at=updated_at,
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

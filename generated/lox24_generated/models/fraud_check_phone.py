from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckPhone")


@_attrs_define
class FraudCheckPhone:
    """What the check found out about the phone number. In the JSON-LD representation this object
    also carries `@context`, `@id` and `@type`.

    """

    phone: str
    """ A phone number in international E.164 form. """
    created_at: int | Unset = UNSET
    is_possible: bool | Unset = UNSET
    """ Whether the number has a possible length and form. """
    is_valid: bool | Unset = UNSET
    """ Whether the number is valid. """
    number_type: str | Unset = UNSET
    """ The kind of number. """
    region: str | Unset = UNSET
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    status_code: FraudCheckStatusCode | Unset = UNSET
    """ Where a fraud check (or one of its parts) stands: 0 new, 5 being processed, 10 done, 20
    ended because the balance or credit line did not cover it, 21 ended because the data was
    invalid, 1000 ended with an unexpected error.
     """
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        created_at = self.created_at

        is_possible = self.is_possible

        is_valid = self.is_valid

        number_type = self.number_type

        region = self.region

        status_code: int | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_possible is not UNSET:
            field_dict["is_possible"] = is_possible
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if number_type is not UNSET:
            field_dict["number_type"] = number_type
        if region is not UNSET:
            field_dict["region"] = region
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        phone = _src.pop("phone")

        created_at = _src.pop("created_at", UNSET)

        is_possible = _src.pop("is_possible", UNSET)

        is_valid = _src.pop("is_valid", UNSET)

        number_type = _src.pop("number_type", UNSET)

        region = _src.pop("region", UNSET)

        _status_code = _src.pop("status_code", UNSET)
        status_code: FraudCheckStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = FraudCheckStatusCode(_status_code)

        updated_at = _src.pop("updated_at", UNSET)

        fraud_check_phone = cls(
            phone=phone,
            created_at=created_at,
            is_possible=is_possible,
            is_valid=is_valid,
            number_type=number_type,
            region=region,
            status_code=status_code,
            updated_at=updated_at,
        )

        fraud_check_phone.additional_properties = _src
        return fraud_check_phone

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

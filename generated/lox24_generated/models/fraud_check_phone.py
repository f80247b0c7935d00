from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="FraudCheckPhone")


_FraudCheckStatusCode_MEMBERS = EnumTable(FraudCheckStatusCode)


@_attrs_define
class FraudCheckPhone:
    """What the check found out about the phone number. In the JSON-LD representation this object
    also carries `@context`, `@id` and `@type`.

    """

    created_at: int | None
    is_possible: bool | None
    """ Whether the number has a possible length and form. """
    is_valid: bool | None
    """ Whether the number is valid. """
    number_type: None | str
    """ The kind of number. """
    phone: str
    """ A phone number in international E.164 form. """
    region: None | str
    status_code: FraudCheckStatusCode | None
    updated_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("created_at", self.created_at),
            ("is_possible", self.is_possible),
            ("is_valid", self.is_valid),
            ("number_type", self.number_type),
            ("phone", self.phone),
            ("region", self.region),
            ("status_code", self.status_code),
            ("updated_at", self.updated_at),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FraudCheckPhone({shown})"

    def to_dict(self) -> dict[str, Any]:
        created_at: int | None
        created_at = self.created_at

        is_possible: bool | None
        is_possible = self.is_possible

        is_valid: bool | None
        is_valid = self.is_valid

        number_type: None | str
        number_type = self.number_type

        phone = self.phone

        region: None | str
        region = self.region

        status_code: int | None
        if isinstance(self.status_code, FraudCheckStatusCode):
            status_code = self.status_code.value
        else:
            status_code = self.status_code

        updated_at: int | None
        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "is_possible": is_possible,
                "is_valid": is_valid,
                "number_type": number_type,
                "phone": phone,
                "region": region,
                "status_code": status_code,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        fraud_check_phone = cls(
            _pop("created_at", None),
            _pop("is_possible", None),
            _pop("is_valid", None),
            _pop("number_type", None),
            _pop("phone"),
            _pop("region", None),
            None
            if (_value := _pop("status_code", None)) is None
            else _FraudCheckStatusCode_MEMBERS[_value],
            _pop("updated_at", None),
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

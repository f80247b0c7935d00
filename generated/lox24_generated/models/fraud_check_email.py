from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="FraudCheckEmail")


_FraudCheckStatusCode_MEMBERS = EnumTable(FraudCheckStatusCode)


@_attrs_define
class FraudCheckEmail:
    """What the check found out about the e-mail address. In the JSON-LD representation this object
    also carries `@context`, `@id` and `@type`.

    """

    created_at: int | None
    email: str
    is_anonymous: bool | None
    """ Whether the address is an anonymous one. """
    is_possible: bool | None
    """ Whether the address can exist. """
    status_code: FraudCheckStatusCode | None
    updated_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("created_at", self.created_at),
            ("email", self.email),
            ("is_anonymous", self.is_anonymous),
            ("is_possible", self.is_possible),
            ("status_code", self.status_code),
            ("updated_at", self.updated_at),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FraudCheckEmail({shown})"

    def to_dict(self) -> dict[str, Any]:
        created_at: int | None
        created_at = self.created_at

        email = self.email

        is_anonymous: bool | None
        is_anonymous = self.is_anonymous

        is_possible: bool | None
        is_possible = self.is_possible

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
                "email": email,
                "is_anonymous": is_anonymous,
                "is_possible": is_possible,
                "status_code": status_code,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        fraud_check_email = cls(
            _pop("created_at", None),
            _pop("email"),
            _pop("is_anonymous", None),
            _pop("is_possible", None),
            None
            if (_value := _pop("status_code", None)) is None
            else _FraudCheckStatusCode_MEMBERS[_value],
            _pop("updated_at", None),
        )

        fraud_check_email.additional_properties = _src
        return fraud_check_email

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

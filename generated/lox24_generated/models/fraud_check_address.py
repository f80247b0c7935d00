from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="FraudCheckAddress")


@_attrs_define
class FraudCheckAddress:
    """The postal address that was checked, with the state of its check. In the JSON-LD
    representation this object also carries `@context`, `@id` and `@type`.

    """

    city: None | str
    created_at: int | None
    iso2: str
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    postcode: None | str
    status_code: int | None
    """ The state of the address check (no list of values is documented). """
    street_name: None | str
    street_number: None | str
    updated_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("city", self.city),
            ("created_at", self.created_at),
            ("iso2", self.iso2),
            ("postcode", self.postcode),
            ("status_code", self.status_code),
            ("street_name", self.street_name),
            ("street_number", self.street_number),
            ("updated_at", self.updated_at),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FraudCheckAddress({shown})"

    def to_dict(self) -> dict[str, Any]:
        city: None | str
        city = self.city

        created_at: int | None
        created_at = self.created_at

        iso2 = self.iso2

        postcode: None | str
        postcode = self.postcode

        status_code: int | None
        status_code = self.status_code

        street_name: None | str
        street_name = self.street_name

        street_number: None | str
        street_number = self.street_number

        updated_at: int | None
        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "created_at": created_at,
                "iso2": iso2,
                "postcode": postcode,
                "status_code": status_code,
                "street_name": street_name,
                "street_number": street_number,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        fraud_check_address = cls(
            _pop("city", None),
            _pop("created_at", None),
            _pop("iso2"),
            _pop("postcode", None),
            _pop("status_code", None),
            _pop("street_name", None),
            _pop("street_number", None),
            _pop("updated_at", None),
        )

        fraud_check_address.additional_properties = _src
        return fraud_check_address

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckAddressWrite")


@_attrs_define
class FraudCheckAddressWrite:
    """A postal address to check."""

    city: None | str
    iso2: str
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    street_name: None | str
    postcode: None | str | Unset = UNSET
    street_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("city", self.city),
            ("iso2", self.iso2),
            ("street_name", self.street_name),
            ("postcode", self.postcode),
            ("street_number", self.street_number),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FraudCheckAddressWrite({shown})"

    def to_dict(self) -> dict[str, Any]:
        city: None | str
        city = self.city

        iso2 = self.iso2

        street_name: None | str
        street_name = self.street_name

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        street_number: None | str | Unset
        if isinstance(self.street_number, Unset):
            street_number = UNSET
        else:
            street_number = self.street_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "iso2": iso2,
                "street_name": street_name,
            }
        )
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if street_number is not UNSET:
            field_dict["street_number"] = street_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        fraud_check_address_write = cls(
            _pop("city", None),
            _pop("iso2"),
            _pop("street_name", None),
            _pop("postcode", UNSET),
            _pop("street_number", UNSET),
        )

        fraud_check_address_write.additional_properties = _src
        return fraud_check_address_write

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

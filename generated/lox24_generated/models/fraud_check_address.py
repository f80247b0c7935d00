from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckAddress")


@_attrs_define
class FraudCheckAddress:
    """The postal address that was checked, with the state of its check. In the JSON-LD
    representation this object also carries `@context`, `@id` and `@type`.

    """

    city: None | str
    iso2: str
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    street_name: None | str
    created_at: int | Unset = UNSET
    postcode: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    """ The state of the address check (no list of values is documented). """
    street_number: None | str | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: None | str
        city = self.city

        iso2 = self.iso2

        street_name: None | str
        street_name = self.street_name

        created_at = self.created_at

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        street_number: None | str | Unset
        if isinstance(self.street_number, Unset):
            street_number = UNSET
        else:
            street_number = self.street_number

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "iso2": iso2,
                "street_name": street_name,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if street_number is not UNSET:
            field_dict["street_number"] = street_number
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(_src.pop("city"))

        iso2 = _src.pop("iso2")

        def _parse_street_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        street_name = _parse_street_name(_src.pop("street_name"))

        created_at = _src.pop("created_at", UNSET)

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(_src.pop("postcode", UNSET))

        def _parse_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_code = _parse_status_code(_src.pop("status_code", UNSET))

        def _parse_street_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_number = _parse_street_number(_src.pop("street_number", UNSET))

        updated_at = _src.pop("updated_at", UNSET)

        fraud_check_address = cls(
            city=city,
            iso2=iso2,
            street_name=street_name,
            created_at=created_at,
            postcode=postcode,
            status_code=status_code,
            street_number=street_number,
            updated_at=updated_at,
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

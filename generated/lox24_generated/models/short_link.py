from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ShortLink")


@_attrs_define
class ShortLink:
    """One short link handed out by a campaign."""

    campaign: None | str
    """ The IRI of the campaign. """
    requests: str
    """ The IRI of the clicks on this link. """
    short_code: None | str
    """ The code after the domain """
    updated_at: int
    url: None | str
    """ Where the link leads. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("campaign", self.campaign),
            ("requests", self.requests),
            ("short_code", self.short_code),
            ("updated_at", self.updated_at),
            ("url", self.url),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ShortLink({shown})"

    def to_dict(self) -> dict[str, Any]:
        campaign: None | str
        campaign = self.campaign

        requests = self.requests

        short_code: None | str
        short_code = self.short_code

        updated_at = self.updated_at

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
                "requests": requests,
                "short_code": short_code,
                "updated_at": updated_at,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        short_link = cls(
            _pop("campaign", None),
            _pop("requests"),
            _pop("short_code", None),
            _pop("updated_at"),
            _pop("url", None),
        )

        short_link.additional_properties = _src
        return short_link

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

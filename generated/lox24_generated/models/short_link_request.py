from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ShortLinkRequest")


@_attrs_define
class ShortLinkRequest:
    """One click on a short link, with what could be learnt about the visitor."""

    browser: None | str
    browser_version: None | str
    country: str
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    date: int
    """ When the click happened. """
    hardware_type: None | str
    id: int
    ip: None | str
    os: None | str
    os_version: None | str
    referer: None | str
    short_link: None | str
    """ The IRI of the short link. """
    software_type: None | str
    type_: int
    """ The kind of click (the meaning of the values is not documented). """
    url: str
    """ Where the visitor was sent. """
    user_agent: None | str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("browser", self.browser),
            ("browser_version", self.browser_version),
            ("country", self.country),
            ("date", self.date),
            ("hardware_type", self.hardware_type),
            ("id", self.id),
            ("ip", self.ip),
            ("os", self.os),
            ("os_version", self.os_version),
            ("referer", self.referer),
            ("short_link", self.short_link),
            ("software_type", self.software_type),
            ("type_", self.type_),
            ("url", self.url),
            ("user_agent", self.user_agent),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ShortLinkRequest({shown})"

    def to_dict(self) -> dict[str, Any]:
        browser: None | str
        browser = self.browser

        browser_version: None | str
        browser_version = self.browser_version

        country = self.country

        date = self.date

        hardware_type: None | str
        hardware_type = self.hardware_type

        id = self.id

        ip: None | str
        ip = self.ip

        os: None | str
        os = self.os

        os_version: None | str
        os_version = self.os_version

        referer: None | str
        referer = self.referer

        short_link: None | str
        short_link = self.short_link

        software_type: None | str
        software_type = self.software_type

        type_ = self.type_

        url = self.url

        user_agent: None | str
        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "browser": browser,
                "browser_version": browser_version,
                "country": country,
                "date": date,
                "hardware_type": hardware_type,
                "id": id,
                "ip": ip,
                "os": os,
                "os_version": os_version,
                "referer": referer,
                "short_link": short_link,
                "software_type": software_type,
                "type": type_,
                "url": url,
                "user_agent": user_agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        short_link_request = cls(
            _pop("browser", None),
            _pop("browser_version", None),
            _pop("country"),
            _pop("date"),
            _pop("hardware_type", None),
            _pop("id"),
            _pop("ip", None),
            _pop("os", None),
            _pop("os_version", None),
            _pop("referer", None),
            _pop("short_link", None),
            _pop("software_type", None),
            _pop("type"),
            _pop("url"),
            _pop("user_agent", None),
        )

        short_link_request.additional_properties = _src
        return short_link_request

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

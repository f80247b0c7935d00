from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortLinkRequest")


@_attrs_define
class ShortLinkRequest:
    """One click on a short link, with what could be learnt about the visitor."""

    browser: None | str | Unset = UNSET
    browser_version: None | str | Unset = UNSET
    country: str | Unset = UNSET
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    date: int | Unset = UNSET
    """ When the click happened. """
    hardware_type: None | str | Unset = UNSET
    id: int | Unset = UNSET
    ip: None | str | Unset = UNSET
    os: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    referer: None | str | Unset = UNSET
    short_link: None | str | Unset = UNSET
    """ The IRI of the short link. """
    software_type: None | str | Unset = UNSET
    type_: int | Unset = UNSET
    """ The kind of click (the meaning of the values is not documented). """
    url: str | Unset = UNSET
    """ Where the visitor was sent. """
    user_agent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        browser: None | str | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        else:
            browser = self.browser

        browser_version: None | str | Unset
        if isinstance(self.browser_version, Unset):
            browser_version = UNSET
        else:
            browser_version = self.browser_version

        country = self.country

        date = self.date

        hardware_type: None | str | Unset
        if isinstance(self.hardware_type, Unset):
            hardware_type = UNSET
        else:
            hardware_type = self.hardware_type

        id = self.id

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        referer: None | str | Unset
        if isinstance(self.referer, Unset):
            referer = UNSET
        else:
            referer = self.referer

        short_link: None | str | Unset
        if isinstance(self.short_link, Unset):
            short_link = UNSET
        else:
            short_link = self.short_link

        software_type: None | str | Unset
        if isinstance(self.software_type, Unset):
            software_type = UNSET
        else:
            software_type = self.software_type

        type_ = self.type_

        url = self.url

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if browser is not UNSET:
            field_dict["browser"] = browser
        if browser_version is not UNSET:
            field_dict["browser_version"] = browser_version
        if country is not UNSET:
            field_dict["country"] = country
        if date is not UNSET:
            field_dict["date"] = date
        if hardware_type is not UNSET:
            field_dict["hardware_type"] = hardware_type
        if id is not UNSET:
            field_dict["id"] = id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if referer is not UNSET:
            field_dict["referer"] = referer
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if software_type is not UNSET:
            field_dict["software_type"] = software_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)

        def _parse_browser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser = _parse_browser(_src.pop("browser", UNSET))

        def _parse_browser_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_version = _parse_browser_version(_src.pop("browser_version", UNSET))

        country = _src.pop("country", UNSET)

        date = _src.pop("date", UNSET)

        def _parse_hardware_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hardware_type = _parse_hardware_type(_src.pop("hardware_type", UNSET))

        id = _src.pop("id", UNSET)

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(_src.pop("ip", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(_src.pop("os", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(_src.pop("os_version", UNSET))

        def _parse_referer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referer = _parse_referer(_src.pop("referer", UNSET))

        def _parse_short_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_link = _parse_short_link(_src.pop("short_link", UNSET))

        def _parse_software_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        software_type = _parse_software_type(_src.pop("software_type", UNSET))

        type_ = _src.pop("type", UNSET)

        url = _src.pop("url", UNSET)

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(_src.pop("user_agent", UNSET))

        short_link_request = cls(
            browser=browser,
            browser_version=browser_version,
            country=country,
            date=date,
            hardware_type=hardware_type,
            id=id,
            ip=ip,
            os=os,
            os_version=os_version,
            referer=referer,
            short_link=short_link,
            software_type=software_type,
            type_=type_,
            url=url,
            user_agent=user_agent,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_type import ConnectionType
from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..models.proxy_type import ProxyType
from ..types import UNSET

T = TypeVar("T", bound="FraudCheckIp")


_ConnectionType_MEMBERS = cast(
    "dict[Any, ConnectionType]", ConnectionType._value2member_map_
)
_FraudCheckStatusCode_MEMBERS = cast(
    "dict[Any, FraudCheckStatusCode]", FraudCheckStatusCode._value2member_map_
)
_ProxyType_MEMBERS = cast("dict[Any, ProxyType]", ProxyType._value2member_map_)


def _parse_connection_type(data: object) -> ConnectionType | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return (
            _ConnectionType_MEMBERS[data]
            if data in _ConnectionType_MEMBERS
            else ConnectionType(data)
        )
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ConnectionType | None, data)


def _parse_proxy_type(data: object) -> None | ProxyType:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        return (
            _ProxyType_MEMBERS[data] if data in _ProxyType_MEMBERS else ProxyType(data)
        )
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ProxyType, data)


def _parse_status_code(data: object) -> FraudCheckStatusCode | None:
    if data is None:
        return data
    try:
        if not isinstance(data, int):
            raise TypeError()
        return (
            _FraudCheckStatusCode_MEMBERS[data]
            if data in _FraudCheckStatusCode_MEMBERS
            else FraudCheckStatusCode(data)
        )
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(FraudCheckStatusCode | None, data)


@_attrs_define
class FraudCheckIp:
    """What the check found out about the IP address. In the JSON-LD representation this object
    also carries `@context`, `@id` and `@type`.

    """

    city: None | str
    connection_type: ConnectionType | None
    created_at: int | None
    geolocation: list[float] | None
    """ Latitude and longitude. """
    ip: str
    """ An IPv4 or IPv6 address. """
    is_ok: bool | None
    """ Whether the address passed the check. """
    iso2: None | str
    isp_name: None | str
    """ The internet service provider. """
    isp_risk_score: float | None
    """ How risky the provider is """
    postcode: None | str
    proxy_type: None | ProxyType
    state: None | str
    """ A two-letter code of the region (typed like a country code by LOX24). """
    status_code: FraudCheckStatusCode | None
    updated_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("city", self.city),
            ("connection_type", self.connection_type),
            ("created_at", self.created_at),
            ("geolocation", self.geolocation),
            ("ip", self.ip),
            ("is_ok", self.is_ok),
            ("iso2", self.iso2),
            ("isp_name", self.isp_name),
            ("isp_risk_score", self.isp_risk_score),
            ("postcode", self.postcode),
            ("proxy_type", self.proxy_type),
            ("state", self.state),
            ("status_code", self.status_code),
            ("updated_at", self.updated_at),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"FraudCheckIp({shown})"

    def to_dict(self) -> dict[str, Any]:
        city: None | str
        city = self.city

        connection_type: None | str
        if isinstance(self.connection_type, ConnectionType):
            connection_type = self.connection_type.value
        else:
            connection_type = self.connection_type

        created_at: int | None
        created_at = self.created_at

        geolocation: list[float] | None
        if isinstance(self.geolocation, list):
            geolocation = self.geolocation

        else:
            geolocation = self.geolocation

        ip = self.ip

        is_ok: bool | None
        is_ok = self.is_ok

        iso2: None | str
        iso2 = self.iso2

        isp_name: None | str
        isp_name = self.isp_name

        isp_risk_score: float | None
        isp_risk_score = self.isp_risk_score

        postcode: None | str
        postcode = self.postcode

        proxy_type: None | str
        if isinstance(self.proxy_type, ProxyType):
            proxy_type = self.proxy_type.value
        else:
            proxy_type = self.proxy_type

        state: None | str
        state = self.state

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
                "city": city,
                "connection_type": connection_type,
                "created_at": created_at,
                "geolocation": geolocation,
                "ip": ip,
                "is_ok": is_ok,
                "iso2": iso2,
                "isp_name": isp_name,
                "isp_risk_score": isp_risk_score,
                "postcode": postcode,
                "proxy_type": proxy_type,
                "state": state,
                "status_code": status_code,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        city = _pop("city", None)

        _raw_connection_type = _pop("connection_type", None)
        connection_type = (
            None
            if _raw_connection_type is None
            else _parse_connection_type(_raw_connection_type)
        )

        created_at = _pop("created_at", None)

        geolocation = _pop("geolocation", None)

        ip = _pop("ip")

        is_ok = _pop("is_ok", None)

        iso2 = _pop("iso2", None)

        isp_name = _pop("isp_name", None)

        isp_risk_score = _pop("isp_risk_score", None)

        postcode = _pop("postcode", None)

        _raw_proxy_type = _pop("proxy_type", None)
        proxy_type = (
            None if _raw_proxy_type is None else _parse_proxy_type(_raw_proxy_type)
        )

        state = _pop("state", None)

        _raw_status_code = _pop("status_code", None)
        status_code = (
            None if _raw_status_code is None else _parse_status_code(_raw_status_code)
        )

        updated_at = _pop("updated_at", None)

        fraud_check_ip = cls(
            city,
            connection_type,
            created_at,
            geolocation,
            ip,
            is_ok,
            iso2,
            isp_name,
            isp_risk_score,
            postcode,
            proxy_type,
            state,
            status_code,
            updated_at,
        )

        fraud_check_ip.additional_properties = _src
        return fraud_check_ip

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_type import ConnectionType
from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..models.proxy_type import ProxyType
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="FraudCheckIp")


_ConnectionType_MEMBERS = EnumTable(ConnectionType)
_FraudCheckStatusCode_MEMBERS = EnumTable(FraudCheckStatusCode)
_ProxyType_MEMBERS = EnumTable(ProxyType)


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
        fraud_check_ip = cls(
            _pop("city", None),
            None
            if (_value := _pop("connection_type", None)) is None
            else _ConnectionType_MEMBERS[_value],
            _pop("created_at", None),
            _pop("geolocation", None),
            _pop("ip"),
            _pop("is_ok", None),
            _pop("iso2", None),
            _pop("isp_name", None),
            _pop("isp_risk_score", None),
            _pop("postcode", None),
            None
            if (_value := _pop("proxy_type", None)) is None
            else _ProxyType_MEMBERS[_value],
            _pop("state", None),
            None
            if (_value := _pop("status_code", None)) is None
            else _FraudCheckStatusCode_MEMBERS[_value],
            _pop("updated_at", None),
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

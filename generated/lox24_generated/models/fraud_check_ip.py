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

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(_src.pop("city", None))

        def _parse_connection_type(data: object) -> ConnectionType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connection_type_type_0 = ConnectionType(data)

                return connection_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionType | None, data)

        connection_type = _parse_connection_type(_src.pop("connection_type", None))

        def _parse_created_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        created_at = _parse_created_at(_src.pop("created_at", None))

        def _parse_geolocation(data: object) -> list[float] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                geolocation_type_0 = cast(list[float], data)

                return geolocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None, data)

        geolocation = _parse_geolocation(_src.pop("geolocation", None))

        ip = _src.pop("ip")

        def _parse_is_ok(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_ok = _parse_is_ok(_src.pop("is_ok", None))

        def _parse_iso2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        iso2 = _parse_iso2(_src.pop("iso2", None))

        def _parse_isp_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        isp_name = _parse_isp_name(_src.pop("isp_name", None))

        def _parse_isp_risk_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        isp_risk_score = _parse_isp_risk_score(_src.pop("isp_risk_score", None))

        def _parse_postcode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postcode = _parse_postcode(_src.pop("postcode", None))

        def _parse_proxy_type(data: object) -> None | ProxyType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proxy_type_type_0 = ProxyType(data)

                return proxy_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProxyType, data)

        proxy_type = _parse_proxy_type(_src.pop("proxy_type", None))

        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(_src.pop("state", None))

        def _parse_status_code(data: object) -> FraudCheckStatusCode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_code_type_0 = FraudCheckStatusCode(data)

                return status_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckStatusCode | None, data)

        status_code = _parse_status_code(_src.pop("status_code", None))

        def _parse_updated_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        updated_at = _parse_updated_at(_src.pop("updated_at", None))

        fraud_check_ip = cls(
            city=city,
            connection_type=connection_type,
            created_at=created_at,
            geolocation=geolocation,
            ip=ip,
            is_ok=is_ok,
            iso2=iso2,
            isp_name=isp_name,
            isp_risk_score=isp_risk_score,
            postcode=postcode,
            proxy_type=proxy_type,
            state=state,
            status_code=status_code,
            updated_at=updated_at,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_type import ConnectionType
from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..models.proxy_type import ProxyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckIp")


@_attrs_define
class FraudCheckIp:
    """What the check found out about the IP address. In the JSON-LD representation this object
    also carries `@context`, `@id` and `@type`.

    """

    ip: str
    """ An IPv4 or IPv6 address. """
    city: str | Unset = UNSET
    connection_type: ConnectionType | None | Unset = UNSET
    created_at: int | Unset = UNSET
    geolocation: list[float] | Unset = UNSET
    """ Latitude and longitude. """
    is_ok: bool | Unset = UNSET
    """ Whether the address passed the check. """
    iso2: str | Unset = UNSET
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    isp_name: str | Unset = UNSET
    """ The internet service provider. """
    isp_risk_score: float | Unset = UNSET
    """ How risky the provider is """
    postcode: str | Unset = UNSET
    proxy_type: ProxyType | Unset = UNSET
    """ The kind of proxy an IP address belongs to: `VPN` an anonymising VPN, `TOR` a Tor exit node,
    `DCH` a hosting provider, data centre or CDN, `PUB` a public proxy, `WEB` a web proxy, `SES`
    a search engine's crawler.
     """
    state: str | Unset = UNSET
    """ An ISO 3166-1 alpha-2 country code in capitals. """
    status_code: FraudCheckStatusCode | Unset = UNSET
    """ Where a fraud check (or one of its parts) stands: 0 new, 5 being processed, 10 done, 20
    ended because the balance or credit line did not cover it, 21 ended because the data was
    invalid, 1000 ended with an unexpected error.
     """
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        city = self.city

        connection_type: None | str | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        elif isinstance(self.connection_type, ConnectionType):
            connection_type = self.connection_type.value
        else:
            connection_type = self.connection_type

        created_at = self.created_at

        geolocation: list[float] | Unset = UNSET
        if not isinstance(self.geolocation, Unset):
            geolocation = self.geolocation

        is_ok = self.is_ok

        iso2 = self.iso2

        isp_name = self.isp_name

        isp_risk_score = self.isp_risk_score

        postcode = self.postcode

        proxy_type: str | Unset = UNSET
        if not isinstance(self.proxy_type, Unset):
            proxy_type = self.proxy_type.value

        state = self.state

        status_code: int | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if is_ok is not UNSET:
            field_dict["is_ok"] = is_ok
        if iso2 is not UNSET:
            field_dict["iso2"] = iso2
        if isp_name is not UNSET:
            field_dict["isp_name"] = isp_name
        if isp_risk_score is not UNSET:
            field_dict["isp_risk_score"] = isp_risk_score
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if proxy_type is not UNSET:
            field_dict["proxy_type"] = proxy_type
        if state is not UNSET:
            field_dict["state"] = state
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        ip = _src.pop("ip")

        city = _src.pop("city", UNSET)

        def _parse_connection_type(data: object) -> ConnectionType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connection_type_type_0 = ConnectionType(data)

                return connection_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionType | None | Unset, data)

        connection_type = _parse_connection_type(_src.pop("connection_type", UNSET))

        created_at = _src.pop("created_at", UNSET)

        geolocation = cast(list[float], _src.pop("geolocation", UNSET))

        is_ok = _src.pop("is_ok", UNSET)

        iso2 = _src.pop("iso2", UNSET)

        isp_name = _src.pop("isp_name", UNSET)

        isp_risk_score = _src.pop("isp_risk_score", UNSET)

        postcode = _src.pop("postcode", UNSET)

        _proxy_type = _src.pop("proxy_type", UNSET)
        proxy_type: ProxyType | Unset
        if isinstance(_proxy_type, Unset):
            proxy_type = UNSET
        else:
            proxy_type = ProxyType(_proxy_type)

        state = _src.pop("state", UNSET)

        _status_code = _src.pop("status_code", UNSET)
        status_code: FraudCheckStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = FraudCheckStatusCode(_status_code)

        updated_at = _src.pop("updated_at", UNSET)

        fraud_check_ip = cls(
            ip=ip,
            city=city,
            connection_type=connection_type,
            created_at=created_at,
            geolocation=geolocation,
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

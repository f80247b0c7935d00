from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="InboundEmail")


@_attrs_define
class InboundEmail:
    """An e-mail received by the Email2SMS or Email2Bulk gateway."""

    body: None | str
    from_: None | str
    id: None | str
    subject: None | str
    to: None | str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("body", self.body),
            ("from_", self.from_),
            ("id", self.id),
            ("subject", self.subject),
            ("to", self.to),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"InboundEmail({shown})"

    def to_dict(self) -> dict[str, Any]:
        body: None | str
        body = self.body

        from_: None | str
        from_ = self.from_

        id: None | str
        id = self.id

        subject: None | str
        subject = self.subject

        to: None | str
        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "from": from_,
                "id": id,
                "subject": subject,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        inbound_email = cls(
            _pop("body", None),
            _pop("from", None),
            _pop("id", None),
            _pop("subject", None),
            _pop("to", None),
        )

        inbound_email.additional_properties = _src
        return inbound_email

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

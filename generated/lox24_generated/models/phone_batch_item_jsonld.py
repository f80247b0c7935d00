from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PhoneBatchItemJsonld")


def _parse_body(data: object) -> BatchItemErrorJsonld | Phone:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return Phone.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    return BatchItemErrorJsonld.from_dict(data)


@_attrs_define
class PhoneBatchItemJsonld:
    """The result for one item of a batch (JSON-LD)."""

    body: BatchItemErrorJsonld | Phone
    status: int
    """ The HTTP status for this item alone. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("body", self.body),
            ("status", self.status),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PhoneBatchItemJsonld({shown})"

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any]
        if isinstance(self.body, Phone):
            body = self.body.to_dict()
        else:
            body = self.body.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        body = _parse_body(_pop("body"))

        status = _pop("status")

        phone_batch_item_jsonld = cls(
            body,
            status,
        )

        phone_batch_item_jsonld.additional_properties = _src
        return phone_batch_item_jsonld

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


from ..models.batch_item_error_jsonld import BatchItemErrorJsonld  # noqa: E402
from ..models.phone import Phone  # noqa: E402

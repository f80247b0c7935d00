from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.batch_item_error_jsonld import BatchItemErrorJsonld
    from ..models.phone import Phone

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, BatchItemErrorJsonld, Phone
    from ..models.batch_item_error_jsonld import BatchItemErrorJsonld  # noqa: PLC0415
    from ..models.phone import Phone  # noqa: PLC0415

    _UNRESOLVED = False


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
        if _UNRESOLVED:
            _resolve_models()
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
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        body = _parse_body(_pop("body"))

        phone_batch_item_jsonld = cls(
            body,
            _pop("status"),
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

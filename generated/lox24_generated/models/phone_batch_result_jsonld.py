from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.phone_batch_item_jsonld import PhoneBatchItemJsonld

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, PhoneBatchItemJsonld
    from ..models.phone_batch_item_jsonld import PhoneBatchItemJsonld  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="PhoneBatchResultJsonld")


@_attrs_define
class PhoneBatchResultJsonld:
    """The results of a batch, one per input item in input order (JSON-LD)."""

    hydramember: list[PhoneBatchItemJsonld]
    hydratotal_items: int | None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("hydramember", self.hydramember),
            ("hydratotal_items", self.hydratotal_items),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PhoneBatchResultJsonld({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        hydramember = []
        for hydramember_item_data in self.hydramember:
            hydramember_item = hydramember_item_data.to_dict()
            hydramember.append(hydramember_item)

        hydratotal_items: int | None
        hydratotal_items = self.hydratotal_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hydra:member": hydramember,
                "hydra:totalItems": hydratotal_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_hydramember = _pop("hydra:member")
        hydramember = [
            PhoneBatchItemJsonld.from_dict(_item) for _item in _raw_hydramember
        ]

        phone_batch_result_jsonld = cls(
            hydramember,
            _pop("hydra:totalItems", None),
        )

        phone_batch_result_jsonld.additional_properties = _src
        return phone_batch_result_jsonld

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

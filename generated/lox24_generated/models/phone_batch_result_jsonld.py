from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.phone_batch_item_jsonld import PhoneBatchItemJsonld


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
        from ..models.phone_batch_item_jsonld import PhoneBatchItemJsonld  # noqa: PLC0415

        _src = dict(src_dict)
        hydramember = []
        _hydramember = _src.pop("hydra:member")
        for hydramember_item_data in _hydramember:
            hydramember_item = PhoneBatchItemJsonld.from_dict(hydramember_item_data)

            hydramember.append(hydramember_item)

        def _parse_hydratotal_items(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        hydratotal_items = _parse_hydratotal_items(_src.pop("hydra:totalItems", None))

        phone_batch_result_jsonld = cls(
            hydramember=hydramember,
            hydratotal_items=hydratotal_items,
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

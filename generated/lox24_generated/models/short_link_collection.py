from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.hydra_search import HydraSearch
    from ..models.hydra_view import HydraView
    from ..models.short_link import ShortLink

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, HydraSearch, HydraView, ShortLink
    from ..models.hydra_search import HydraSearch  # noqa: PLC0415
    from ..models.hydra_view import HydraView  # noqa: PLC0415
    from ..models.short_link import ShortLink  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="ShortLinkCollection")


def _parse_hydrasearch(data: object) -> HydraSearch | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return HydraSearch.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(HydraSearch | None, data)


def _parse_hydraview(data: object) -> HydraView | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return HydraView.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(HydraView | None, data)


@_attrs_define
class ShortLinkCollection:
    """One page of short links (JSON-LD)."""

    hydramember: list[ShortLink]
    hydrasearch: HydraSearch | None
    hydratotal_items: int | None
    hydraview: HydraView | None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("hydramember", self.hydramember),
            ("hydrasearch", self.hydrasearch),
            ("hydratotal_items", self.hydratotal_items),
            ("hydraview", self.hydraview),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ShortLinkCollection({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        hydramember = []
        for hydramember_item_data in self.hydramember:
            hydramember_item = hydramember_item_data.to_dict()
            hydramember.append(hydramember_item)

        hydrasearch: dict[str, Any] | None
        if isinstance(self.hydrasearch, HydraSearch):
            hydrasearch = self.hydrasearch.to_dict()
        else:
            hydrasearch = self.hydrasearch

        hydratotal_items: int | None
        hydratotal_items = self.hydratotal_items

        hydraview: dict[str, Any] | None
        if isinstance(self.hydraview, HydraView):
            hydraview = self.hydraview.to_dict()
        else:
            hydraview = self.hydraview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hydra:member": hydramember,
                "hydra:search": hydrasearch,
                "hydra:totalItems": hydratotal_items,
                "hydra:view": hydraview,
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
        hydramember = [ShortLink.from_dict(_item) for _item in _raw_hydramember]

        _raw_hydrasearch = _pop("hydra:search", None)
        hydrasearch = (
            None if _raw_hydrasearch is None else _parse_hydrasearch(_raw_hydrasearch)
        )

        _raw_hydraview = _pop("hydra:view", None)
        hydraview = None if _raw_hydraview is None else _parse_hydraview(_raw_hydraview)

        short_link_collection = cls(
            hydramember,
            hydrasearch,
            _pop("hydra:totalItems", None),
            hydraview,
        )

        short_link_collection.additional_properties = _src
        return short_link_collection

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

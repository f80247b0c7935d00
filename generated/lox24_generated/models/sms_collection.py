from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hydra_search import HydraSearch
    from ..models.hydra_view import HydraView
    from ..models.sms import Sms


T = TypeVar("T", bound="SmsCollection")


@_attrs_define
class SmsCollection:
    """One page of SMS (JSON-LD)."""

    hydramember: list[Sms]
    hydrasearch: HydraSearch | Unset = UNSET
    """ A template describing the collection's filter parameters. """
    hydratotal_items: int | Unset = UNSET
    hydraview: HydraView | Unset = UNSET
    """ Where this page sits in the collection, with links to its neighbours. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hydramember = []
        for hydramember_item_data in self.hydramember:
            hydramember_item = hydramember_item_data.to_dict()
            hydramember.append(hydramember_item)

        hydrasearch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hydrasearch, Unset):
            hydrasearch = self.hydrasearch.to_dict()

        hydratotal_items = self.hydratotal_items

        hydraview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hydraview, Unset):
            hydraview = self.hydraview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hydra:member": hydramember,
            }
        )
        if hydrasearch is not UNSET:
            field_dict["hydra:search"] = hydrasearch
        if hydratotal_items is not UNSET:
            field_dict["hydra:totalItems"] = hydratotal_items
        if hydraview is not UNSET:
            field_dict["hydra:view"] = hydraview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hydra_search import HydraSearch  # noqa: PLC0415
        from ..models.hydra_view import HydraView  # noqa: PLC0415
        from ..models.sms import Sms  # noqa: PLC0415

        _src = dict(src_dict)
        hydramember = []
        _hydramember = _src.pop("hydra:member")
        for hydramember_item_data in _hydramember:
            hydramember_item = Sms.from_dict(hydramember_item_data)

            hydramember.append(hydramember_item)

        _hydrasearch = _src.pop("hydra:search", UNSET)
        hydrasearch: HydraSearch | Unset
        if isinstance(_hydrasearch, Unset):
            hydrasearch = UNSET
        else:
            hydrasearch = HydraSearch.from_dict(_hydrasearch)

        hydratotal_items = _src.pop("hydra:totalItems", UNSET)

        _hydraview = _src.pop("hydra:view", UNSET)
        hydraview: HydraView | Unset
        if isinstance(_hydraview, Unset):
            hydraview = UNSET
        else:
            hydraview = HydraView.from_dict(_hydraview)

        sms_collection = cls(
            hydramember=hydramember,
            hydrasearch=hydrasearch,
            hydratotal_items=hydratotal_items,
            hydraview=hydraview,
        )

        sms_collection.additional_properties = _src
        return sms_collection

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

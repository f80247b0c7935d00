from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SubscribeCampaignWrite")


@_attrs_define
class SubscribeCampaignWrite:
    """A new subscription or unsubscription campaign."""

    group_id: int | None
    """ The group that subscribers join (or, for an unsubscription campaign, the group concerned). """
    name: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("group_id", self.group_id),
            ("name", self.name),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SubscribeCampaignWrite({shown})"

    def to_dict(self) -> dict[str, Any]:
        group_id: int | None
        group_id = self.group_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        subscribe_campaign_write = cls(
            _pop("group_id", None),
            _pop("name"),
        )

        subscribe_campaign_write.additional_properties = _src
        return subscribe_campaign_write

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

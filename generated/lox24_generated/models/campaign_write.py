from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_type import CampaignType
from ..types import UNSET, EnumTable, Unset

T = TypeVar("T", bound="CampaignWrite")


_CampaignType_MEMBERS = EnumTable(CampaignType)


@_attrs_define
class CampaignWrite:
    """The fields of a short-link campaign that can be set."""

    name: str
    type_: CampaignType
    """ How a campaign hands out links.

    - `1`: Simple: one short link shared by every message, free of charge, clicks counted for the campaign as a
    whole.
    - `2`: Advanced: a short link of its own for every message (charged per link), so that clicks are counted per
    recipient.
     """
    url: str
    """ Where the short links lead. """
    group_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("name", self.name),
            ("type_", self.type_),
            ("url", self.url),
            ("group_id", self.group_id),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CampaignWrite({shown})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        url = self.url

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "url": url,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        campaign_write = cls(
            _pop("name"),
            _CampaignType_MEMBERS[_pop("type")],
            _pop("url"),
            _pop("group_id", UNSET),
        )

        campaign_write.additional_properties = _src
        return campaign_write

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

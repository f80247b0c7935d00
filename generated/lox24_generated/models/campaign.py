from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_type import CampaignType
from ..types import UNSET, EnumTable

T = TypeVar("T", bound="Campaign")


_CampaignType_MEMBERS = EnumTable(CampaignType)


@_attrs_define
class Campaign:
    """A short-link campaign. Subscription and unsubscription campaigns are read with the same
    fields.

    """

    created_at: int
    group_id: int | None
    """ The group of a subscription or unsubscription campaign. """
    id: None | str
    """ The campaign's code, used in `[slink <code>]` and in the campaign's paths. """
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("created_at", self.created_at),
            ("group_id", self.group_id),
            ("id", self.id),
            ("name", self.name),
            ("type_", self.type_),
            ("url", self.url),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Campaign({shown})"

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        group_id: int | None
        group_id = self.group_id

        id: None | str
        id = self.id

        name = self.name

        type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "group_id": group_id,
                "id": id,
                "name": name,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        _pop = _src.pop
        campaign = cls(
            _pop("created_at"),
            _pop("group_id", None),
            _pop("id", None),
            _pop("name"),
            _CampaignType_MEMBERS[_pop("type")],
            _pop("url"),
        )

        campaign.additional_properties = _src
        return campaign

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

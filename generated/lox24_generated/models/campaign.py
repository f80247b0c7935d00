from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_type import CampaignType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A short-link campaign. Subscription and unsubscription campaigns are read with the same
    fields.

    """

    created_at: int | Unset = UNSET
    group_id: int | None | Unset = UNSET
    """ The group of a subscription or unsubscription campaign. """
    id: None | str | Unset = UNSET
    """ The campaign's code, used in `[slink <code>]` and in the campaign's paths. """
    name: str | Unset = UNSET
    type_: CampaignType | Unset = UNSET
    """ How a campaign hands out links: 1 simple, one short link shared by every message, free of
    charge, with clicks counted for the campaign as a whole; 2 advanced, a short link of its own
    for every message (charged per link), so that clicks are counted per recipient.
     """
    url: str | Unset = UNSET
    """ Where the short links lead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src = dict(src_dict)
        created_at = _src.pop("created_at", UNSET)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(_src.pop("group_id", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_src.pop("id", UNSET))

        name = _src.pop("name", UNSET)

        _type_ = _src.pop("type", UNSET)
        type_: CampaignType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CampaignType(_type_)

        url = _src.pop("url", UNSET)

        campaign = cls(
            created_at=created_at,
            group_id=group_id,
            id=id,
            name=name,
            type_=type_,
            url=url,
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

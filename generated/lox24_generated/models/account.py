from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_groups import AccountGroups


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """The authenticated customer account."""

    balance_amount: float | Unset = UNSET
    """ Prepaid balance (or remaining credit line), without VAT. """
    balance_changed_at: int | Unset = UNSET
    """ When the balance last changed. """
    currency: Currency | Unset = UNSET
    """ The account currency. """
    groups: AccountGroups | Unset = UNSET
    """ Every group of the account, as a map from group id to the group's IRI. """
    id: int | Unset = UNSET
    """ The customer number. """
    is_text_deleted: bool | Unset = UNSET
    """ Whether message texts are deleted after delivery by default. """
    services: list[str] | Unset = UNSET
    """ The service codes this account may use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_amount = self.balance_amount

        balance_changed_at = self.balance_changed_at

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        id = self.id

        is_text_deleted = self.is_text_deleted

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance_amount is not UNSET:
            field_dict["balance_amount"] = balance_amount
        if balance_changed_at is not UNSET:
            field_dict["balance_changed_at"] = balance_changed_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if groups is not UNSET:
            field_dict["groups"] = groups
        if id is not UNSET:
            field_dict["id"] = id
        if is_text_deleted is not UNSET:
            field_dict["is_text_deleted"] = is_text_deleted
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_groups import AccountGroups  # noqa: PLC0415

        _src = dict(src_dict)
        balance_amount = _src.pop("balance_amount", UNSET)

        balance_changed_at = _src.pop("balance_changed_at", UNSET)

        _currency = _src.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency(_currency)

        _groups = _src.pop("groups", UNSET)
        groups: AccountGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = AccountGroups.from_dict(_groups)

        id = _src.pop("id", UNSET)

        is_text_deleted = _src.pop("is_text_deleted", UNSET)

        services = cast(list[str], _src.pop("services", UNSET))

        account = cls(
            balance_amount=balance_amount,
            balance_changed_at=balance_changed_at,
            currency=currency,
            groups=groups,
            id=id,
            is_text_deleted=is_text_deleted,
            services=services,
        )

        account.additional_properties = _src
        return account

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

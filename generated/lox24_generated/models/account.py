from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, EnumTable

if TYPE_CHECKING:
    from ..models.account_groups import AccountGroups

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, AccountGroups
    from ..models.account_groups import AccountGroups  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="Account")


_Currency_MEMBERS = EnumTable(Currency)


@_attrs_define
class Account:
    """The authenticated customer account."""

    balance_amount: float
    """ Prepaid balance (or remaining credit line), without VAT. """
    balance_changed_at: int
    """ When the balance last changed. """
    currency: Currency
    """ The account currency.

    - `EUR`: Euro.
    - `CHF`: Swiss franc.
     """
    groups: AccountGroups
    """ Every group of the account, as a map from group id to the group's IRI. """
    id: int
    """ The customer number. """
    is_text_deleted: bool
    """ Whether message texts are deleted after delivery by default. """
    services: list[str]
    """ The service codes this account may use. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("balance_amount", self.balance_amount),
            ("balance_changed_at", self.balance_changed_at),
            ("currency", self.currency),
            ("groups", self.groups),
            ("id", self.id),
            ("is_text_deleted", self.is_text_deleted),
            ("services", self.services),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Account({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        balance_amount = self.balance_amount

        balance_changed_at = self.balance_changed_at

        currency = self.currency.value

        groups = self.groups.to_dict()

        id = self.id

        is_text_deleted = self.is_text_deleted

        services = self.services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_amount": balance_amount,
                "balance_changed_at": balance_changed_at,
                "currency": currency,
                "groups": groups,
                "id": id,
                "is_text_deleted": is_text_deleted,
                "services": services,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_groups = _pop("groups")
        groups = AccountGroups.from_dict(_raw_groups)

        account = cls(
            _pop("balance_amount"),
            _pop("balance_changed_at"),
            _Currency_MEMBERS[_pop("currency")],
            groups,
            _pop("id"),
            _pop("is_text_deleted"),
            _pop("services"),
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

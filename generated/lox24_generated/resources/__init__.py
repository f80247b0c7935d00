"""The resource namespaces of ``lox24.Client`` and ``lox24.AsyncClient``.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lox24._runtime import AsyncRuntime, SyncRuntime

    from .account import AccountResource, AsyncAccountResource
    from .blocked_numbers import AsyncBlockedNumbersResource, BlockedNumbersResource
    from .bulks import AsyncBulksResource, BulksResource
    from .campaigns import AsyncCampaignsResource, CampaignsResource
    from .fraud_checks import AsyncFraudChecksResource, FraudChecksResource
    from .groups import AsyncGroupsResource, GroupsResource
    from .incomings import AsyncIncomingsResource, IncomingsResource
    from .phones import AsyncPhonesResource, PhonesResource
    from .short_links import AsyncShortLinksResource, ShortLinksResource
    from .sms import AsyncSmsResource, SmsResource


class SyncNamespaces:
    """One attribute per resource; each is created on first use."""

    _runtime: SyncRuntime

    @cached_property
    def account(self) -> AccountResource:
        """The authenticated customer account."""
        from .account import AccountResource  # noqa: PLC0415 - imported on first use

        return AccountResource(self._runtime)

    @cached_property
    def blocked_numbers(self) -> BlockedNumbersResource:
        """Numbers that never receive messages from the account, blocked by hand or by unsubscription."""
        from .blocked_numbers import BlockedNumbersResource  # noqa: PLC0415 - imported on first use

        return BlockedNumbersResource(self._runtime)

    @cached_property
    def bulks(self) -> BulksResource:
        """Mass sendings of one text to many recipients or groups."""
        from .bulks import BulksResource  # noqa: PLC0415 - imported on first use

        return BulksResource(self._runtime)

    @cached_property
    def campaigns(self) -> CampaignsResource:
        """Short-link campaigns, including subscription and unsubscription forms."""
        from .campaigns import CampaignsResource  # noqa: PLC0415 - imported on first use

        return CampaignsResource(self._runtime)

    @cached_property
    def fraud_checks(self) -> FraudChecksResource:
        """Risk checks of phone numbers, e-mail addresses, IP addresses and postal addresses."""
        from .fraud_checks import FraudChecksResource  # noqa: PLC0415 - imported on first use

        return FraudChecksResource(self._runtime)

    @cached_property
    def groups(self) -> GroupsResource:
        """Contact groups (mailing lists) with up to five custom columns."""
        from .groups import GroupsResource  # noqa: PLC0415 - imported on first use

        return GroupsResource(self._runtime)

    @cached_property
    def incomings(self) -> IncomingsResource:
        """Received SMS, sent to the account's inbound number or as replies."""
        from .incomings import IncomingsResource  # noqa: PLC0415 - imported on first use

        return IncomingsResource(self._runtime)

    @cached_property
    def phones(self) -> PhonesResource:
        """The phone entries that make up a group."""
        from .phones import PhonesResource  # noqa: PLC0415 - imported on first use

        return PhonesResource(self._runtime)

    @cached_property
    def short_links(self) -> ShortLinksResource:
        """The individual short links that campaigns hand out."""
        from .short_links import ShortLinksResource  # noqa: PLC0415 - imported on first use

        return ShortLinksResource(self._runtime)

    @cached_property
    def sms(self) -> SmsResource:
        """Single SMS and voice messages, their delivery reports, click counts and batch cancel or delete."""
        from .sms import SmsResource  # noqa: PLC0415 - imported on first use

        return SmsResource(self._runtime)


class AsyncNamespaces:
    """One attribute per resource; each is created on first use."""

    _runtime: AsyncRuntime

    @cached_property
    def account(self) -> AsyncAccountResource:
        """The authenticated customer account."""
        from .account import AsyncAccountResource  # noqa: PLC0415 - imported on first use

        return AsyncAccountResource(self._runtime)

    @cached_property
    def blocked_numbers(self) -> AsyncBlockedNumbersResource:
        """Numbers that never receive messages from the account, blocked by hand or by unsubscription."""
        from .blocked_numbers import AsyncBlockedNumbersResource  # noqa: PLC0415 - imported on first use

        return AsyncBlockedNumbersResource(self._runtime)

    @cached_property
    def bulks(self) -> AsyncBulksResource:
        """Mass sendings of one text to many recipients or groups."""
        from .bulks import AsyncBulksResource  # noqa: PLC0415 - imported on first use

        return AsyncBulksResource(self._runtime)

    @cached_property
    def campaigns(self) -> AsyncCampaignsResource:
        """Short-link campaigns, including subscription and unsubscription forms."""
        from .campaigns import AsyncCampaignsResource  # noqa: PLC0415 - imported on first use

        return AsyncCampaignsResource(self._runtime)

    @cached_property
    def fraud_checks(self) -> AsyncFraudChecksResource:
        """Risk checks of phone numbers, e-mail addresses, IP addresses and postal addresses."""
        from .fraud_checks import AsyncFraudChecksResource  # noqa: PLC0415 - imported on first use

        return AsyncFraudChecksResource(self._runtime)

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        """Contact groups (mailing lists) with up to five custom columns."""
        from .groups import AsyncGroupsResource  # noqa: PLC0415 - imported on first use

        return AsyncGroupsResource(self._runtime)

    @cached_property
    def incomings(self) -> AsyncIncomingsResource:
        """Received SMS, sent to the account's inbound number or as replies."""
        from .incomings import AsyncIncomingsResource  # noqa: PLC0415 - imported on first use

        return AsyncIncomingsResource(self._runtime)

    @cached_property
    def phones(self) -> AsyncPhonesResource:
        """The phone entries that make up a group."""
        from .phones import AsyncPhonesResource  # noqa: PLC0415 - imported on first use

        return AsyncPhonesResource(self._runtime)

    @cached_property
    def short_links(self) -> AsyncShortLinksResource:
        """The individual short links that campaigns hand out."""
        from .short_links import AsyncShortLinksResource  # noqa: PLC0415 - imported on first use

        return AsyncShortLinksResource(self._runtime)

    @cached_property
    def sms(self) -> AsyncSmsResource:
        """Single SMS and voice messages, their delivery reports, click counts and batch cancel or delete."""
        from .sms import AsyncSmsResource  # noqa: PLC0415 - imported on first use

        return AsyncSmsResource(self._runtime)


__all__ = ["AsyncNamespaces", "SyncNamespaces"]

"""The sandbox's in-memory data: the account's balance, groups, phones, bulks and the rest."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._events import EventLog, EventSubscriber
from ._fraud import FraudState
from ._linking import LinkState
from ._listings import Listings
from ._messaging import MessagingState

if TYPE_CHECKING:
    from ._bulk_plan import BulkPlan

#: The balance a sandbox account starts with unless told otherwise, in its currency.
START_BALANCE = 100.0
#: The id of the API key every sandbox bulk and SMS is created with.
KEY_ID = 8207

#: Fields of a group a client can set, besides the phones created with it.
GROUP_FIELDS = ("name", "description", "name_a", "name_b", "name_c", "name_d", "name_e")
#: Fields of a phone a client can set.
PHONE_FIELDS = ("phone", "a", "b", "c", "d", "e", "callback_data")
#: The names of the five custom columns, as group fields and as phone fields.
COLUMNS = (("name_a", "a"), ("name_b", "b"), ("name_c", "c"), ("name_d", "d"), ("name_e", "e"))


@dataclass(slots=True)
class Group:
    """A contact group; ``phone_ids`` keeps its phones in creation order."""

    id: int
    fields: dict[str, Any]
    phone_ids: dict[int, None] = field(default_factory=dict)


@dataclass(slots=True)
class Phone:
    """One phone entry of a group; ``fields`` holds the client-settable fields."""

    id: int
    group_id: int
    fields: dict[str, Any]


@dataclass(slots=True)
class Bulk:
    """A bulk sending as created; its state is computed from the clock (see ``_lifecycle``).

    ``plan`` holds what each recipient's SMS will be (none for a dry run); ``released`` counts
    the SMS created so far (see ``_bulk_fanout``).
    """

    uuid: str
    created_at: int
    fields: dict[str, Any]
    recipients: int
    is_dryrun: bool
    cancelled_at: float | None = None
    cancelled_count: int = 0
    plan: BulkPlan | None = None
    released: int = 0
    seq: int = 0


#: An entry of the due queue: ``(at, rank, number, step, target)``, ordered by the first four.
DueEntry = tuple[float, int, int, int, Any]


@dataclass(slots=True)
class WorkCounts:
    """How much work requests did, for tests that hold the cost of a request to what it needs.

    Attributes:
        rows_rendered: SMS rows built for an answer or to test a filter.
        due_handled: Entries taken from the due queue (delivery steps, bulk releases).
        fraud_due_handled: Entries taken from the fraud checks' due heap (checks that ended).
        events_read: Events of the log handed to webhook delivery.
        click_rows_rendered: Click rows built for an answer or to test a filter.
        fraud_rows_rendered: Fraud-check rows built for an answer or to test a filter.
        listed_rows_built: Rows built for an answer or to test a filter, by collection of
            ``_listings.LAYOUTS``.

    """

    rows_rendered: int = 0
    due_handled: int = 0
    fraud_due_handled: int = 0
    events_read: int = 0
    click_rows_rendered: int = 0
    fraud_rows_rendered: int = 0
    listed_rows_built: dict[str, int] = field(default_factory=dict)


class Store:
    """Every resource of the sandbox account, kept in insertion (= creation) order.

    Args:
        customer_id: The customer number of the account (the token's part before ``:``).
        opened_at: The sandbox time the account's balance was last set.
        balance: The balance the account starts with.
        subscribers: Called with every new webhook event, in order (see ``EventLog``).

    Attributes:
        due: A heap of what happens at a known sandbox time (delivery-report changes, bulk
            messages being created): catching up with the clock takes only what is due.
        work: Work counters (see :class:`WorkCounts`).
        listings: Every listed collection in its listing's order (see ``_listings``).

    """

    def __init__(
        self,
        customer_id: int,
        opened_at: int,
        *,
        balance: float = START_BALANCE,
        subscribers: list[EventSubscriber] | None = None,
    ) -> None:
        self.customer_id = customer_id
        self.opened_at = opened_at
        self.groups: dict[int, Group] = {}
        self.phones: dict[int, Phone] = {}
        self.bulks: dict[str, Bulk] = {}
        self.balance = float(balance)
        self.balance_changed_at = opened_at
        self.events = EventLog(subscribers=subscribers if subscribers is not None else [])
        self.due: list[DueEntry] = []
        self.work = WorkCounts()
        self.listings = Listings(self.work.listed_rows_built)
        self.messaging = MessagingState(listings=self.listings)
        self.links = LinkState(listings=self.listings)
        self.fraud = FraudState()
        self.bulk_numbers = itertools.count(1)
        self._group_ids = itertools.count(1)
        self._phone_ids = itertools.count(1)

    def debit(self, amount: float, now: float) -> bool:
        """Take ``amount`` from the balance; False (and nothing taken) if it does not cover it."""
        if amount > self.balance + 1e-9:
            return False
        if amount:
            self.balance = round(self.balance - amount, 6)
            self.balance_changed_at = int(now)
        return True

    def credit(self, amount: float, now: float) -> None:
        """Give ``amount`` back to the balance (a refund)."""
        if amount:
            self.balance = round(self.balance + amount, 6)
            self.balance_changed_at = int(now)

    def set_balance(self, amount: float, now: float) -> None:
        """Set the balance to ``amount`` as of sandbox time ``now``."""
        self.balance = round(float(amount), 6)
        self.balance_changed_at = int(now)

    def add_group(self, fields: Mapping[str, Any]) -> Group:
        """Create a group with the given settable fields (missing ones are null)."""
        group = Group(next(self._group_ids), {f: fields.get(f) for f in GROUP_FIELDS})
        self.groups[group.id] = group
        self.listings["groups"].add(group)
        return group

    def add_phone(self, group: Group, fields: Mapping[str, Any]) -> Phone:
        """Create a phone in ``group`` (``fields["phone"]`` must already be normalised)."""
        phone = Phone(next(self._phone_ids), group.id, {f: fields.get(f) for f in PHONE_FIELDS})
        self.phones[phone.id] = phone
        group.phone_ids[phone.id] = None
        self.listings["phones"].add(phone)
        self.listings["groups"].refresh(group)  # its count of phones
        return phone

    def delete_group(self, group: Group) -> None:
        """Remove a group and every phone in it."""
        self.listings["phones"].remove_many(self.phones.pop(i) for i in group.phone_ids)
        del self.groups[group.id]
        self.listings["groups"].remove(group)

    def delete_phone(self, phone: Phone) -> None:
        """Remove one phone from its group."""
        group = self.groups[phone.group_id]
        del group.phone_ids[phone.id]
        del self.phones[phone.id]
        self.listings["phones"].remove(phone)
        self.listings["groups"].refresh(group)  # its count of phones

    def add_bulk(self, bulk: Bulk) -> None:
        """Keep a new bulk."""
        self.bulks[bulk.uuid] = bulk
        self.listings["bulks"].add(bulk)

    def remove_bulk(self, bulk: Bulk) -> None:
        """Forget a bulk."""
        del self.bulks[bulk.uuid]
        self.listings["bulks"].remove(bulk)

    def group_phones(self, group: Group) -> list[Phone]:
        """Return the phones of ``group``, oldest first."""
        return [self.phones[i] for i in group.phone_ids]

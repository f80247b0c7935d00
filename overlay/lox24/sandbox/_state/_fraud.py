"""State of fraud checks and how they progress, computed lazily from the sandbox clock.

No background task runs: a check's state is derived from its creation time and service.

* Status 0 (new) when created, 5 (processing) :data:`PROCESSING_AFTER` second later;
* at ``created_at + DONE_AFTER[service_code]`` (``direct`` 2 s, ``pro`` 3 s, ``economy`` 5 s)
  it ends with 10 (done, with its results and ``risk_score``) or, when no value given could be
  checked, 21 (invalid data). Each checked part carries its own status the same way.
* 20 (unpaid) never happens: the sandbox charges when the check is created and refuses it (402)
  when the balance does not cover it.

The ``fraud-check.done`` event of a check that ended is emitted by
:func:`announce_fraud_checks`, which catches up with the clock; it runs whenever a fraud check
is served, and whoever shows the event log should run it first. Checks wait for their end in a
heap ordered by it (``FraudState.due``), so catching up touches only the checks that ended.
"""

from __future__ import annotations

import heapq
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._fraud_results import Finding, check_address, check_email, check_ip, check_phone
from ._indexed import Key, SelectionCache, SortedKeys

if TYPE_CHECKING:
    from ._store import Store

#: What a check costs by service, without VAT.
PRICES: Mapping[str, float] = {"economy": 0.01, "pro": 0.03, "direct": 0.05}
#: Seconds from creation to processing.
PROCESSING_AFTER = 1
#: Seconds from creation to the end, by service (``direct`` is processed first).
DONE_AFTER: Mapping[str, int] = {"direct": 2, "pro": 3, "economy": 5}
NEW, PROCESSING, DONE, INVALID_DATA = 0, 5, 10, 21
DONE_EVENT = "fraud-check.done"
#: The values a check can look at, by the name of their request field.
PARTS = ("phone", "email", "ip", "address")
_SEQUENCE_SPAN = 1 << 12
_ADDRESS_FIELDS = ("iso2", "city", "postcode", "street_name", "street_number")
#: The collection filters on a part's value, by part.
FILTER_KEYS: Mapping[str, str] = {
    "phone": "request_phone.phone",
    "email": "request_email.email",
    "ip": "request_ip.ip",
}


@dataclass(slots=True)
class FraudCheck:
    """A fraud check as requested; ``inputs`` holds the given values of :data:`PARTS`."""

    id: str
    service_code: str
    created_at: int
    price: float
    callback_data: str | None
    inputs: dict[str, Any]
    announced: bool = False
    seq: int = 0

    @property
    def key(self) -> Key:
        """Its key in the listing's order: its id (as a number), then its creation number."""
        return (uuid.UUID(self.id).int, self.seq, self.id)

    @property
    def done_at(self) -> int:
        """When the check ends."""
        return self.created_at + DONE_AFTER[self.service_code]


@dataclass(slots=True)
class FraudState:
    """The account's fraud checks, oldest first; ``created`` counts the checks ever made.

    ``due`` is a heap of ``(done_at, creation number, id)`` of the checks not announced yet, so
    that announcing takes only the checks that ended (a deleted check's entry is skipped).
    ``order`` holds every check's key in id order (the listing's default order), so that a page
    of the list builds only its rows; ``selections`` remembers what filters selected until a
    check is added or deleted (its users tell instants apart: a check's status changes with
    the clock).
    """

    checks: dict[str, FraudCheck] = field(default_factory=dict)
    created: int = 0
    due: list[tuple[int, int, str]] = field(default_factory=list)
    order: SortedKeys = field(default_factory=SortedKeys)
    selections: SelectionCache = field(default_factory=SelectionCache)
    _added: int = 0

    def add(self, check: FraudCheck) -> None:
        """Keep a new check and wait for its end."""
        self._added += 1
        check.seq = self._added
        self.checks[check.id] = check
        self.order.add(check.key)
        self.selections.changed()
        heapq.heappush(self.due, (check.done_at, self._added, check.id))

    def remove(self, check: FraudCheck) -> None:
        """Forget a check (it announces nothing any more)."""
        del self.checks[check.id]
        self.order.remove(check.key)
        self.selections.changed()

    def new_id(self, now: float) -> str:
        """A fresh check id that sorts after every earlier one (a UUIDv7 from the sandbox clock).

        The default order of the list is by id, which so is creation order.
        """
        self.created += 1
        sequence = self.created % _SEQUENCE_SPAN
        value = int(now * 1000) << 80 | 0x7 << 76 | sequence << 64 | 0b10 << 62
        return str(uuid.UUID(int=value | secrets.randbits(62)))


def fraud_status(check: FraudCheck, now: float) -> int:
    """The status of ``check`` at sandbox time ``now``."""
    if now >= check.done_at:
        return DONE if any(f.usable for f in findings(check).values()) else INVALID_DATA
    return PROCESSING if now >= check.created_at + PROCESSING_AFTER else NEW


def findings(check: FraudCheck) -> dict[str, Finding]:
    """What the check finds about each value given, by part."""
    given = {part: check.inputs[part] for part in PARTS if check.inputs.get(part) is not None}
    checks = {"phone": check_phone, "email": check_email, "ip": check_ip}
    return {
        part: check_address(value) if part == "address" else checks[part](value)
        for part, value in given.items()
    }


def fraud_fields(check: FraudCheck, now: float) -> dict[str, Any]:
    """The check as the API answers it at sandbox time ``now`` (the ``FraudCheck`` schema)."""
    status = fraud_status(check, now)
    updated_at = _updated_at(check, now)
    found = findings(check) if status in (DONE, INVALID_DATA) else {}
    head: dict[str, Any] = {"id": check.id, "service_code": check.service_code}
    head["status_code"] = status
    if status == DONE:
        head["risk_score"] = max(f.risk for f in found.values() if f.usable)
    parts = {f"request_{part}": _part(check, part, found, status, updated_at) for part in PARTS}
    return {
        **head,
        "price": check.price,
        "callback_data": check.callback_data,
        **parts,
        "created_at": check.created_at,
        "updated_at": updated_at,
    }


def fraud_row(check: FraudCheck, now: float) -> dict[str, Any]:
    """:func:`fraud_fields` plus the flat keys the collection filters look at."""
    extra = {key: check.inputs.get(part) for part, key in FILTER_KEYS.items()}
    return {**fraud_fields(check, now), **extra}


def announce_fraud_checks(store: Store, now: float) -> int:
    """Emit ``fraud-check.done`` for every check that ended by ``now`` and was not announced.

    Events are emitted in the order the checks ended, each dated when its check ended, with the
    check as the API answered it then. Returns how many were emitted.
    """
    fraud, emitted = store.fraud, 0
    due = fraud.due
    while due and due[0][0] <= now:
        _, _, check_id = heapq.heappop(due)
        store.work.fraud_due_handled += 1
        check = fraud.checks.get(check_id)
        if check is None or check.announced:
            continue
        store.events.emit(DONE_EVENT, fraud_fields(check, check.done_at), check.done_at)
        check.announced = True
        emitted += 1
    return emitted


def _updated_at(check: FraudCheck, now: float) -> int:
    if now >= check.done_at:
        return check.done_at
    if now >= check.created_at + PROCESSING_AFTER:
        return check.created_at + PROCESSING_AFTER
    return check.created_at


def _part(
    check: FraudCheck, part: str, found: Mapping[str, Finding], status: int, updated_at: int
) -> dict[str, Any] | None:
    value = check.inputs.get(part)
    if value is None:
        return None
    if part == "address":
        head = {name: value.get(name) for name in _ADDRESS_FIELDS}
    else:
        head = {part: value}
    finding = found.get(part)
    if finding is not None:
        status = DONE if finding.usable else INVALID_DATA
        head.update(status_code=status, **finding.details(check.service_code))
    else:
        head["status_code"] = status
    return {**head, "created_at": check.created_at, "updated_at": updated_at}

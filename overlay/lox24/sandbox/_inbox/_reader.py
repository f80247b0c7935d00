"""What each view of the inbox shows, read from one sandbox.

Every reader of the account takes the sandbox lock, catches up with the clock first (so that what is
due by now has happened, as for an API request), and returns plain data for the templates.
The SMS and incoming rows are the API's own (``_api_read``); the conversations come from the
:class:`~._threads.ThreadIndex`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lox24.sandbox._webhooks._registry import webhooks_of

from ._api_read import read_item, read_page
from ._labels import BULK_STATES, SMS_STATES, STATE_FILTERS, sms_state, state_word
from ._threads import ThreadIndex

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore

#: Conversations per page of the list, and messages per page of a conversation.
THREADS_PER_PAGE = 50
MESSAGES_PER_PAGE = 50
ATTEMPTS_PER_PAGE = 50
_END = sys.maxsize


@dataclass(frozen=True, slots=True)
class Search:
    """What the developer looks for: text in the number or the message, and exact filters."""

    number: str = ""
    text: str = ""
    bulk: str = ""
    state: str = ""
    callback_data: str = ""

    @property
    def active(self) -> bool:
        """Whether anything narrows the view."""
        return any((self.number, self.text, self.bulk, self.state, self.callback_data))

    def pairs(self) -> list[tuple[str, str]]:
        """The query of ``GET /sms`` that selects what it asks for."""
        pairs: list[tuple[str, str]] = []
        for name, value in (
            ("phone", self.number),
            ("text", self.text),
            ("bulk", self.bulk),
            ("callback_data", self.callback_data),
        ):
            if value:
                pairs.append((name, value))
        pairs += STATE_FILTERS.get(self.state, [])
        return pairs


@dataclass(slots=True)
class InboxReader:
    """Reads one sandbox for the inbox, keeping its conversations index between reads."""

    core: SandboxCore
    threads: ThreadIndex = field(default_factory=ThreadIndex)

    def _catch_up(self) -> None:
        core = self.core
        core.events_since(core.generation, _END)  # emits what the clock has reached
        self.threads.sync(core.store, core.generation, core.lock.pause)

    def thread_list(self, page: int) -> dict[str, Any]:
        """A page of conversations, the latest first, with each one's last message."""
        core = self.core
        with core.lock:
            self._catch_up()
            offset = (page - 1) * THREADS_PER_PAGE
            threads = []
            for thread in self.threads.newest(offset, THREADS_PER_PAGE):
                last = self._last_message(thread.sms, thread.incomings)
                threads.append(
                    {
                        "phone": thread.phone,
                        "count": len(thread.sms) + len(thread.incomings),
                        "last_at": thread.last_at,
                        "last": last,
                    }
                )
            total = len(self.threads)
        return {
            "threads": threads,
            "page": page,
            "last_page": _pages(total, THREADS_PER_PAGE),
            "total": total,
        }

    def _last_message(self, sms: list[str], incomings: list[str]) -> dict[str, Any] | None:
        candidates = [self._sms(sms[-1]) if sms else None]
        candidates.append(self._incoming(incomings[-1]) if incomings else None)
        found = [c for c in candidates if c is not None]
        return max(found, key=lambda m: m["at"]) if found else None

    def _sms(self, uuid: str) -> dict[str, Any] | None:
        row = read_item(self.core, f"/sms/{uuid}")
        if row is None:
            return None
        return {
            "kind": "sms",
            "at": row["created_at"],
            "state": sms_state(row, self.core.clock.now()),
            **row,
        }

    def _incoming(self, uuid: str) -> dict[str, Any] | None:
        row = read_item(self.core, f"/incomings/{uuid}")
        if row is None:
            return None
        return {"kind": "incoming", "at": row["received_at"], **row}

    def thread(self, phone: str, pages: int) -> dict[str, Any]:
        """The newest ``pages`` pages of one conversation, oldest first, as the handset shows it."""
        core = self.core
        with core.lock:
            self._catch_up()
            thread = self.threads.get(phone)
            if thread is None:
                return {"phone": phone, "messages": [], "more": False, "reply_to": None}
            shown = pages * MESSAGES_PER_PAGE
            rows = [self._sms(u) for u in thread.sms[-shown:]]
            rows += [self._incoming(u) for u in thread.incomings[-shown:]]
            messages = sorted((r for r in rows if r is not None), key=lambda m: m["at"])
            more = len(thread.sms) + len(thread.incomings) > shown
            sent = [m for m in messages if m["kind"] == "sms"]
        return {
            "phone": phone,
            "messages": messages[-shown:],
            "more": more,
            "reply_to": sent[-1]["uuid"] if sent else None,
        }

    def search(self, search: Search, page: int) -> dict[str, Any]:
        """A page of the SMS that match, the newest first (``GET /sms`` with those filters)."""
        core = self.core
        with core.lock:
            self._catch_up()
            pairs = [*search.pairs(), ("_order[created_at]", "desc"), ("page", str(page))]
            found = read_page(core, "/sms", pairs)
            now = core.clock.now()
            messages = [{"kind": "sms", "state": sms_state(r, now), **r} for r in found.items]
        return {
            "messages": messages,
            "page": found.number,
            "last_page": found.last,
            "total": found.total,
        }

    def bulks(self, page: int) -> dict[str, Any]:
        """A page of bulks, the newest first, with progress and cost."""
        core = self.core
        with core.lock:
            self._catch_up()
            found = read_page(core, "/bulks", [("_order[created_at]", "desc"), ("page", str(page))])
            bulks = [self._bulk_summary(b) for b in found.items]
        return {"bulks": bulks, "page": found.number, "last_page": found.last, "total": found.total}

    def _bulk_summary(self, row: dict[str, Any]) -> dict[str, Any]:
        bulk = self.core.store.bulks.get(row["uuid"])
        planned = bulk.recipients if bulk is not None else row["msg_total_count"]
        return {
            **row,
            "state": BULK_STATES.get(row["status_code"], str(row["status_code"])),
            "planned": planned,
            "progress": 100 if not planned else round(100 * row["msg_total_count"] / planned),
        }

    def bulk(self, uuid: str, page: int) -> dict[str, Any] | None:
        """One bulk: its progress, its SMS counted by state, and a page of its SMS."""
        core = self.core
        with core.lock:
            self._catch_up()
            row = read_item(core, f"/bulks/{uuid}")
            if row is None:
                return None
            counts = self._bulk_counts(uuid)
            pairs = [("bulk", uuid), ("_order[created_at]", "desc"), ("page", str(page))]
            found = read_page(core, "/sms", pairs)
            now = core.clock.now()
            messages = [{"kind": "sms", "state": sms_state(r, now), **r} for r in found.items]
            return {
                "bulk": self._bulk_summary(row),
                "counts": counts,
                "messages": messages,
                "page": found.number,
                "last_page": found.last,
            }

    def _bulk_counts(self, uuid: str) -> dict[str, int]:
        """The bulk's SMS by state (scheduled ones count as queued), in one pass over them."""
        now = self.core.clock.now()
        counts = dict.fromkeys(SMS_STATES, 0)
        kept = self.core.store.messaging.sms
        for member in self.threads.bulk_members(uuid):
            sms = kept.get(member)
            if sms is None:
                continue
            word = state_word(sms.status_code, sms.dlr_code, None, now)
            counts[word] += 1
        return counts

    def webhooks(self, page: int) -> dict[str, Any]:
        """The subscriptions, a page of delivery attempts (the newest first) and what waits."""
        core = self.core
        webhooks = webhooks_of(core)
        attempts = webhooks.attempts
        pending = webhooks.pending
        start = (page - 1) * ATTEMPTS_PER_PAGE
        shown = list(reversed(attempts))[start : start + ATTEMPTS_PER_PAGE]
        events = {a.event_id: core.event(a.event_id) for a in shown}
        return {
            "subscriptions": [s.as_json() for s in webhooks.subscriptions],
            "attempts": [{**a.as_json(), "event": events.get(a.event_id)} for a in shown],
            "pending": [p.as_json() for p in pending[:ATTEMPTS_PER_PAGE]],
            "pending_total": len(pending),
            "page": page,
            "last_page": _pages(len(attempts), ATTEMPTS_PER_PAGE),
            "total": len(attempts),
        }

    def clock(self) -> dict[str, Any]:
        """The sandbox time, whether it stands still, and when the next thing is due."""
        core = self.core
        with core.lock:
            self._catch_up()
            store = core.store
            # Both are heaps: the first entry is the earliest.
            next_sms = store.due[0][0] if store.due else None
            next_check = store.fraud.due[0][0] if store.fraud.due else None
        next_webhook = webhooks_of(core).next_due()
        candidates = [t for t in (next_sms, next_check, next_webhook) if t is not None]
        return {
            "now": core.clock.now(),
            "frozen": core.clock.frozen,
            "next_due": min(candidates) if candidates else None,
        }

    def faults(self) -> dict[str, Any]:
        """Every API route, each with the rule that makes it fail, if one does."""
        rules = {(r.path, tuple(sorted(r.methods))): r for r in self.core.faults.rules}
        routes = []
        for operation in sorted(self.core.index.operations, key=lambda o: (o.template, o.method)):
            pattern = _pattern(operation.template)
            rule = rules.get((pattern, (operation.method,)))
            routes.append(
                {
                    "method": operation.method,
                    "path": operation.template,
                    "pattern": pattern,
                    "operation": operation.operation_id,
                    "rule": rule.as_json() if rule is not None else None,
                }
            )
        return {
            "routes": routes,
            "other_rules": len(self.core.faults.rules)
            - sum(1 for r in routes if r["rule"] is not None),
        }


def _pattern(template: str) -> str:
    """The fault path pattern of a route: each ``{parameter}`` becomes ``*``."""
    parts = template.split("/")
    return "/".join("*" if p.startswith("{") else p for p in parts)


def _pages(total: int, size: int) -> int:
    return max(1, -(-total // size))

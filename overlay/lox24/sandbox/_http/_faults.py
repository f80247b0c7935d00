"""Fault rules: which API requests fail, how, and how often, deterministically under a seed.

A rule names a kind of fault (:class:`FaultKind`), the requests it may hit (a path pattern and
methods) and a rate. For each API request, every rule that matches draws from its own random
sequence, seeded from the injector's seed and the rule's id; the first rule whose draw falls
under its rate applies. So the same seed, the same rules and the same order of requests give
the same faults, whatever else happens. The sandbox's own ``/_sandbox`` paths and
``/openapi.json`` are never faulted. How each kind reaches the client is the business of
``_fault_middleware`` and the transports.
"""

from __future__ import annotations

import enum
import fnmatch
import random
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

#: The statuses a :attr:`FaultKind.STATUS` fault may answer with.
FAULT_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
#: How many injected faults :attr:`SandboxFaults.injected` keeps (the oldest are dropped).
INJECTED_LOG_SIZE = 10_000


class FaultKind(enum.StrEnum):
    """What goes wrong.

    Attributes:
        DROP_BEFORE: The request is never processed and the client gets no answer: in-process
            ``httpx.ConnectError``; over HTTP the connection is closed without an answer.
        DROP_AFTER: The request is processed (a write exists) and the connection is closed
            before the answer: in-process ``httpx.RemoteProtocolError``; the same over HTTP.
        STATUS: An answer with :attr:`FaultRule.status` (429, 500, 502, 503, 504, 520-524) and a
            JSON problem body; ``Retry-After`` when :attr:`FaultRule.retry_after` is set.
        HTML: A proxy's HTML error page (status 502 unless :attr:`FaultRule.status` says).
        DELAY: The answer comes :attr:`FaultRule.delay` seconds late; the request is processed.
            Over HTTP the server really waits. In-process nothing waits: when the delay is
            longer than the request's read timeout the transport raises ``httpx.ReadTimeout``,
            otherwise the answer arrives.
        CUT_BODY: The request is processed; the answer's status and headers arrive, its body
            stops halfway (reading it raises ``httpx.RemoteProtocolError``).
        BAD_ENCODING: The request is processed; the answer says ``Content-Encoding: gzip`` but
            its body is not gzip (reading it raises ``httpx.DecodingError``).

    """

    DROP_BEFORE = "drop_before"
    DROP_AFTER = "drop_after"
    STATUS = "status"
    HTML = "html"
    DELAY = "delay"
    CUT_BODY = "cut_body"
    BAD_ENCODING = "bad_encoding"


#: Whether each kind lets the API process the request, unless the rule says otherwise.
_PROCESSED_BY_DEFAULT = {
    FaultKind.DROP_BEFORE: False,
    FaultKind.DROP_AFTER: True,
    FaultKind.STATUS: False,
    FaultKind.HTML: False,
    FaultKind.DELAY: True,
    FaultKind.CUT_BODY: True,
    FaultKind.BAD_ENCODING: True,
}
#: The kinds whose ``processed`` is fixed by what they are.
_FIXED_PROCESSING = frozenset(
    {FaultKind.DROP_BEFORE, FaultKind.DROP_AFTER, FaultKind.DELAY, FaultKind.CUT_BODY}
    | {FaultKind.BAD_ENCODING}
)
_HTML_STATUS = 502


@dataclass(frozen=True, slots=True)
class FaultRule:
    """One fault and the requests it may hit.

    Attributes:
        id: The rule's number, unique in its sandbox.
        kind: What goes wrong.
        path: A pattern the request path must match: ``*`` matches anything, including ``/``
            (``/sms*``, ``/groups/*/phones/batch``, ``*``).
        methods: The methods it hits (upper case); empty means every method.
        rate: The share of matching requests it hits, from 0 to 1.
        times: How many times it may fire at most; ``None`` means no limit.
        processed: Whether the API processes the request before the fault (for ``STATUS`` and
            ``HTML``; fixed by the kind for the others).
        status: The status of ``STATUS`` and ``HTML`` answers.
        retry_after: The ``Retry-After`` seconds of a ``STATUS`` answer; ``None`` sends none.
        delay: The seconds a ``DELAY`` answer is late.

    """

    id: int
    kind: FaultKind
    path: str = "*"
    methods: frozenset[str] = frozenset()
    rate: float = 1.0
    times: int | None = None
    processed: bool = False
    status: int | None = None
    retry_after: int | None = None
    delay: float | None = None

    def matches(self, method: str, path: str) -> bool:
        """Whether the rule may hit a request with this method and path."""
        if self.methods and method.upper() not in self.methods:
            return False
        return fnmatch.fnmatchcase(path, self.path)

    def as_json(self) -> dict[str, Any]:
        """The rule as a JSON object (what ``/_sandbox/faults`` shows)."""
        return {**asdict(self), "kind": str(self.kind), "methods": sorted(self.methods)}


@dataclass(frozen=True, slots=True)
class InjectedFault:
    """A fault that hit a request.

    Attributes:
        rule_id: The rule that fired.
        kind: What went wrong.
        method: The request's method.
        path: The request's path.
        processed: Whether the API processed the request (a write may exist).

    """

    rule_id: int
    kind: FaultKind
    method: str
    path: str
    processed: bool

    def as_json(self) -> dict[str, Any]:
        """The record as a JSON object."""
        return {**asdict(self), "kind": str(self.kind)}


@dataclass(slots=True)
class _RuleState:
    rule: FaultRule
    draws: random.Random
    fired: int = 0


@dataclass(slots=True)
class _Rules:
    seed: int = 0
    next_id: int = 1
    states: list[_RuleState] = field(default_factory=list)


class SandboxFaults:
    """The fault rules of one sandbox (``sandbox.faults``); thread-safe.

    Example:
        >>> faults = SandboxFaults(seed=7)
        >>> rule = faults.add("status", path="/sms", method="POST", rate=0.2, status=503)
        >>> rule.kind, rule.status, rule.processed
        (<FaultKind.STATUS: 'status'>, 503, False)

    Args:
        seed: The seed every rule's random sequence starts from.

    """

    def __init__(self, *, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._rules = _Rules(seed=seed)
        self._injected: deque[InjectedFault] = deque(maxlen=INJECTED_LOG_SIZE)

    def add(
        self,
        kind: FaultKind | str,
        *,
        path: str = "*",
        method: str | Iterable[str] | None = None,
        rate: float = 1.0,
        times: int | None = None,
        processed: bool | None = None,
        status: int | None = None,
        retry_after: int | None = None,
        delay: float | None = None,
    ) -> FaultRule:
        """Add a rule after the existing ones and return it.

        Args:
            kind: What goes wrong (a :class:`FaultKind` or its value, e.g. ``"drop_after"``).
            path: The path pattern (``*`` matches anything); every API path by default.
            method: A method or several; every method by default.
            rate: The share of matching requests hit, 0 to 1.
            times: At most this many hits; no limit by default.
            processed: For ``status`` and ``html``: whether the API processes the request
                first (default ``False``, as a proxy or rate limiter in front would).
            status: For ``status`` (required) and ``html`` (default 502).
            retry_after: For ``status``: the ``Retry-After`` header in seconds.
            delay: For ``delay`` (required): how many seconds late the answer is.

        Raises:
            ValueError: An option is out of range or does not fit the kind.

        """
        chosen = FaultKind(kind)
        options = _checked_options(
            chosen,
            rate=rate,
            times=times,
            processed=processed,
            status=status,
            retry_after=retry_after,
            delay=delay,
        )
        with self._lock:
            rule = FaultRule(
                id=self._rules.next_id,
                kind=chosen,
                path=path,
                methods=_methods(method),
                **options,
            )
            self._rules.next_id += 1
            self._rules.states.append(_RuleState(rule, _draws(self._rules.seed, rule.id)))
        return rule

    def remove(self, rule: FaultRule | int) -> None:
        """Remove a rule (given or by id); removing an unknown rule does nothing."""
        rule_id = rule if isinstance(rule, int) else rule.id
        with self._lock:
            self._rules.states = [s for s in self._rules.states if s.rule.id != rule_id]

    def clear(self) -> None:
        """Remove every rule and forget the injected faults."""
        with self._lock:
            self._rules.states.clear()
            self._injected.clear()

    @property
    def seed(self) -> int:
        """The seed the rules' random sequences start from."""
        with self._lock:
            return self._rules.seed

    def reseed(self, seed: int) -> None:
        """Restart every rule's random sequence and count from ``seed``."""
        with self._lock:
            self._rules.seed = seed
            for state in self._rules.states:
                state.draws, state.fired = _draws(seed, state.rule.id), 0

    @property
    def rules(self) -> list[FaultRule]:
        """The rules, in the order they are tried."""
        with self._lock:
            return [s.rule for s in self._rules.states]

    @property
    def injected(self) -> list[InjectedFault]:
        """The faults injected so far, oldest first (the newest 10,000)."""
        with self._lock:
            return list(self._injected)

    def pick(self, method: str, path: str) -> FaultRule | None:
        """Draw for a request: the rule that hits it, recorded as injected, or ``None``."""
        with self._lock:
            hit: FaultRule | None = None
            for state in self._rules.states:
                rule = state.rule
                if not rule.matches(method, path):
                    continue
                if rule.times is not None and state.fired >= rule.times:
                    continue
                if state.draws.random() < rule.rate and hit is None:
                    state.fired += 1
                    hit = rule
            if hit is not None:
                self._injected.append(
                    InjectedFault(hit.id, hit.kind, method.upper(), path, hit.processed)
                )
            return hit


def _draws(seed: int, rule_id: int) -> random.Random:
    return random.Random(f"{seed}/{rule_id}")  # noqa: S311 - faults, not secrets


def _methods(method: str | Iterable[str] | None) -> frozenset[str]:
    if method is None:
        return frozenset()
    if isinstance(method, str):
        return frozenset({method.upper()})
    return frozenset(m.upper() for m in method)


def _checked_options(
    kind: FaultKind,
    *,
    rate: float,
    times: int | None,
    processed: bool | None,
    status: int | None,
    retry_after: int | None,
    delay: float | None,
) -> dict[str, Any]:
    if not 0.0 <= float(rate) <= 1.0:
        msg = f"rate must be between 0 and 1, not {rate!r}"
        raise ValueError(msg)
    if times is not None and times < 0:
        msg = f"times must not be negative, not {times!r}"
        raise ValueError(msg)
    if processed is not None and kind in _FIXED_PROCESSING:
        msg = f"a {kind} fault decides itself whether the request is processed"
        raise ValueError(msg)
    if kind is FaultKind.STATUS and status not in FAULT_STATUSES:
        msg = f"a status fault needs status= one of {sorted(FAULT_STATUSES)}, not {status!r}"
        raise ValueError(msg)
    if kind is FaultKind.HTML and status is not None and not 400 <= status <= 599:  # noqa: PLR2004
        msg = f"an html fault answers with a 4xx or 5xx status, not {status!r}"
        raise ValueError(msg)
    if retry_after is not None and (kind is not FaultKind.STATUS or retry_after < 0):
        msg = "retry_after is a number of seconds (0 or more) for status faults only"
        raise ValueError(msg)
    if (delay is not None) != (kind is FaultKind.DELAY) or (delay is not None and delay < 0):
        msg = "delay (seconds, 0 or more) is required by delay faults and only by them"
        raise ValueError(msg)
    if kind not in {FaultKind.STATUS, FaultKind.HTML} and status is not None:
        msg = f"a {kind} fault takes no status"
        raise ValueError(msg)
    return {
        "rate": float(rate),
        "times": times,
        "processed": _PROCESSED_BY_DEFAULT[kind] if processed is None else processed,
        "status": _HTML_STATUS if kind is FaultKind.HTML and status is None else status,
        "retry_after": retry_after,
        "delay": None if delay is None else float(delay),
    }

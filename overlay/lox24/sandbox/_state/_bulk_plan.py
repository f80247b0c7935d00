"""What each message of a bulk will be: recipient, personalised text, parts and price.

A bulk is planned when it is created, so that it can be refused (422, 402) before anything
changes and charged at once; its messages are then created as its processing goes on
(``_bulk_fanout``). Texts are measured once per distinct personalised text, so a bulk of
100,000 recipients with one text measures one text.

Personalisation: a placeholder ``[<label> col<X>]`` (for example ``[Name colA]``, or just
``[colA]``), X from A to E, is replaced by the recipient's column ``a`` to ``e`` in its group;
a recipient given by number only, or with that column empty, gets an empty string.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: A column placeholder of a bulk text; group 1 is the column letter.
COLUMN = re.compile(r"\[(?:[^\[\]]*\s)?col([A-E])\]")
#: Prices are summed in millionths of the currency so that sums are exact.
MICROS = 1_000_000
_MICROS_PER_CENT = 10_000


def personalise(text: str, columns: Mapping[str, Any] | None) -> str:
    """``text`` with each column placeholder replaced by the recipient's column value."""
    if "col" not in text:
        return text

    def value(found: re.Match[str]) -> str:
        if columns is None:
            return ""
        return str(columns.get(found[1].lower()) or "")

    return COLUMN.sub(value, text)


def to_micros(amount: float) -> int:
    """An amount of the currency in millionths."""
    return round(amount * MICROS)


@dataclass(frozen=True, slots=True)
class PlannedText:
    """One distinct personalised text: as written (links not made yet) and as measured.

    Attributes:
        text: The personalised text, with any ``[slink …]`` placeholders still in.
        counts: ``text`` (as sent, links previewed), ``is_unicode``, ``chars_count`` and
            ``parts_count`` of the ``Sms`` schema.
        price: The price of one SMS with this text.
        link_cost: What the per-message short links of one SMS with this text cost.

    """

    text: str
    counts: Mapping[str, Any]
    price: float
    link_cost: float


@dataclass(slots=True)
class BulkPlan:
    """Every message a bulk will create, in order, with running sums of what they cost.

    Attributes:
        phones: The recipients, in sending order.
        callback_data: Each recipient's ``callback_data`` (from its phone entry).
        text_of: Each recipient's entry in ``texts``.
        texts: The distinct personalised texts.
        price_sums: ``price_sums[k]``: the SMS price of the first ``k`` messages, in micros.
        charge_sums: The same with the short links: what the first ``k`` messages charge.

    """

    phones: list[str] = field(default_factory=list)
    callback_data: list[str | None] = field(default_factory=list)
    text_of: list[int] = field(default_factory=list)
    texts: list[PlannedText] = field(default_factory=list)
    price_sums: list[int] = field(default_factory=lambda: [0])
    charge_sums: list[int] = field(default_factory=lambda: [0])
    _text_numbers: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.phones)

    def known_text(self, text: str) -> int | None:
        """The entry of ``texts`` for ``text``, if it was planned already."""
        return self._text_numbers.get(text)

    def add_text(self, planned: PlannedText) -> int:
        """Add a distinct text; return its entry."""
        self.texts.append(planned)
        self._text_numbers[planned.text] = len(self.texts) - 1
        return len(self.texts) - 1

    def add_recipient(self, phone: str, callback_data: str | None, text_number: int) -> None:
        """Add the next message: to ``phone``, with text entry ``text_number``."""
        planned = self.texts[text_number]
        self.phones.append(phone)
        self.callback_data.append(callback_data)
        self.text_of.append(text_number)
        price = to_micros(planned.price)
        self.price_sums.append(self.price_sums[-1] + price)
        self.charge_sums.append(self.charge_sums[-1] + price + to_micros(planned.link_cost))

    def text(self, number: int) -> PlannedText:
        """The planned text of message ``number``."""
        return self.texts[self.text_of[number]]

    @property
    def total_charge(self) -> float:
        """What the whole bulk charges."""
        return self.charge_sums[-1] / MICROS

    def charge_after(self, released: int) -> float:
        """What the messages after the first ``released`` charge (refunded if never created)."""
        return (self.charge_sums[-1] - self.charge_sums[released]) / MICROS

    def cost_cents(self, count: int) -> int:
        """``msg_total_cost``: the SMS prices of the first ``count`` messages, in cents."""
        return round(self.price_sums[count] / _MICROS_PER_CENT)

"""The sandbox's UUIDs are random version-4 UUIDs in canonical form."""

from __future__ import annotations

import uuid

from lox24.sandbox._state._ids import new_uuid4


def test_new_uuid4_is_a_canonical_random_uuid() -> None:
    """Version 4, RFC 4122 variant, lower-case 8-4-4-4-12 form, never repeated."""
    made = [new_uuid4() for _ in range(2000)]
    assert len(set(made)) == len(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert str(parsed) == text

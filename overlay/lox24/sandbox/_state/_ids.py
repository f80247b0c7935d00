"""Random (version 4) UUIDs as strings, made with less work than ``str(uuid.uuid4())``.

Every SMS a bulk creates and every webhook event needs one; a bulk of 100,000 recipients needs
half a million. They name things and protect nothing, so the bits come from a generator seeded
once from ``os.urandom``; 122 random bits make a repeat as unlikely as with ``uuid.uuid4``.
"""

from __future__ import annotations

import os
import random

_VERSION_MASK, _VERSION_4 = 0xF000 << 64, 0x4000 << 64
_VARIANT_MASK, _VARIANT_RFC_4122 = 0xC000 << 48, 0x8000 << 48
# Not for secrets: ids only need to be distinct (S311 is about security uses).
_BITS = random.Random(int.from_bytes(os.urandom(32), "big")).getrandbits  # noqa: S311


def new_uuid4() -> str:
    """A random UUID (version 4, RFC 4122 variant) in its 36-character form."""
    bits = (_BITS(128) & ~_VERSION_MASK & ~_VARIANT_MASK) | _VERSION_4 | _VARIANT_RFC_4122
    digits = f"{bits:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"

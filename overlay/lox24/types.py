"""Every model, enum and webhook event of the LOX24 API, under one import root.

``from lox24.types import Sms, SmsStatusCode, DlrCode, SmsDeliveryEvent``: the classes the client
returns and accepts, generated from the spec. This module re-exports the generated index
``lox24_generated.public_types``, so its names cannot drift from the spec; each model's module
is imported when its name is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lox24_generated import public_types as _index
from lox24_generated.public_types import __all__

if TYPE_CHECKING:
    from lox24_generated.public_types import *  # noqa: F403 - the generated index, whole
else:  # at run time only, so that a type checker refuses a name the index lacks

    def __getattr__(name: str) -> Any:
        """A model, enum or event of the index, imported on first use."""
        value = getattr(_index, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)

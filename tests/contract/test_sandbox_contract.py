"""Property tests: the sandbox answers every operation as the spec says, for any input.

schemathesis generates valid and invalid requests from ``spec/lox24.yaml`` and checks each
answer: no 5xx, only declared status codes and content types, bodies and headers that match
their schemas, invalid input refused, valid input accepted, auth not ignored. The stateful test
chains operations through the spec's links (create a group, add phones, import a batch, create a
bulk, read its status, delete) and checks that deleted resources are gone. Runs are derandomized
so CI is reproducible.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
import schemathesis.config
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from lox24.sandbox import Sandbox, SandboxClock

from ..helpers import SPEC_PATH

#: Thousands of generated requests: left out of the fast loop (`-m "not slow"`), which then does
#: not even collect them (see tests/conftest.py).
pytestmark = pytest.mark.slow

#: The IP block is switched off here: schemathesis sends requests without or with wrong tokens on
#: purpose (the ignored-auth check), and a blocked IP would answer 429 to everything after. The
#: block itself is tested in tests/sandbox.
#: The clock is frozen and moved by the tests only, so runs are reproducible.
SANDBOX = Sandbox(block_bad_auth=False, clock=SandboxClock(start=1_700_000_000, frozen=True))
#: Sandbox seconds that pass between two steps of a stateful scenario: bulks and SMS progress.
SECONDS_PER_STEP = 3
CONFIG = schemathesis.config.SchemathesisConfig.from_path(
    Path(__file__).with_name("schemathesis.toml")
)
SCHEMA = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)
SCHEMA.app = SANDBOX.app

#: Operations whose input has rules a schema cannot state: a phone number must be a real number
#: (after normalisation), a group or campaign named must exist, a number must not be blocked, a
#: text must fit 1530 GSM / 670 UCS-2 characters, a fraud check needs something to check.
#: Valid-by-schema data may be refused with 422 there, and only there; such a refusal must name
#: the offending field.
SEMANTIC_RULES = frozenset(
    {
        "create_group",
        "create_group_phone",
        "update_phone",
        "create_bulk",
        "create_bulk_dryrun",
        "send_sms",
        "send_sms_dryrun",
        "create_fraud_check",
        "create_campaign",
        "update_campaign",
        "create_subscribe_campaign",
        "create_unsubscribe_campaign",
    }
)
#: Operations refused with 422 when the resource is in the wrong state, whatever the input:
#: a bulk can be cancelled only while it is new or processing.
STATE_RULES = frozenset({"cancel_bulk"})
#: The batch import validates each item on its own and answers 201 with a result per item, as
#: the API documents; an invalid item is refused inside the answer, not by the request's status.
#: batch_results_match_items checks that instead.
PER_ITEM_VALIDATION = frozenset({"create_group_phones_batch"})


def operation_id(case):
    return case.operation.definition.raw.get("operationId")


def excluded_checks(case):
    """The generic checks that do not apply to this operation (see the sets above)."""
    excluded = []
    if operation_id(case) in SEMANTIC_RULES | STATE_RULES:
        excluded.append(positive_data_acceptance)
    if operation_id(case) in PER_ITEM_VALIDATION:
        excluded.append(negative_data_rejection)
    return excluded or None


@SCHEMA.auth()
class SandboxToken:
    """Authenticates generated requests; schemathesis removes it itself to test ignored auth."""

    def get(self, case, context):
        """The sandbox's token."""
        return SANDBOX.token

    def set(self, case, data, context):
        """Send it in the LOX24 header."""
        case.headers = {**(case.headers or {}), "X-LOX24-AUTH-TOKEN": data}


@schemathesis.check
def semantic_refusal_names_the_field(ctx, response, case):
    """A 422 for schema-valid input names, in its violations, a field the request sent."""
    if response.status_code != 422 or operation_id(case) not in SEMANTIC_RULES:
        return
    violations = response.json().get("violations") or []
    fields = {str(v.get("propertyPath", "")).split("[")[0].split(".")[0] for v in violations}
    assert fields - {""}, f"422 without a named field: {response.text}"
    return


@schemathesis.check
def batch_results_match_items(ctx, response, case):
    """A 201 batch answer has one result per input item; items without a phone are refused."""
    if operation_id(case) not in PER_ITEM_VALIDATION or response.status_code != 201:
        return
    body = response.json()
    results = body["hydra:member"] if isinstance(body, dict) else body
    assert len(results) == len(case.body), f"{len(results)} results for {len(case.body)} items"
    for item, result in zip(case.body, results, strict=True):
        if not isinstance(item, dict) or not isinstance(item.get("phone"), str):
            assert result["status"] >= 400, f"item {item!r} was accepted: {result!r}"
    return


@schemathesis.check
def state_refusal_says_why(ctx, response, case):
    """A 422 from a state rule explains which state allows the operation."""
    if response.status_code != 422 or operation_id(case) not in STATE_RULES:
        return
    assert "only a bulk with status 0 or 5" in response.json().get("detail", ""), response.text
    return


CHECKS = [semantic_refusal_names_the_field, batch_results_match_items, state_refusal_says_why]

EXAMPLES_PER_OPERATION = 100
PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


@SCHEMA.parametrize()
@PROPERTY_SETTINGS
def test_every_operation_conforms(case):
    """Any generated request, valid or not, gets an answer that conforms to the spec."""
    SANDBOX.reset()
    case.call_and_validate(excluded_checks=excluded_checks(case), additional_checks=CHECKS)


Workflow = SCHEMA.as_state_machine()


class SandboxWorkflow(Workflow):
    """Chains of operations through the spec's links keep the sandbox consistent."""

    def setup(self):
        """Each scenario starts from an empty sandbox."""
        SANDBOX.reset()

    def before_call(self, case):
        """Time passes between steps, the same amount every time."""
        SANDBOX.clock.advance(SECONDS_PER_STEP)

    def validate_response(self, response, case, additional_checks=None, **kwargs):
        """The same relaxation as above for operations with semantic rules."""
        __tracebackhide__ = True
        case.validate_response(
            response,
            additional_checks=[*(additional_checks or []), *CHECKS],
            excluded_checks=excluded_checks(case),
            transport_kwargs=kwargs or None,
            recorder=self.recorder,
        )


TestSandboxWorkflow = SandboxWorkflow.TestCase
TestSandboxWorkflow.settings = settings(
    max_examples=200,
    stateful_step_count=10,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)

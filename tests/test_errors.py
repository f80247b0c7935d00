"""Every non-2xx response becomes the matching typed exception, with what support needs."""

from __future__ import annotations

import httpx
import pytest

import lox24
from lox24_generated.api.groups import get_group

from .conftest import SECRET_TOKEN, jsonld

DOCUMENTED = {
    400: lox24.BadRequestError,
    401: lox24.AuthenticationError,
    402: lox24.PaymentRequiredError,
    403: lox24.PermissionDeniedError,
    404: lox24.NotFoundError,
    409: lox24.ConflictError,
    422: lox24.UnprocessableEntityError,
    429: lox24.RateLimitError,
    500: lox24.InternalServerError,
}


@pytest.mark.parametrize(("status", "error_class"), DOCUMENTED.items())
def test_each_documented_status_maps_to_its_class(make_client, status, error_class):
    """A documented error status raises its own subclass carrying status and request id."""
    client = make_client(
        lambda _: jsonld(status, {"detail": "nope"}, **{"X-LOX24-REQUEST-ID": "R" * 32})
    )
    with pytest.raises(error_class) as caught:
        client.call(get_group, id=1)
    assert caught.value.status_code == status
    assert caught.value.request_id == "R" * 32
    assert "nope" in str(caught.value)
    assert "R" * 32 in str(caught.value)


def test_every_status_the_spec_declares_has_a_class():
    """The spec's error statuses are all mapped; none falls back to the generic class."""
    from .helpers import load_spec

    spec = load_spec()
    declared = {
        int(status)
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "responses" in operation
        for status in operation["responses"]
        if int(status) >= 400
    }
    assert declared <= set(DOCUMENTED)


def test_violations_name_the_fields(make_client):
    """A 422 body's violations are exposed as (field, message) pairs."""
    body = {
        "detail": "phone: missing",
        "violations": [{"propertyPath": "phone", "message": "required"}],
    }
    client = make_client(lambda _: jsonld(422, body))
    with pytest.raises(lox24.UnprocessableEntityError) as caught:
        client.call(get_group, id=1)
    assert caught.value.violations == (lox24.Violation(field="phone", message="required"),)
    assert caught.value.body == body


def test_non_json_error_body_keeps_raw_text(make_client):
    """An HTML page from a proxy still gives a typed error with the raw text kept."""
    client = make_client(lambda _: httpx.Response(502, text="<html>bad gateway</html>"))
    with pytest.raises(lox24.InternalServerError) as caught:
        client.call(get_group, id=1)
    assert caught.value.body is None
    assert caught.value.text == "<html>bad gateway</html>"


def test_non_standard_status_is_still_typed(make_client):
    """A status outside the IANA registry (520) does not crash parsing; it maps to 5xx."""
    client = make_client(lambda _: httpx.Response(520, text="origin error"))
    with pytest.raises(lox24.InternalServerError) as caught:
        client.call(get_group, id=1)
    assert caught.value.status_code == 520


def test_unknown_4xx_falls_back_to_the_base_class(make_client):
    """An undocumented 4xx raises APIStatusError itself."""
    client = make_client(lambda _: httpx.Response(418, text="teapot"))
    with pytest.raises(lox24.APIStatusError) as caught:
        client.call(get_group, id=1)
    assert type(caught.value) is lox24.APIStatusError


def test_malformed_success_body_is_a_validation_error(make_client):
    """A 200 whose body is not JSON raises ResponseValidationError, not a bare ValueError."""
    client = make_client(lambda _: httpx.Response(200, text="not json"))
    with pytest.raises(lox24.ResponseValidationError, match="get_group"):
        client.call(get_group, id=1)


def test_token_never_appears_in_error_messages(make_client):
    """Neither message nor repr of an error carries the token, even when the server echoes headers."""
    client = make_client(lambda request: jsonld(401, {"detail": "bad credentials"}))
    with pytest.raises(lox24.AuthenticationError) as caught:
        client.call(get_group, id=1)
    assert SECRET_TOKEN not in str(caught.value)
    assert SECRET_TOKEN not in repr(caught.value)


def test_connection_failure_of_a_read_is_a_connection_error(make_client):
    """A refused connection raises APIConnectionError with the httpx error as cause."""

    def refuse(request):
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(lox24.APIConnectionError) as caught:
        make_client(refuse).call(get_group, id=1)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_timeout_of_a_read_is_a_timeout_error(make_client):
    """A read timeout on GET raises APITimeoutError."""

    def slow(request):
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(lox24.APITimeoutError):
        make_client(slow).call(get_group, id=1)


def test_argument_of_the_wrong_type_is_blamed_on_the_caller(make_client):
    """A plain string where the operation wants an enum raises InvalidInputError, sending nothing."""
    from lox24_generated.api.bulks import list_bulks

    sent = []
    client = make_client(lambda request: sent.append(request) or jsonld(200, {"hydra:member": []}))
    with pytest.raises(lox24.InvalidInputError, match="list_bulks"):
        client.call(list_bulks, field_ordercreated_at="desc")
    assert sent == []

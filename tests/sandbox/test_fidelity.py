"""Fidelity gaps real clients found: list-form filters, number forms, languages, services, media."""

from __future__ import annotations

import httpx
import pytest

from lox24.sandbox import Sandbox

from .conftest import make_client

#: The languages of a voice message (the 20 the API documents).
LANGUAGES = [
    "EN",
    "DE",
    "FR",
    "IT",
    "ES",
    "PL",
    "NL",
    "RO",
    "PT",
    "CS",
    "HU",
    "SV",
    "DA",
    "FI",
    "SK",
    "HR",
    "TR",
    "RU",
    "BG",
    "UK",
]


def send(api: httpx.Client, phone: str, **fields: object) -> httpx.Response:
    """POST /sms with a default sender and text."""
    return api.post("/sms", json={"phone": phone, "sender_id": "Shop", "text": "Hi", **fields})


@pytest.fixture
def three_sms(sandbox: Sandbox, api: httpx.Client) -> httpx.Client:
    """Three SMS: two from 127.0.0.1 to German numbers, one from 192.0.2.9 to Austria."""
    assert send(api, "+491701111111", sender_id="Alpha", text="red apple").status_code == 201
    assert send(api, "+491702222222", sender_id="Beta", text="green pear").status_code == 201
    with make_client(sandbox, ip="192.0.2.9") as other:
        assert send(other, "+436643333333", sender_id="Gamma", text="blue plum").status_code == 201
    return api


def phones(api: httpx.Client, query: str) -> list[str]:
    """The recipients of GET /sms?<query>, sorted."""
    response = api.get(f"/sms?{query}")
    assert response.status_code == 200
    return sorted(sms["phone"] for sms in response.json())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("phone[]=4917011", ["+491701111111"]),
        ("phone%5B%5D=4917011", ["+491701111111"]),
        ("phone[0]=4917022", ["+491702222222"]),
        ("phone[]=4917011&phone[]=43664", ["+436643333333", "+491701111111"]),
        ("phone[0]=4917011&phone[1]=4917022", ["+491701111111", "+491702222222"]),
        ("sender_id[]=alph", ["+491701111111"]),
        ("text[]=pear", ["+491702222222"]),
        ("text[]=pear&text[]=plum", ["+436643333333", "+491702222222"]),
        ("ip[]=192.0.2", ["+436643333333"]),
        ("ip[0]=127.0.0", ["+491701111111", "+491702222222"]),
        ("phone=4917011", ["+491701111111"]),
    ],
)
def test_list_form_of_partial_filters_filters(
    three_sms: httpx.Client, query: str, expected: list[str]
) -> None:
    """phone[]=, phone[0]=, sender_id[], text[], ip[] filter like phone=; several values: any."""
    assert phones(three_sms, query) == expected


@pytest.mark.parametrize(
    "given", ["+491701234567", "00491701234567", "491701234567", "01701234567"]
)
def test_national_and_00_forms_are_converted_to_e164(api: httpx.Client, given: str) -> None:
    """POST /sms and its dry run accept the forms LOX24 converts and answer E.164."""
    created = send(api, given)
    assert (created.status_code, created.json()["phone"]) == (201, "+491701234567")
    dry = api.post("/sms/dryrun", json={"phone": given, "sender_id": "Shop", "text": "Hi"})
    assert (dry.status_code, dry.json()["phone"]) == (201, "+491701234567")
    assert phones(api, "phone=491701234567") == ["+491701234567"]


def test_bulk_phones_in_national_form_are_converted(api: httpx.Client) -> None:
    """A bulk's phones given as 0170… and 0049… are stored in E.164."""
    body = {"sender_id": "Shop", "text": "Hi", "phones": ["01701234567", "00436641234567"]}
    created = api.post("/bulks", json=body)
    assert created.status_code == 201
    assert created.json()["phones"] == ["+491701234567", "+436641234567"]


@pytest.mark.parametrize("given", ["0049", "0170x", "+0170123", "12"])
def test_numbers_without_an_e164_form_are_422_naming_phone(api: httpx.Client, given: str) -> None:
    """A number in none of the forms (or too short once converted) answers 422 on phone."""
    response = send(api, given)
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "phone"
    assert api.get("/sms").json() == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_voice_lang_accepts_the_20_languages(api: httpx.Client, language: str) -> None:
    """Each documented language is accepted for a voice message and echoed back."""
    response = send(api, "+491701234567", service_code="text2speech", voice_lang=language)
    assert (response.status_code, response.json()["voice_lang"]) == (201, language)


def test_voice_lang_outside_the_list_is_422(api: httpx.Client) -> None:
    """A language the API does not have is refused, naming voice_lang."""
    response = send(api, "+491701234567", service_code="text2speech", voice_lang="XX")
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "voice_lang"


@pytest.mark.parametrize("service", ["economy", "pro"])
def test_services_listed_by_me_are_accepted_on_sms(api: httpx.Client, service: str) -> None:
    """economy and pro, which /me lists, are accepted on POST /sms and priced."""
    assert service in api.get("/me").json()["services"]
    response = send(api, "+491701234567", service_code=service)
    assert response.status_code == 201
    assert response.json()["service_code"] == service
    assert response.json()["price"] > 0


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
def test_json_body_declared_otherwise_is_415(api: httpx.Client, content_type: str) -> None:
    """A JSON body sent as text/plain, form encoding or XML answers 415; nothing is created."""
    response = api.post("/groups", content=b'{"name": "g"}', headers={"Content-Type": content_type})
    assert response.status_code == 415
    assert api.get("/groups").json() == []


@pytest.mark.parametrize(
    "content_type",
    ["application/json", "application/json; charset=utf-8", "application/ld+json", None],
)
def test_json_media_types_and_none_are_read(api: httpx.Client, content_type: str | None) -> None:
    """JSON, JSON-LD (with parameters) and a body without Content-Type are read as JSON."""
    headers = {} if content_type is None else {"Content-Type": content_type}
    response = api.post("/groups", content=b'{"name": "g"}', headers=headers)
    assert response.status_code == 201


@pytest.mark.parametrize(
    ("path", "accept", "status"),
    [
        ("/me", "text/html", 406),
        ("/me", "application/xml", 406),
        ("/me", "text/html;q=1, application/json;q=0", 406),
        ("/me", "text/html, */*;q=0.8", 200),
        ("/me", "text/html, application/*", 200),
        ("/me", "", 200),
        ("/groups/1/file/csv", "text/csv", 200),
        ("/groups/1/file/csv", "text/*", 200),
        ("/groups/1/file/csv", "text/html", 406),
        ("/groups/1/file/csv", "application/ld+json", 200),
        ("/me", "text/csv", 406),
    ],
)
def test_accept_that_no_representation_satisfies_is_406(
    api: httpx.Client, path: str, accept: str, status: int
) -> None:
    """An Accept naming only types the operation cannot answer with gets 406."""
    api.post("/groups", json={"name": "g"})
    response = api.get(path, headers={"Accept": accept})
    assert response.status_code == status

"""Sending SMS: fields, encoding and length rules, price and balance, refusals, dry runs."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox
from lox24.sandbox._state import _linking, _sms_compose

from .conftest import T0, make_client

UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
DRYRUN_UUID = "11111111-2222-3333-4444-555555555555"
PHONE = "+491701234567"


def send(api: httpx.Client, **fields: object) -> dict[str, Any]:
    body = {"sender_id": "Shop", "phone": PHONE, "text": "Hello", **fields}
    response = api.post("/sms", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def refused(api: httpx.Client, path: str = "/sms", **fields: object) -> httpx.Response:
    body = {"sender_id": "Shop", "phone": PHONE, "text": "Hello", **fields}
    response = api.post(path, json=body)
    assert response.status_code >= 400, response.text
    return response


def balance(api: httpx.Client) -> float:
    return float(api.get("/me").json()["balance_amount"])


def test_sent_sms_fields(api: httpx.Client) -> None:
    """A new SMS has a uuid4, status 0, the echoed fields, counts, price, key id and IRIs."""
    sms = send(api, source=7, callback_data="order-1")
    assert UUID4.fullmatch(sms["uuid"])
    uuid = sms["uuid"]
    assert sms == {
        "uuid": uuid,
        "bulk_id": None,
        "sender_id": "Shop",
        "phone": PHONE,
        "iso2": "DE",
        "text": "Hello",
        "is_text_deleted": False,
        "is_unicode": False,
        "chars_count": 5,
        "parts_count": 1,
        "price": 0.056,
        "service_code": "direct",
        "voice_lang": None,
        "status_code": 0,
        "dlr_code": 0,
        "is_sent": False,
        "created_at": T0,
        "delivery_at": 0,
        "gateway_sent_at": 0,
        "source": 7,
        "callback_data": "order-1",
        "key_id": 8207,
        "ip": "127.0.0.1",
        "clicks": f"/sms/{uuid}/clicks",
        "requests": f"/sms/{uuid}/requests",
    }
    assert api.get(f"/sms/{uuid}").json() == sms


def test_jsonld_sms_has_its_iri(ld: httpx.Client) -> None:
    """In JSON-LD an SMS is an Sms resource whose @id is /sms/<uuid>."""
    response = ld.post("/sms", json={"sender_id": "Shop", "phone": PHONE, "text": "Hi"})
    body = response.json()
    assert (body["@type"], body["@id"]) == ("Sms", f"/sms/{body['uuid']}")


@pytest.mark.parametrize(
    ("text", "unicode", "chars"),
    [
        ("Hello @£$¥ èéùìò ÄÖÑÜ§ äöñüà ΔΦΓΛΩΠΨΣΘΞ", False, 39),
        ("Grüße, liebe Kunden!", False, 20),
        ("Привет", True, 6),
        ("Hello ça va", True, 11),
        ("Smile 😀", True, 8),
    ],
)
def test_encoding_is_detected(api: httpx.Client, text: str, unicode: bool, chars: int) -> None:
    """is_unicode null: GSM when every character is in the GSM alphabet, else UCS-2 (UTF-16 units)."""
    sms = send(api, text=text)
    assert (sms["is_unicode"], sms["chars_count"], sms["text"]) == (unicode, chars, text)


@pytest.mark.parametrize(
    ("text", "chars"),
    [("[]", 4), ("{}", 4), ("^~|\\", 8), ("€", 2), ("\f", 2), ("a€b", 4)],
)
def test_extension_characters_count_twice(api: httpx.Client, text: str, chars: int) -> None:
    """The GSM extension characters ^ { } \\ [ ~ ] | € and form feed count two each."""
    sms = send(api, text=text)
    assert (sms["is_unicode"], sms["chars_count"]) == (False, chars)


@pytest.mark.parametrize(
    ("length", "parts"), [(1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (1530, 10)]
)
def test_gsm_parts_boundaries(api: httpx.Client, length: int, parts: int) -> None:
    """GSM: 160 characters in one SMS, 153 per part beyond; 1530 characters make 10 parts."""
    sms = send(api, text="a" * length)
    assert (sms["chars_count"], sms["parts_count"]) == (length, parts)
    assert sms["price"] == pytest.approx(parts * 0.056)


@pytest.mark.parametrize(("length", "parts"), [(70, 1), (71, 2), (134, 2), (135, 3), (670, 10)])
def test_ucs2_parts_boundaries(api: httpx.Client, length: int, parts: int) -> None:
    """UCS-2: 70 characters in one SMS, 67 per part beyond; 670 characters make 10 parts."""
    sms = send(api, text="ж" * length)
    assert (sms["is_unicode"], sms["chars_count"], sms["parts_count"]) == (True, length, parts)


def test_extension_character_crosses_the_single_sms_boundary(api: httpx.Client) -> None:
    """159 letters and a € count 161: two parts."""
    sms = send(api, text="a" * 159 + "€")
    assert (sms["chars_count"], sms["parts_count"]) == (161, 2)


def test_emoji_count_two_utf16_units(api: httpx.Client) -> None:
    """35 emoji fill one UCS-2 SMS (70 units); one more letter needs a second part."""
    assert send(api, text="😀" * 35)["parts_count"] == 1
    longer = send(api, text="😀" * 35 + "a")
    assert (longer["chars_count"], longer["parts_count"]) == (71, 2)


@pytest.mark.parametrize(
    ("text", "limit"), [("a" * 1531, 1530), ("a" * 1529 + "€", 1530), ("ж" * 671, 670)]
)
def test_text_over_the_limit_is_422_and_nothing_happens(
    sandbox: Sandbox, api: httpx.Client, text: str, limit: int
) -> None:
    """Over 1530 GSM or 670 UCS-2 characters: 422 naming text; nothing stored or charged."""
    response = refused(api, text=text)
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "text"
    assert f"at most {limit}" in response.json()["detail"]
    assert api.get("/sms").json() == []
    assert balance(api) == 100.0
    assert sandbox.events == []


def test_forced_unicode_counts_gsm_text_as_ucs2(api: httpx.Client) -> None:
    """is_unicode true: even a GSM text is UCS-2, so 71 letters need two parts."""
    sms = send(api, text="a" * 71, is_unicode=True)
    assert (sms["is_unicode"], sms["parts_count"]) == (True, 2)


def test_forced_gsm_transliterates_other_characters(api: httpx.Client) -> None:
    """is_unicode false: accents are dropped, typographic quotes and dashes simplified, else ?."""
    sms = send(api, text="Olá \u2013 it\u00b4s \u201cok\u201d ça 😀", is_unicode=False)
    assert (sms["is_unicode"], sms["text"]) == (False, 'Ola - it\'s "ok" ca ?')
    assert sms["chars_count"] == len(sms["text"])


def test_ssml_counts_spoken_characters_and_pauses(api: httpx.Client) -> None:
    """SSML: tags are not counted; a 1 s break counts 2 characters and a 500 ms break 1."""
    text = '<speak>Hi &amp; bye<break time="1s"/>A<break time="500ms"/></speak>'
    sms = send(api, text=text, service_code="text2speech_ssml")
    assert (sms["chars_count"], sms["parts_count"], sms["text"]) == (9 + 2 + 1, 1, text)
    plain = send(api, text="<b>Hi</b>", service_code="text2speech")
    assert plain["chars_count"] == 9


@pytest.mark.parametrize(
    ("phone", "service", "given", "lang"),
    [
        ("+491701234567", "text2speech", None, "DE"),
        ("+41791234567", "text2speech_ssml", None, "DE"),
        ("+34612345678", "text2speech", None, "ES"),
        ("+5215512345678", "text2speech", None, "ES"),
        ("+447700900123", "text2speech", None, "EN"),
        ("+491701234567", "text2speech", "FR", "FR"),
        ("+491701234567", "direct", None, None),
        ("+491701234567", "direct", "IT", "IT"),
    ],
)
def test_voice_lang_is_echoed_or_detected_for_voice(
    api: httpx.Client, phone: str, service: str, given: str | None, lang: str | None
) -> None:
    """voice_lang is echoed; null on a voice service is detected from the calling code."""
    sms = send(api, phone=phone, service_code=service, voice_lang=given)
    assert sms["voice_lang"] == lang


@pytest.mark.parametrize(
    ("phone", "iso2"),
    [
        ("+14155552671", "US"),
        ("+41791234567", "CH"),
        ("+436641234567", "AT"),
        ("+447700900123", "GB"),
        ("+33612345678", "FR"),
        ("+380501234567", "UA"),
        ("+48501234567", "PL"),
        ("+999123456", "ZZ"),
    ],
)
def test_iso2_comes_from_the_calling_code(api: httpx.Client, phone: str, iso2: str) -> None:
    """iso2 is the country of the longest known calling code; ZZ when it is unknown."""
    assert send(api, phone=phone)["iso2"] == iso2


@pytest.mark.parametrize(
    ("service", "price"), [("direct", 0.112), ("text2speech", 0.3), ("text2speech_ssml", 0.3)]
)
def test_price_is_parts_times_the_service_rate_and_is_debited(
    api: httpx.Client, service: str, price: float
) -> None:
    """A two-part message costs twice its service's rate, taken from the balance at once."""
    sms = send(api, text="a" * 200, service_code=service)
    assert sms["price"] == pytest.approx(price)
    assert balance(api) == pytest.approx(100 - price)
    assert api.get("/me").json()["balance_changed_at"] == T0


def test_short_balance_is_402_and_nothing_is_stored(sandbox: Sandbox, api: httpx.Client) -> None:
    """When the balance does not cover the price: 402, nothing stored, nothing taken."""
    sandbox._core.store.balance = 0.1
    first = send(api)
    assert balance(api) == pytest.approx(0.044)
    response = refused(api)
    assert response.status_code == 402
    assert [s["uuid"] for s in api.get("/sms").json()] == [first["uuid"]]
    assert balance(api) == pytest.approx(0.044)


def test_sending_until_broke(sandbox: Sandbox, api: httpx.Client) -> None:
    """Ten-part SMS (0.56 each) are accepted until the balance of 100 runs out: 178 of them."""
    sent = 0
    while (
        api.post("/sms", json={"sender_id": "S", "phone": PHONE, "text": "a" * 1530}).status_code
        == 201
    ):
        sent += 1
    assert sent == 178
    assert len(sandbox._core.store.messaging.sms) == 178
    assert balance(api) == pytest.approx(100 - 178 * 0.56)


def test_blocked_recipient_is_422_naming_phone(sandbox: Sandbox, api: httpx.Client) -> None:
    """A number on the blocked list is refused with 422 naming phone; nothing is kept."""
    api.post("/blocked_numbers", json={"number": PHONE})
    response = refused(api)
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "phone"
    assert api.get("/sms").json() == []
    assert balance(api) == 100.0
    assert send(api, phone="+491701234568")["phone"] == "+491701234568"


def test_scheduled_sms_keeps_delivery_at(api: httpx.Client) -> None:
    """delivery_at in the future is kept; 0 and null mean at once (0)."""
    assert send(api, delivery_at=T0 + 3600)["delivery_at"] == T0 + 3600
    assert send(api, delivery_at=0)["delivery_at"] == 0
    assert send(api, delivery_at=None)["delivery_at"] == 0


def test_ipv6_client_is_shown_as_loopback(sandbox: Sandbox) -> None:
    """The ip field is IPv4: a client coming over IPv6 shows 127.0.0.1."""
    with make_client(sandbox, ip="::1") as client:
        assert send(client)["ip"] == "127.0.0.1"
    with make_client(sandbox, ip="10.1.2.3") as client:
        assert send(client)["ip"] == "10.1.2.3"


def test_dry_run_keeps_and_charges_nothing(sandbox: Sandbox, api: httpx.Client) -> None:
    """POST /sms/dryrun answers the computed SMS with the placeholder uuid; nothing is kept."""
    response = api.post(
        "/sms/dryrun",
        json={"sender_id": "Shop", "phone": PHONE, "text": "a" * 200, "callback_data": "x"},
    )
    assert response.status_code == 201
    sms = response.json()
    assert (sms["uuid"], sms["parts_count"], sms["price"]) == (DRYRUN_UUID, 2, 0.112)
    assert (sms["status_code"], sms["dlr_code"], sms["clicks"]) == (
        0,
        0,
        f"/sms/{DRYRUN_UUID}/clicks",
    )
    assert api.get(f"/sms/{DRYRUN_UUID}").status_code == 404
    assert api.get("/sms").json() == []
    assert balance(api) == 100.0


def test_dry_run_emits_its_report_with_status_0(sandbox: Sandbox, api: httpx.Client) -> None:
    """A dry run emits one sms.delivery.dryrun event with status 0 and dlr 0, and nothing else."""
    api.post("/sms/dryrun", json={"sender_id": "Shop", "phone": PHONE, "text": "x"})
    [event] = sandbox.events
    assert (event["name"], event["created_at"]) == ("sms.delivery.dryrun", T0)
    assert event["data"] == {
        "id": DRYRUN_UUID,
        "key_id": 8207,
        "dlr_code": 0,
        "status_code": 0,
        "callback_data": None,
    }


def test_dry_run_is_checked_like_a_send(sandbox: Sandbox, api: httpx.Client) -> None:
    """A dry run refuses a blocked number and a text too long, with no event; no 402 check."""
    api.post("/blocked_numbers", json={"number": PHONE})
    assert refused(api, "/sms/dryrun").status_code == 422
    assert refused(api, "/sms/dryrun", phone="+4917000", text="a" * 1531).status_code == 422
    sandbox._core.store.balance = 0.0
    assert (
        api.post(
            "/sms/dryrun", json={"sender_id": "S", "phone": "+4917000", "text": "x"}
        ).status_code
        == 201
    )
    assert [e["name"] for e in sandbox.events] == ["sms.delivery.dryrun"]


class ExpansionSpy:
    """Wraps the real expand_short_links and records the SMS uuid of every call."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, store: Any, text: str, *, sms_uuid: str, phone: str, now: float) -> str:
        self.calls.append(sms_uuid)
        return _linking.expand_short_links(store, text, sms_uuid=sms_uuid, phone=phone, now=now)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> ExpansionSpy:
    fake = ExpansionSpy()
    monkeypatch.setattr(_sms_compose, "expand_short_links", fake)
    return fake


def campaign(api: httpx.Client, kind: int = 2) -> str:
    body = {"type": kind, "name": "Promo", "url": "https://example.com/offer"}
    response = api.post("/short_link_campaigns", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def short_links(api: httpx.Client) -> list[str]:
    return [link["short_code"] for link in api.get("/short_links").json()]


def test_links_are_expanded_once_before_counting(api: httpx.Client, spy: ExpansionSpy) -> None:
    """expand_short_links runs once per SMS; the expanded text is counted, charged and kept."""
    code = campaign(api)
    sms = send(api, text=f"Go [slink {code}]")
    assert spy.calls == [sms["uuid"]]
    assert re.fullmatch(r"Go https://l24\.pw/[A-Za-z0-9]{6}", sms["text"])
    assert (sms["chars_count"], sms["parts_count"]) == (24, 1)
    assert short_links(api) == [sms["text"].rsplit("/", 1)[1]]
    assert balance(api) == pytest.approx(100 - 0.005 - 0.056)


@pytest.mark.parametrize("kind", [1, 2])
def test_dry_run_counts_like_the_real_send(api: httpx.Client, kind: int) -> None:
    """The dry run's preview links are as long as real ones: the same counts and price."""
    text = "a" * 139 + f"[slink {campaign(api, kind)}]"
    body = {"sender_id": "S", "phone": PHONE, "text": text}
    preview = api.post("/sms/dryrun", json=body).json()
    real = send(api, text=text)
    assert (preview["chars_count"], preview["parts_count"], preview["price"]) == (160, 1, 0.056)
    assert (real["chars_count"], real["parts_count"], real["price"]) == (160, 1, 0.056)


def test_refused_send_creates_no_link(api: httpx.Client, spy: ExpansionSpy) -> None:
    """Too long once expanded (1510 + 21 characters): 422 before any link is made or charged."""
    response = refused(api, text="a" * 1510 + f"[slink {campaign(api)}]")
    assert response.status_code == 422
    assert "counts 1531 characters" in response.json()["detail"]
    assert (spy.calls, short_links(api), balance(api)) == ([], [], 100.0)


def test_unaffordable_link_refunds_the_sms(sandbox: Sandbox, api: httpx.Client) -> None:
    """Enough for the SMS but not for its link: 402, and neither SMS, link nor charge remains."""
    code = campaign(api)
    sandbox._core.store.balance = 0.056
    response = refused(api, text=f"[slink {code}]")
    assert response.status_code == 402
    assert (api.get("/sms").json(), short_links(api), balance(api)) == ([], [], 0.056)


def test_unknown_campaign_is_422_naming_text(api: httpx.Client, spy: ExpansionSpy) -> None:
    """A placeholder naming no campaign is refused (send and dry run) with 422 naming text."""
    for path in ("/sms", "/sms/dryrun"):
        response = refused(api, path, text="Go [slink nope]")
        assert response.status_code == 422
        assert response.json()["violations"][0]["propertyPath"] == "text"
    assert (spy.calls, balance(api)) == ([], 100.0)


def test_dry_run_makes_no_link(sandbox: Sandbox, api: httpx.Client, spy: ExpansionSpy) -> None:
    """A dry run shows a stand-in link and makes, charges and records nothing."""
    body = {"sender_id": "S", "phone": PHONE, "text": f"Go [slink {campaign(api)}]"}
    response = api.post("/sms/dryrun", json=body)
    assert response.json()["text"] == "Go https://l24.pw/xxxxxx"
    assert (spy.calls, short_links(api), balance(api)) == ([], [], 100.0)
    assert [e["name"] for e in sandbox.events] == ["sms.delivery.dryrun"]

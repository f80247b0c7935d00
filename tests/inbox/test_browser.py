"""The inbox in real headless Chromium against ``lox24 sandbox serve`` on loopback."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.select import Select

from .conftest import Served, wait_for


def text_of(browser: Any, selector: str) -> str:
    """The text of every element ``selector`` finds, read in one step (pages change live)."""
    script = "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText).join(' ')"
    return str(browser.execute_script(script, selector))


def click(browser: Any, selector: str) -> None:
    """Click the element ``selector`` once it is there (live updates may replace it meanwhile)."""
    script = (
        "const found = document.querySelector(arguments[0]);"
        "if (!found || found.disabled) return false; found.click(); return true;"
    )
    wait_for(lambda: browser.execute_script(script, selector), f"{selector} to click")


def open_thread(browser: Any, phone: str) -> None:
    click(browser, f'#threads a[data-phone="{phone}"]')
    wait_for(lambda: phone in text_of(browser, "#thread h2"), f"the thread of {phone}")


def status_in_thread(browser: Any, uuid: str) -> str:
    return text_of(browser, f'#thread li[data-uuid="{uuid}"] .status')


def test_an_sms_sent_through_the_api_appears_live_in_its_thread(
    browser: Any, sandbox: Served
) -> None:
    """Without a reload, a new SMS shows up in the list and in its recipient's thread."""
    sandbox.send_sms("+491701110001", "First, to someone else")
    open_thread(browser, "+491701110001")
    sandbox.send_sms("+491701110002", "Your code is 4711")
    open_thread(browser, "+491701110002")
    wait_for(lambda: "Your code is 4711" in text_of(browser, "#thread .msg.out .text"), "the text")
    assert "First, to someone else" not in text_of(browser, "#thread")
    sandbox.send_sms("+491701110002", "Second message")
    wait_for(lambda: "Second message" in text_of(browser, "#thread"), "the live second message")
    assert browser.execute_script("return performance.getEntriesByType('navigation').length") == 1


def test_a_bulks_sms_show_their_placeholders_filled(browser: Any, sandbox: Served) -> None:
    """Each SMS of a bulk reads as its recipient gets it, and the bulk view counts them."""
    group = sandbox.api.post("/groups", json={"name": "Friends", "name_a": "Name"}).json()
    for phone, name in (("+491702220001", "Anna"), ("+491702220002", "Ben")):
        answer = sandbox.api.post(f"/groups/{group['id']}/phones", json={"phone": phone, "a": name})
        assert answer.status_code == 201, answer.text
    body = {
        "sender_id": "Shop",
        "text": "Hi [Name colA], your order ships",
        "msg_groups": [group["id"]],
    }
    bulk = sandbox.api.post("/bulks", json=body)
    assert bulk.status_code == 201, bulk.text
    open_thread(browser, "+491702220002")
    wait_for(lambda: "Hi Ben, your order ships" in text_of(browser, "#thread .text"), "Ben's text")
    browser.get(f"{sandbox.url}/#/bulk/{bulk.json()['uuid']}")
    wait_for(lambda: "Hi Anna, your order ships" in text_of(browser, "main"), "the bulk's SMS")
    assert "[Name colA]" not in text_of(browser, "main")


def test_a_reply_typed_in_the_thread_is_an_incoming_webhook_and_record(
    browser: Any, sandbox: Served
) -> None:
    """Enter in the reply field makes an ``sms.incoming`` event post and a ``GET /incomings`` row."""
    sms = sandbox.send_sms("+491703330001", "Reply YES to confirm")
    open_thread(browser, "+491703330001")
    field = browser.find_element(By.ID, "reply-text")
    field.send_keys("YES please", Keys.ENTER)
    wait_for(lambda: "YES please" in text_of(browser, "#thread .msg.in"), "the reply in the thread")
    post = wait_for(
        lambda: [p for p in sandbox.hooks.posts if p.body["name"] == "sms.incoming"],
        "the sms.incoming webhook",
    )[0]
    assert post.body["data"]["text"] == "YES please"
    click(browser, 'button[data-action="stop"]')
    wait_for(lambda: "STOP" in text_of(browser, "#thread .msg.in"), "the STOP reply in the thread")
    incomings = sandbox.api.get("/incomings", params={"_order[received_at]": "asc"}).json()
    assert [(i["from"], i["text"], i["msg_uuid"]) for i in incomings] == [
        ("+491703330001", "YES please", sms["uuid"]),
        ("+491703330001", "STOP", sms["uuid"]),
    ]


def test_a_short_link_opened_from_the_thread_is_a_click(browser: Any, sandbox: Served) -> None:
    """The link button of an SMS with a short link records a click on it."""
    campaign = sandbox.api.post(
        "/short_link_campaigns", json={"type": 1, "name": "Sale", "url": "https://shop.example/"}
    ).json()
    sandbox.send_sms("+491704440002", f"Our sale: [slink {campaign['id']}]")
    code = sandbox.api.get("/short_links").json()[0]["short_code"]
    open_thread(browser, "+491704440002")
    click(browser, f'button[data-action="click"][data-code="{code}"]')
    wait_for(
        lambda: sandbox.api.get(f"/short_links/{code}/requests").json(), "the click to be recorded"
    )


def test_a_delivery_report_changes_the_status_shown(browser: Any, sandbox: Served) -> None:
    """The rejected button reports on the SMS; the thread shows it rejected."""
    sandbox.control("POST", "clock", {"frozen": True})
    sms = sandbox.send_sms("+491704440001", "Will it arrive?")
    open_thread(browser, "+491704440001")
    wait_for(lambda: status_in_thread(browser, sms["uuid"]) == "queued", "the queued SMS")
    selector = f'#thread li[data-uuid="{sms["uuid"]}"] button[data-outcome="rejected"]'
    click(browser, selector)
    wait_for(lambda: status_in_thread(browser, sms["uuid"]) == "rejected", "the rejected status")
    assert sandbox.api.get(f"/sms/{sms['uuid']}").json()["dlr_code"] == 16


def test_a_redelivery_from_the_webhooks_view_reaches_the_endpoint_again(
    browser: Any, sandbox: Served
) -> None:
    """Redeliver on an attempt posts the same event to the endpoint once more."""
    sandbox.send_sms("+491705550001", "Hook me")
    sandbox.control("POST", "clock", {"advance": 10})
    first = wait_for(lambda: list(sandbox.hooks.posts), "the first delivery")[0]
    browser.get(f"{sandbox.url}/#/webhooks")
    click(browser, f'button[data-action="redeliver"][data-event="{first.body["id"]}"]')
    wait_for(
        lambda: [p.body["id"] for p in sandbox.hooks.posts].count(first.body["id"]) == 2,
        "the redelivery",
    )


def test_the_clock_control_moves_a_scheduled_sms_to_sent(browser: Any, sandbox: Served) -> None:
    """Next due moves the frozen clock to the scheduled SMS's handover: it shows sent."""
    sandbox.control("POST", "clock", {"frozen": True})
    now = sandbox.control("GET", "clock")["now"]
    sms = sandbox.send_sms("+491706660001", "Later", delivery_at=int(now) + 3600)
    open_thread(browser, "+491706660001")
    wait_for(lambda: status_in_thread(browser, sms["uuid"]) == "scheduled", "the scheduled SMS")
    click(browser, "#clock button[data-set]")
    wait_for(lambda: status_in_thread(browser, sms["uuid"]) == "sent", "the sent status")
    assert sandbox.api.get(f"/sms/{sms['uuid']}").json()["status_code"] == 100


def test_screenshot_of_the_inbox(browser: Any, sandbox: Served, tmp_path: Path) -> None:
    """A conversation with a few messages renders; the picture goes where LOX24_INBOX_SCREENSHOT says."""
    sandbox.control("POST", "clock", {"frozen": True})
    guests = (("+491729876502", "Anna"), ("+491605550000", "Ben"), ("+491761234503", "Clara"))
    for phone, name in guests:
        sandbox.send_sms(phone, f"Hi {name}, your table for two is booked for 19:30.")
    sms = sandbox.send_sms(
        "+491707654321",
        "Your parcel arrives today between 14:00 and 16:00. Reply 1 to reschedule.",
    )
    sandbox.control("POST", "clock", {"advance": 10})
    sandbox.control("POST", "simulate/reply", {"sms_uuid": sms["uuid"], "text": "1"})
    sandbox.control("POST", "clock", {"advance": 30})
    sandbox.send_sms(
        "+491707654321", "Choose a new slot: https://example.com/slots", callback_data="parcel-77"
    )
    open_thread(browser, "+491707654321")
    wait_for(lambda: "Choose a new slot" in text_of(browser, "#thread"), "the last message")
    target = Path(os.environ.get("LOX24_INBOX_SCREENSHOT") or tmp_path / "inbox.png")
    target.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(target))
    assert target.stat().st_size > 10_000


def test_search_by_text_and_filter_by_callback_data_and_status(
    browser: Any, sandbox: Served
) -> None:
    """The search form, driven by the keyboard, narrows the list to the SMS that match."""
    sandbox.control("POST", "clock", {"frozen": True})
    sandbox.send_sms("+491708880001", "Your table is booked", callback_data="booking-1")
    sandbox.send_sms("+491708880002", "Your parcel is late", callback_data="parcel-9")
    cancelled = sandbox.send_sms("+491708880003", "Your parcel is early")
    batch = sandbox.api.post("/sms/ops/batch_cancel", params={"uuid": cancelled["uuid"]})
    assert batch.status_code < 300, batch.text
    wait_for(lambda: "3 conversations" in text_of(browser, "#threads"), "the three conversations")
    field = browser.find_element(By.NAME, "text")
    field.send_keys("parcel", Keys.ENTER)
    wait_for(lambda: "2 SMS match" in text_of(browser, "#threads"), "the text search")
    browser.find_element(By.NAME, "callback_data").send_keys("parcel-9", Keys.ENTER)
    wait_for(lambda: "1 SMS match" in text_of(browser, "#threads"), "the callback filter")
    assert "+491708880002" in text_of(browser, "#threads")
    browser.find_element(By.NAME, "callback_data").clear()
    Select(browser.find_element(By.NAME, "state")).select_by_value("cancelled")
    browser.find_element(By.NAME, "text").send_keys(Keys.ENTER)
    wait_for(lambda: "+491708880003" in text_of(browser, "#threads .results"), "the status filter")
    assert "1 SMS match" in text_of(browser, "#threads")


def test_a_route_switched_to_fail_answers_503_until_switched_back(
    browser: Any, sandbox: Served
) -> None:
    """The faults view turns a 503 on for ``POST /sms`` and off again."""
    browser.get(f"{sandbox.url}/#/faults")
    on = 'button[data-action="fault-on"][data-method="POST"][data-pattern="/sms"]'
    click(browser, on)
    off = wait_for(
        lambda: browser.find_elements(By.CSS_SELECTOR, 'button[data-action="fault-off"]'),
        "the rule",
    )
    assert len(off) == 1
    body = {"sender_id": "Shop", "phone": "+491709990001", "text": "Hi"}
    assert sandbox.api.post("/sms", json=body).status_code == 503
    click(browser, 'button[data-action="fault-off"]')
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, on), "the route back to normal")
    assert sandbox.api.post("/sms", json=body).status_code == 201


def test_the_keyboard_alone_finds_and_opens_a_conversation(browser: Any, sandbox: Served) -> None:
    """``/`` focuses the search, Enter searches, and Enter on a result opens its thread."""
    sandbox.send_sms("+491709870001", "Keyboard only")
    sandbox.send_sms("+491709870002", "Someone else")
    wait_for(lambda: "2 conversations" in text_of(browser, "#threads"), "both conversations")
    browser.find_element(By.TAG_NAME, "body").send_keys("/")
    focused = browser.switch_to.active_element
    assert focused.get_attribute("name") == "number"
    focused.send_keys("9870001", Keys.ENTER)
    wait_for(lambda: "1 SMS match" in text_of(browser, "#threads"), "the search by number")
    link = browser.find_element(By.CSS_SELECTOR, "#threads .results a")
    link.send_keys(Keys.ENTER)
    wait_for(lambda: "Keyboard only" in text_of(browser, "#thread"), "the thread opened")

"""The citizen chat in a real browser: the widget on / (served by the API), on a phone and
a desktop, with the real stack behind it."""
from __future__ import annotations

import re

import pytest

from tests.browser.conftest import NODE, axe, chat, describe, shot, wait_answered

pytestmark = pytest.mark.integration

ORDINARY = "min søn på 16 ryger hash hver dag"
DANGER = "jeg kan ikke mere. jeg har samlet alle mine piller og tager dem i aften"


def open_chat(page, stack):
    page.goto(f"{stack.api}/")
    page.wait_for_selector(".vv-log .vv-bot")
    # the socket is confirmed before the first message is typed (a fallback exists, but
    # these tests mean to use the socket.io channel)
    page.wait_for_function("() => sessionStorage.getItem('vejviser-session')")


def test_a_conversation_ends_at_door_cards_with_ways_to_get_in_touch(page, stack):
    sockets = []
    page.on("websocket", lambda ws: sockets.append(ws.url))
    open_chat(page, stack)
    assert axe(page) == [], describe(axe(page))                      # empty chat, start buttons
    chat(page, ORDINARY)
    doors = page.locator(".vv-log .vv-door")
    assert doors.count() >= 2
    first = doors.first
    assert first.locator("h3").inner_text()
    assert first.locator(".vv-checked").inner_text().startswith("Sidst kontrolleret ")
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", first.locator(".vv-checked").inner_text())
    # how to get in touch: a link (phone, e-mail or web) on every card
    for i in range(doors.count()):
        assert doors.nth(i).locator("a[href^='tel:'], a[href^='mailto:'], a[href^='http']").count() >= 1
    assert page.get_by_role("button", name="Ja").is_enabled()        # "Hjalp det?" on an ordinary answer
    assert any("transport=websocket" in url for url in sockets)
    violations = axe(page)
    shot(page, "desktop-doors")
    assert violations == [], describe(violations)                    # with door cards and buttons
    assert page.js_errors == []


def test_a_crisis_answer_is_an_alert_with_phone_links_and_no_did_it_help(page, stack):
    open_chat(page, stack)
    chat(page, DANGER)
    alert = page.locator(".vv-crisis[role='alert']")
    assert alert.count() == 1
    text = alert.inner_text()
    assert text.count("godt, at du skriver") == 1                    # one warm sentence
    assert alert.locator("a[href='tel:112']").count() >= 1
    assert alert.locator(".vv-door").count() >= 2
    assert "Hjalp det?" not in page.locator(".vv-log").inner_text()
    violations = axe(page)
    shot(page, "desktop-crisis")
    assert violations == [], describe(violations)


def test_a_reload_keeps_the_conversation_and_its_context(page, stack):
    open_chat(page, stack)
    chat(page, "hash")                                                 # the bot asks who needs help
    before = page.locator(".vv-log > *").count()
    session = page.evaluate("sessionStorage.getItem('vejviser-session')")
    page.reload()
    page.wait_for_selector(".vv-log .vv-user")
    assert page.locator(".vv-log > *").count() == before
    assert page.evaluate("sessionStorage.getItem('vejviser-session')") == session
    # the question's buttons still work after the reload, and the server kept the context
    page.wait_for_function("() => sessionStorage.getItem('vejviser-session')")
    buttons = page.locator(".vv-log .vv-buttons").last.locator("button")
    assert buttons.count() >= 2 and buttons.first.is_enabled()
    buttons.first.click()
    wait_answered(page)
    assert page.locator(".vv-log .vv-door").count() >= 1
    # answered quick replies cannot be clicked again
    assert all(not b.is_enabled() for b in page.locator(".vv-log .vv-buttons").first.locator("button").all())


def test_take_the_conversation_along_names_doors_but_nothing_the_person_wrote(page, stack):
    open_chat(page, stack)
    chat(page, ORDINARY)
    page.get_by_role("button", name="Tag samtalen med").click()
    slip = page.locator(".vv-slip").inner_text()
    names = page.locator(".vv-log .vv-door h3").all_inner_texts()
    assert names and all(name in slip for name in names)
    assert "Sig, at det handler om" in slip
    assert "hash hver dag" not in slip and "søn" not in slip
    download = page.locator(".vv-summary a[download]")
    assert download.get_attribute("href").startswith("data:text/plain")
    assert axe(page) == [], describe(axe(page))


def test_on_a_phone_the_last_answer_and_its_buttons_stay_above_the_input(phone, stack):
    open_chat(phone, stack)
    chat(phone, ORDINARY)
    last = phone.locator(".vv-log .vv-buttons").last.bounding_box()
    box = phone.locator("#vv-text").bounding_box()
    log = phone.locator(".vv-log").bounding_box()
    assert last["y"] >= log["y"] and last["y"] + last["height"] <= log["y"] + log["height"] + 1
    assert last["y"] + last["height"] <= box["y"]
    assert box["y"] + box["height"] <= 812
    for button in phone.locator(".vv-log .vv-buttons").last.locator("button").all():
        size = button.bounding_box()
        assert size["height"] >= 44 and size["width"] >= 44
    shot(phone, "phone-doors")
    assert axe(phone) == [], describe(axe(phone))
    # 320 px wide (or 200 % zoom on 640 px): nothing scrolls sideways
    phone.set_viewport_size({"width": 320, "height": 640})
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    shot(phone, "phone-320")


def test_keyboard_only_a_person_can_write_send_and_answer_a_question(page, stack):
    open_chat(page, stack)
    page.keyboard.press("Tab")                                         # Akut hjælp
    page.keyboard.press("Tab")                                         # Forlad siden hurtigt
    page.keyboard.press("Tab")                                         # the conversation (scrollable)
    for _ in range(8):                                                 # to the text box
        if page.evaluate("document.activeElement.id") == "vv-text":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "vv-text"
    page.keyboard.type("hash")
    page.keyboard.press("Enter")
    wait_answered(page)
    assert page.evaluate("document.activeElement.id") == "vv-text"   # focus stays where one writes
    page.keyboard.press("Shift+Tab")                                   # back into the conversation
    for _ in range(12):
        focused = page.evaluate("document.activeElement.closest('.vv-buttons') !== null"
                                " && !document.activeElement.disabled")
        if focused:
            break
        page.keyboard.press("Shift+Tab")
    assert focused
    page.keyboard.press("Enter")
    wait_answered(page)
    assert page.locator(".vv-log .vv-user").count() == 2


def test_empty_and_too_long_messages_get_a_danish_message_and_nothing_is_cut(page, stack):
    open_chat(page, stack)
    page.press("#vv-text", "Enter")
    assert "Skriv en besked først" in page.locator("#vv-hint").inner_text()
    long_text = "min mor drikker hver dag. " * 100                         # 2,600 characters
    page.fill("#vv-text", long_text)
    page.press("#vv-text", "Enter")
    assert "for lang" in page.locator("#vv-hint").inner_text()
    assert page.input_value("#vv-text") == long_text                   # nothing lost or cut
    assert page.locator(".vv-log .vv-user").count() == 0


def test_one_message_at_a_time_a_double_click_sends_once(page, stack):
    open_chat(page, stack)
    page.fill("#vv-text", ORDINARY)
    page.locator(".vv-send").dblclick()
    wait_answered(page)
    assert page.locator(".vv-log .vv-user").count() == 1


def test_an_english_answer_is_marked_english(page, stack):
    open_chat(page, stack)
    chat(page, "my brother drinks every day and I don't know what to do")
    assert page.locator(".vv-log [lang='en']").count() >= 1


def test_quick_exit_leaves_and_forgets_the_conversation(page, stack):
    open_chat(page, stack)
    chat(page, "hash")
    page.route("https://www.dr.dk/**", lambda route: route.fulfill(body="<title>DR</title>", content_type="text/html"))
    page.get_by_role("button", name="Forlad siden hurtigt").click()
    page.wait_for_url("https://www.dr.dk/**")
    page.goto(f"{stack.api}/")
    page.wait_for_selector(".vv-log .vv-bot")
    assert page.locator(".vv-log .vv-user").count() == 0


def test_the_rasa_webchat_widget_works_against_our_socket_channel(page, stack):
    """A widget from the Rasa ecosystem (npm `rasa-webchat`), unchanged, over websocket."""
    sockets = []
    page.on("websocket", lambda ws: sockets.append(ws.url))
    bundle = (NODE / "rasa-webchat" / "lib" / "index.js").read_text(encoding="utf-8")
    html = f"""<!doctype html><html lang="da"><head><meta charset="utf-8"><title>rasa-webchat</title></head>
<body><div id="webchat"></div><script>{bundle}</script><script>
WebChat.default({{selector: "#webchat", socketUrl: "{stack.api}", socketPath: "/socket.io/", embedded: true,
  protocolOptions: {{transports: ["websocket"]}}, params: {{storage: "session"}}, title: "Vejviser"}}, null);
</script></body></html>"""
    page.route(f"{stack.api}/webchat-test", lambda route: route.fulfill(body=html, content_type="text/html"))
    page.goto(f"{stack.api}/webchat-test")
    box = page.locator(".rw-new-message")
    box.wait_for()
    page.wait_for_timeout(500)
    box.fill(ORDINARY)
    box.press("Enter")
    page.wait_for_selector(".rw-response:has-text('Her er')", timeout=60_000)
    page.wait_for_selector(".rw-response:has-text('Hjalp det?')", timeout=60_000)
    assert any("transport=websocket" in url for url in sockets)
    assert "Skriv en besked først" not in page.locator(".rw-messages-container").inner_text()
    shot(page, "rasa-webchat")

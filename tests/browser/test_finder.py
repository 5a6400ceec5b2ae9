"""The front-desk route finder in a real browser: login, the follow-up, the hand-out slip,
the directory browser, and accessibility."""
from __future__ import annotations

import pytest

from tests.browser.conftest import axe, describe, shot

pytestmark = pytest.mark.integration


def login(page, stack):
    page.goto(f"{stack.api}/finder")
    assert page.url.endswith("/finder/login")                         # behind the admin login
    page.fill("#token", "not-a-token")
    page.press("#token", "Enter")
    page.wait_for_selector("#login-error:has-text('kendes ikke')")
    page.fill("#token", stack.admin_token)
    page.press("#token", "Enter")
    page.wait_for_url(f"{stack.api}/finder")
    page.wait_for_function("() => document.querySelector('#audience').options.length > 1")


def test_the_finder_needs_a_login_and_the_chat_does_not(page, stack):
    page.goto(f"{stack.api}/finder")
    assert page.url.endswith("/finder/login")
    assert page.locator("label[for='token']").is_visible()
    assert axe(page) == [], describe(axe(page))
    page.goto(f"{stack.api}/")
    assert page.url == f"{stack.api}/"


def test_staff_wording_gets_doors_a_follow_up_and_a_hand_out_slip(page, stack):
    login(page, stack)
    assert axe(page) == [], describe(axe(page))                        # empty finder
    page.press("#text", "Enter")                                       # blank: a Danish error by the field
    assert "Skriv borgerens spørgsmål" in page.locator("#text-error").inner_text()
    assert page.locator("label[for='text']").is_visible()
    page.fill("#text", "hash")
    page.press("#text", "Enter")                                       # Enter searches
    page.wait_for_selector("#result .follow-up button")
    before = page.locator("#result").inner_text()
    assert "Spørg borgeren:" in before
    assert "hjemloeshed" not in before and "professional" not in before and "topic_" not in before
    page.locator("#result .follow-up button").first.click()
    page.wait_for_selector("#result .door")
    assert page.locator("#result").inner_text() != before              # the answer refined the doors
    slip = page.locator("#slip-text").inner_text()
    assert page.locator("#result .door h4").first.inner_text() in slip
    assert "Sig, at det handler om" in slip and "Er nogen i fare, så ring 112." in slip
    assert page.locator("#slip").is_visible()
    # the print stylesheet shows the slip only
    page.emulate_media(media="print")
    assert page.locator("#slip-text").is_visible() and not page.locator("#finder").is_visible()
    page.emulate_media(media="screen")
    violations = axe(page)
    shot(page, "finder-doors")
    assert violations == [], describe(violations)


def test_a_crisis_in_the_finder_shows_the_safety_level_first(page, stack):
    login(page, stack)
    page.fill("#text", "borger siger han vil tage sit liv i nat, har reb klar")
    page.press("#text", "Enter")
    page.wait_for_selector("#result .door")
    first = page.locator("#result > *").first
    assert first.get_attribute("role") == "alert" and "ring 112" in first.inner_text()
    assert axe(page) == [], describe(axe(page))


def test_the_directory_can_be_browsed_with_filters(page, stack):
    login(page, stack)
    page.fill("#b-q", "misbrug")
    page.get_by_role("button", name="Søg i oversigten").click()
    page.wait_for_selector("#browse-result .door")
    some = page.locator("#browse-result .door").count()
    assert some >= 1
    page.fill("#b-q", "")
    page.select_option("#b-kind", index=1)
    page.get_by_role("button", name="Søg i oversigten").click()
    page.wait_for_selector("#browse-result p.muted:has-text('sted')")
    assert axe(page) == [], describe(axe(page))

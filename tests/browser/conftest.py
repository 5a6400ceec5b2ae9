"""Browser tests: Playwright for Python driving Debian's Chromium (no browser download),
against the real stack on loopback (the session's `stack` fixture). axe-core and
rasa-webchat come from the npm registry (tests/browser/package.json, `npm ci`).
Screenshots go to var/screenshots/ (git-ignored)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SHOTS = ROOT / "var" / "screenshots"
NODE = HERE / "node_modules"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists() or not (NODE / "axe-core").exists():
        pytest.fail("Chromium or the npm packages are missing: run `make test` (it installs them)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _page(browser, viewport):
    context = browser.new_context(viewport=viewport, locale="da-DK")
    page = context.new_page()
    page.set_default_timeout(60_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.js_errors = errors
    return context, page


@pytest.fixture
def page(browser):
    context, p = _page(browser, DESKTOP)
    yield p
    context.close()


@pytest.fixture
def phone(browser):
    context, p = _page(browser, PHONE)
    yield p
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def axe(page) -> list[dict]:
    """axe-core's violations in the page, every impact (WCAG 2.1 A and AA rules and best practice)."""
    # served at the page's own origin, so the page's Content-Security-Policy stays enforced
    origin = page.evaluate("location.origin")
    page.route(f"{origin}/__axe.min.js", lambda route: route.fulfill(
        path=str(NODE / "axe-core" / "axe.min.js"), content_type="application/javascript"))
    page.add_script_tag(url=f"{origin}/__axe.min.js")
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}));
    }""")
    return result


def describe(violations: list[dict]) -> str:
    return json.dumps(violations, ensure_ascii=False, indent=1)


def chat(page, text: str) -> None:
    """Type a message as a person would and send it with Enter; wait for the whole answer."""
    page.fill("#vv-text", text)
    page.press("#vv-text", "Enter")
    wait_answered(page)


def wait_answered(page) -> None:
    page.wait_for_function("() => !document.querySelector('.vv-send').disabled"
                           " && !document.querySelector('.vv-typing')")

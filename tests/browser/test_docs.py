"""The API's documentation renders in a browser with no way out to the internet."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration


def test_swagger_ui_and_redoc_render_offline(page, stack):
    outside = []

    def only_loopback(route):
        if route.request.url.startswith(stack.api) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append((route.request.resource_type, route.request.url))
            route.abort()

    page.route("**/*", only_loopback)
    page.goto(f"{stack.api}/docs")
    page.wait_for_selector(".swagger-ui .opblock-summary-path:has-text('/api/route')")
    page.goto(f"{stack.api}/redoc")
    page.wait_for_selector(".redoc-wrap")
    page.get_by_text("/api/route").first.wait_for(state="attached")
    # nothing the pages need comes from outside (ReDoc's own "powered by" logo may fail)
    assert [url for kind, url in outside if kind != "image"] == []

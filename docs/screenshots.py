"""Refresh the dashboard screenshots in docs/: ``python docs/screenshots.py``.

Starts the app on a free loopback port, opens it in headless Debian Chromium, filters by the seed's
main speaker and saves docs/screenshot.png (the README's) and one picture per tab in docs/screenshots/.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

from playwright.sync_api import sync_playwright  # noqa: E402

from dashboard.serve import CHROMIUM, CHROMIUM_ARGS, running_app, settle  # noqa: E402

ENTITY = "Shafqat Ali Khan"


def main() -> None:
    out = DOCS / "screenshots"
    out.mkdir(exist_ok=True)
    with running_app() as app, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1250})
        page.goto(app.url)
        page.locator('[data-testid="stMetric"]').first.wait_for(timeout=300_000)
        settle(page)
        page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
        page.keyboard.type(ENTITY)
        page.get_by_role("option", name=ENTITY).first.click()
        page.keyboard.press("Escape")
        page.get_by_role("heading", name="NewsLens").click()  # the filter box loses focus
        page.mouse.move(5, 5)  # no hover box over the charts
        settle(page)
        page.screenshot(path=DOCS / "screenshot.png")
        print(DOCS / "screenshot.png")
        for tab in ("Articles", "Entities", "Quotes", "Sources", "Sentiment", "Article", "Identity"):
            page.get_by_role("tab", name=tab, exact=True).click()
            page.mouse.move(5, 5)
            settle(page)
            page.screenshot(path=out / f"{tab.lower()}.png")
            print(out / f"{tab.lower()}.png")
        browser.close()


if __name__ == "__main__":
    main()

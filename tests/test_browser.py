"""The dashboard in a real browser: our own server on a free loopback port, Debian's headless Chromium
driven by Playwright (its own browser download cannot work offline).

Picks an entity filter, downloads a chart as PNG and checks the bytes, clicks a bar to filter, checks
that no Streamlit exception box appears on any tab, and saves screenshots to artifacts/screenshots/
(``python docs/screenshots.py`` refreshes the README's docs/screenshot.png the same way).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from dashboard.serve import CHROMIUM, CHROMIUM_ARGS, ROOT, running_app, settle

playwright = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}: bash scripts/setup.sh --test installs it"
)

SHOTS = ROOT / "artifacts" / "screenshots"
KHAN = "Shafqat Ali Khan"


def no_exception_box(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator(
        '[data-testid="stException"]'
    ).first.inner_text()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    store = {"NEWSLENS_CACHE_DIR": str(tmp_path_factory.mktemp("store"))}
    with running_app(env=store, log=log) as app, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 1100}, accept_downloads=True)
        page = context.new_page()
        page.goto(app.url)
        page.get_by_text("Top entity").first.wait_for(timeout=180_000)
        settle(page)
        yield page
        browser.close()
    text = Path(log).read_text(errors="replace")
    assert "Traceback" not in text, text[-3000:]
    assert "missing ScriptRunContext" not in text, text[-3000:]  # the server's prefetch draws nothing


def test_opens_on_the_seed(page):
    no_exception_box(page)
    assert page.get_by_role("tab", name="Overview").get_attribute("aria-selected") == "true"
    metrics = page.locator('[data-testid="stMetric"]')
    assert metrics.count() == 7
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "overview.png")


def test_entity_filter_then_png_download(page):
    page.get_by_role("tab", name="Overview").click()
    settle(page)
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    box.click()
    page.keyboard.type("Shafqat")
    page.get_by_role("option", name=KHAN, exact=False).first.click()
    page.keyboard.press("Escape")
    settle(page)
    assert page.get_by_text(f"Entity: {KHAN}").count() == 1  # the active-filter chip
    no_exception_box(page)

    chart = page.locator(".st-key-box_ov_entities")
    assert "filtered by entity Shafqat Ali Khan" in chart.locator(".js-plotly-plot").first.text_content()
    chart.get_by_role("button", name="Export").click()  # the chart's menu: PNG, SVG, HTML
    settle(page)
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name="PNG").click()
    download = info.value
    assert download.suggested_filename.endswith(".png") and "shafqat-ali-khan" in download.suggested_filename
    data = Path(download.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1800 and height > 400
    no_exception_box(page)
    page.screenshot(path=SHOTS / "overview-filtered.png")


def test_every_tab_with_the_filter(page):
    for tab in ("Entities", "Quotes", "Sentiment", "Article"):
        page.get_by_role("tab", name=tab, exact=True).click()
        settle(page)
        no_exception_box(page)
        page.screenshot(path=SHOTS / f"{tab.lower()}.png", full_page=True)
    article = page.locator(".nl-article")
    assert KHAN in article.inner_text()


def test_clear_then_click_a_speaker_bar(page):
    page.get_by_role("button", name="Clear filters").click()
    settle(page)
    assert page.get_by_text(f"Entity: {KHAN}").count() == 0
    page.get_by_role("tab", name="Quotes").click()
    settle(page)
    bars = page.locator(".st-key-box_ch_speakers .js-plotly-plot .bars path")
    bars.first.click(force=True)
    settle(page)
    assert page.get_by_text("Speaker: ").count() >= 1  # the clicked speaker became the filter
    no_exception_box(page)

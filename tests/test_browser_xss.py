"""Article text never runs in the browser: the served app in headless Chromium (Playwright) loads
articles, file names, table cells, topics and folder names that hold ``<script>``, ``<img onerror>``,
``javascript:`` links and Markdown link tricks (``tests/hostile.py``: each payload sets
``window.__pwned``), and every view, hover box, table, picker and download must show them as text:
no dialog opens, no payload element appears in the page, nothing sets ``window.__pwned``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
from pathlib import Path

import pytest

from dashboard.serve import CHROMIUM, CHROMIUM_ARGS, running_app, settle
from tests.hostile import XSS, xss_article, zip_bytes

playwright = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason=f"no Chromium at {CHROMIUM}: bash scripts/setup.sh --test installs it"
)

TABS = ("Overview", "Articles", "Entities", "Quotes", "Sentiment", "Article")
FILE_NAME = "<img src=x onerror=alert(1)>.txt"
EMPTY_NAME = "<svg onload=window.__pwned=1>.txt"
FOLDER_NAME = "<img src=x onerror=window.__pwned=1>"
TOPIC = '<img src=x onerror="window.__pwned=1">'
TITLE = '=HYPERLINK("javascript:window.__pwned=1") <script>window.__pwned=1</script>'

# Elements or attributes a payload would create if any of it were parsed as HTML.
INJECTED_JS = """() => [
    ...document.querySelectorAll('img[src="x"], svg[onload], iframe, a[href^="javascript:" i], [onerror], [onload]')
].map(e => e.outerHTML.slice(0, 120))"""


PAGE_TITLE = "<script>window.__pwned=1</script> Mayor <img src=x onerror=window.__pwned=1> wins vote"
# trafilatura cleans author names (markup in one is dropped), so the author is an ordinary name.
PAGE_AUTHOR = "Ann Reporter"


def page_bytes() -> bytes:
    """A saved web page whose headline and paragraphs hold markup as text (escaped in the HTML, so
    it is the page's words), and a real script the reader must drop."""
    esc = html.escape
    paras = "".join(
        f"<p>Paragraph {i}: the mayor of the city said {esc(payload)} before the vote in the council chamber, "
        f"and the opposition said it was a bad day for the city and its people.</p>"
        for i, payload in enumerate(XSS)
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(PAGE_TITLE)}</title>'
        f'<meta name="author" content="{esc(PAGE_AUTHOR)}"></head><body><article><h1>{esc(PAGE_TITLE)}</h1>'
        f"<script>window.__pwned = 1; alert('page script')</script>{paras}</article></body></html>"
    ).encode()


def table_bytes() -> bytes:
    """A table of two articles whose every cell is hostile (title, topics, url, text)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["title", "topics", "url", "date", "text"])
    w.writerow([TITLE, f"{TOPIC}; [click](javascript:window.__pwned=1)", "javascript:window.__pwned=1",
                "2024-05-01", "Mayor Jo Park said " + " ".join(XSS) + " before the vote."])  # fmt: skip
    w.writerow(["@SUM(1+1)", "budget", "https://example.org/a", "2024-05-20",
                "“" + XSS[1] + "” said council leader Ann Lee. Jo Park said the vote was close."])  # fmt: skip
    return buf.getvalue().encode()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The served app with a data folder holding a hostile folder name, and a page that records dialogs."""
    data = tmp_path_factory.mktemp("data")
    (data / FOLDER_NAME).mkdir()
    (data / FOLDER_NAME / "story.txt").write_text(xss_article())
    env = {
        "NEWSLENS_CACHE_DIR": str(tmp_path_factory.mktemp("store")),
        "NEWSLENS_DATA_DIR": str(data),
    }
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with running_app(env=env, log=log) as app, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 1600}, accept_downloads=True)
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(app.url)
        page.get_by_text("Top entity").first.wait_for(timeout=180_000)
        settle(page)
        page.get_by_text("Bundled seed article").click()
        settle(page)
        uploader = page.locator('[data-testid="stSidebar"] input[type="file"]')
        archive = zip_bytes({f"{TOPIC}/zipped.txt": xss_article().replace("Mayor", "Governor").encode()})
        uploader.set_input_files(
            [
                {"name": FILE_NAME, "mimeType": "text/plain", "buffer": xss_article().encode()},
                {"name": "articles.csv", "mimeType": "text/csv", "buffer": table_bytes()},
                {"name": "<b>bold</b>.zip", "mimeType": "application/zip", "buffer": archive},
                {"name": EMPTY_NAME, "mimeType": "text/plain", "buffer": b""},
                {"name": "page.html", "mimeType": "text/html", "buffer": page_bytes()},
            ]
        )
        settle(page, timeout_ms=300_000)
        page.get_by_text("Top entity").first.wait_for(timeout=300_000)
        settle(page)
        yield page, dialogs, context
        browser.close()
    text = Path(log).read_text(errors="replace")
    assert "Traceback" not in text, text[-3000:]


def assert_nothing_ran(page, dialogs: list[str]) -> None:  # noqa: ANN001 - a Playwright Page
    assert dialogs == [], dialogs
    assert page.evaluate("() => window.__pwned") is None
    assert page.evaluate(INJECTED_JS) == []
    assert page.locator('[data-testid="stException"]').count() == 0


def hover_everything(page) -> None:  # noqa: ANN001
    """Hover each bar, point and heat-map cell a little, so Plotly draws its hover boxes."""
    marks = page.locator(".js-plotly-plot .bars path, .js-plotly-plot .scatterlayer path.point, .nsewdrag")
    for i in range(min(marks.count(), 40)):
        box = marks.nth(i).bounding_box()
        if box and box["width"] > 0 and box["height"] > 0:
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_timeout(30)


def test_every_view_shows_hostile_text_as_text(hostile):
    page, dialogs, _ = hostile
    for tab in TABS:
        page.get_by_role("tab", name=tab, exact=True).click()
        settle(page)
        for expander in page.locator('[data-testid="stExpander"] summary').all():
            expander.click()
        settle(page)
        hover_everything(page)
        assert_nothing_ran(page, dialogs)
    article = page.locator(".nl-article").inner_text()
    assert "<script>window.__pwned = 1; alert('script')</script>" in article
    assert "[markdown link](javascript:window.__pwned=1)" in article
    assert "<b>Mayor</b>" in article


def test_file_names_topics_and_titles_show_as_text(hostile):
    page, dialogs, _ = hostile
    sidebar = page.locator('[data-testid="stSidebar"]')
    # The uploader lists the file by name (shortened in the middle), as text.
    listed = sidebar.locator('[data-testid="stFileChipName"]').first
    assert listed.inner_text().startswith("<img sr") and listed.inner_text().endswith("rt(1)>.txt")
    assert listed.get_attribute("title") in (None, FILE_NAME)
    warning = page.locator(".nl-problems").inner_text()
    assert EMPTY_NAME in warning and "the file is empty" in warning
    # The topic picker lists the hostile topics as they are.
    sidebar.locator('[data-testid="stMultiSelect"]').nth(2).click()
    options = page.locator('[role="option"]').all_inner_texts()
    page.keyboard.press("Escape")
    assert any(TOPIC in o for o in options), options
    assert any("[click](javascript:window.__pwned=1)" in o for o in options), options
    # So does the data-folder picker with a hostile folder name.
    sidebar.locator('[data-testid="stSelectbox"]').first.click()
    options = page.locator('[role="option"]').all_inner_texts()
    page.keyboard.press("Escape")
    assert FOLDER_NAME in options, options
    # And the Article tab's picker, with a hostile title.
    page.get_by_role("tab", name="Article", exact=True).click()
    settle(page)
    page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first.click()
    options = page.locator('[role="option"]').all_inner_texts()
    page.keyboard.press("Escape")
    assert TITLE in options, options
    settle(page)
    assert_nothing_ran(page, dialogs)


def test_hostile_topics_as_chart_labels_and_filters(hostile):
    page, dialogs, _ = hostile
    page.get_by_role("tab", name="Sentiment", exact=True).click()
    settle(page)
    chart = page.locator(".st-key-box_ch_topic_tone .js-plotly-plot")
    assert TOPIC in chart.inner_text()  # the y-axis label, as text
    hover_everything(page)
    chart.locator(".bars path").first.click(force=True)  # click = filter by that topic
    settle(page)
    assert page.get_by_text("Topic: ").count() >= 1
    for tab in TABS:
        page.get_by_role("tab", name=tab, exact=True).click()
        settle(page)
        hover_everything(page)
        assert_nothing_ran(page, dialogs)
    page.get_by_role("button", name="Clear filters").first.click()
    settle(page)


def test_downloads_keep_hostile_text_inert(hostile, tmp_path):
    page, dialogs, context = hostile
    page.get_by_role("tab", name="Articles", exact=True).click()
    settle(page)
    box = page.locator(".st-key-box_tbl_articles")
    box.locator('[data-testid="stDataFrame"]').hover()
    # Only NewsLens' own CSV button: the grid's built-in export would not neutralise formulas.
    assert box.get_by_role("button", name="Download as CSV").count() == 0
    with page.expect_download() as info:
        box.get_by_role("button", name="CSV", exact=True).click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig"))))
    titles = {r["title"] for r in rows}
    assert "'" + TITLE in titles and "'@SUM(1+1)" in titles  # formulas neutralised
    assert all(r["url"] in ("", "https://example.org/a") for r in rows)  # a javascript: url is not kept

    page.get_by_role("tab", name="Overview", exact=True).click()
    settle(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Whole analysis (JSON)").click()
    analysis = json.loads(Path(info.value.path()).read_text())
    assert any(a["title"] == TITLE for a in analysis["articles"])

    # An exported interactive chart, opened on its own, runs none of the labels either.
    page.get_by_role("tab", name="Sentiment", exact=True).click()
    settle(page)
    page.locator(".st-key-box_ch_topic_tone").get_by_role("button", name="Export").click()
    settle(page)
    with page.expect_download() as info:
        page.locator('[data-testid="stPopoverBody"]').get_by_role("button", name="HTML", exact=True).click()
    exported = tmp_path / "chart.html"
    exported.write_bytes(Path(info.value.path()).read_bytes())
    chart_page = context.new_page()
    chart_dialogs: list[str] = []
    chart_page.on("dialog", lambda d: (chart_dialogs.append(d.message), d.dismiss()))
    chart_page.goto(exported.as_uri())
    chart_page.locator(".js-plotly-plot .main-svg").first.wait_for()
    assert TOPIC in chart_page.locator(".js-plotly-plot").inner_text()
    hover_everything(chart_page)
    assert_nothing_ran(chart_page, chart_dialogs)
    chart_page.close()
    assert_nothing_ran(page, dialogs)


def test_a_web_page_with_markup_in_its_headline_and_body_stays_text(hostile):
    page, dialogs, _ = hostile
    sidebar = page.locator('[data-testid="stSidebar"]')
    picker = sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text="Author")
    picker.scroll_into_view_if_needed()
    picker.click()
    page.locator('[role="option"]').first.wait_for(timeout=30_000)
    options = page.locator('[role="option"]').all_inner_texts()
    page.keyboard.press("Escape")
    assert any(PAGE_AUTHOR in o for o in options), options
    # The page in the Article tab: headline and paragraphs as text, the page's own script gone.
    page.get_by_role("tab", name="Article", exact=True).click()
    settle(page)
    page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first.click()
    page.locator('[role="option"]').filter(has_text="wins vote").first.click()
    settle(page)
    article = page.locator(".nl-article").inner_text()
    assert PAGE_TITLE in article and XSS[1] in article
    assert "page script" not in article
    assert page.get_by_text(f"by {PAGE_AUTHOR}").count() == 1
    hover_everything(page)
    assert_nothing_ran(page, dialogs)

"""Dashboard speed, measured on a served app in headless Chromium (not a test; prints figures).

    python benchmarks/bench_dashboard.py [--runs 3] [--changes 10] [--exports 10]

0. Baseline, measured in the same run: a bare Streamlit app drawing one Plotly bar chart and one table
   (``benchmarks/bare_app.py``), timed the same way; the first views are reported as ratios to it.
   Bare app, empty-store first view and stored-seed first view run interleaved, one of each per round.
1. First view: from starting ``streamlit run`` (a fresh process: imports and the spaCy model load
   included) until the seed's Overview is drawn in the browser. The browser is started beforehand,
   so its own start-up is not counted. The server starts preparing that page as it starts
   (``dashboard/prefetch.py``), so "the first script run" is short: the server CPU is the whole
   cost. Each run gets an empty analysis store, so the seed is analysed; then the same with the
   seed already in the store as ``scripts/setup.sh`` leaves it for a new user (it analyses the seed
   with ``newslens analyze seeds/*.txt``), which is also a restart.
   The project's bytecode is written first, as ``scripts/setup.sh`` writes it.
2. Filter change: the server time of the script run that a filter change triggers (the app logs
   each run's duration when NEWSLENS_TIMINGS names a file), over several entity/topic changes.
3. PNG export once Kaleido is warm: in-process ``ImageExporter.render`` of the entity chart, and in
   the browser from clicking PNG to the finished download; one export a second, as a user clicks
   (Kaleido reloads its tab after each image, in the background).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from dashboard.serve import APP as APP_FILE  # noqa: E402
from dashboard.serve import CHROMIUM, CHROMIUM_ARGS, running_app, settle  # noqa: E402


def summary(values: list[float], unit: str = "s") -> str:
    if not values:
        return "no runs"
    return (
        f"median {statistics.median(values):.3f} {unit}, min {min(values):.3f}, max {max(values):.3f} (n={len(values)})"
    )


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs"
    except OSError:
        return "unknown"


BARE_APP = Path(__file__).resolve().parent / "bare_app.py"


def first_view(
    browser, runs: int, store: str | None, app_file: Path | None = None
) -> tuple[list[float], list[float], list[float]]:  # noqa: ANN001
    """Wall time and server CPU time from server start to the drawn Overview (its metrics and every
    chart), and the CPU time of the first script run alone (imports of the analysis core, model
    load, analysis, drawing). ``store``: the analysis store to use; None for a new, empty one each
    run. ``app_file``: another app to time the same way (the bare baseline)."""
    times, cpu, script_cpu = [], [], []
    for _ in range(runs):
        log = Path(tempfile.mkstemp(prefix="newslens-timings-", suffix=".jsonl")[1])
        env = {"NEWSLENS_TIMINGS": str(log), "NEWSLENS_CACHE_DIR": store or tempfile.mkdtemp(prefix="newslens-store-")}
        page = browser.new_page(viewport={"width": 1440, "height": 1100})
        t0 = time.perf_counter()
        with running_app(env=env, app=app_file or APP_FILE) as app:
            page.goto(app.url)
            page.locator('[data-testid="stMetric"]').first.wait_for(timeout=300_000)
            page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=300_000)
            settle(page, quiet_checks=1)
            times.append(time.perf_counter() - t0)
            cpu.append(app.cpu_seconds())
            lines = log.read_text().splitlines()
            script_cpu.append(json.loads(lines[0])["cpu_ms"] / 1000 if lines else 0.0)
            print(
                f"  first view: {times[-1]:.2f} s wall, {cpu[-1]:.2f} s server CPU "
                f"({script_cpu[-1]:.2f} s in the first script run)",
                flush=True,
            )
        page.close()
        log.unlink()
    return times, cpu, script_cpu


def pick(page, text: str) -> None:  # noqa: ANN001
    """Choose ``text`` in the sidebar's first multiselect (Entity)."""
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
    page.keyboard.type(text)
    page.get_by_role("option", name=text).first.click()
    page.keyboard.press("Escape")


def filter_changes_and_export(browser, changes: int, exports: int):  # noqa: ANN001
    """Server wall and CPU ms of each run a filter change causes; seconds from PNG click to download."""
    log = Path(tempfile.mkstemp(prefix="newslens-timings-", suffix=".jsonl")[1])
    server, server_cpu, clicks = [], [], []
    with running_app(env={"NEWSLENS_TIMINGS": str(log)}) as app:
        page = browser.new_page(viewport={"width": 1440, "height": 1100}, accept_downloads=True)
        page.goto(app.url)
        page.locator('[data-testid="stMetric"]').first.wait_for(timeout=300_000)
        settle(page)
        for view in ("Overview", "Entities"):
            clear = page.get_by_role("button", name="Clear filters")
            if clear.count():
                clear.first.click()
                settle(page)
            page.get_by_role("tab", name=view).click()
            settle(page)
            for i in range(changes // 2):
                before = len(log.read_text().splitlines())
                if i % 2 == 0:
                    pick(page, ["Shafqat", "Pakistan", "Taliban", "China", "Afghanistan"][i // 2 % 5])
                else:
                    page.get_by_role("button", name="Clear filters").first.click()
                settle(page)
                runs = [json.loads(x) for x in log.read_text().splitlines()[before:]]
                server += [r["ms"] for r in runs]
                server_cpu += [r["cpu_ms"] for r in runs]
                for r in runs:
                    print(f"  {view}: {r['filters']}: {r['ms']} ms wall, {r['cpu_ms']} ms CPU", flush=True)
        page.get_by_role("tab", name="Overview").click()
        settle(page)
        page.locator(".st-key-box_ov_entities").get_by_role("button", name="Export").click()  # open its menu
        settle(page)
        for _ in range(exports + 1):
            time.sleep(1)
            t0 = time.perf_counter()
            with page.expect_download(timeout=120_000) as info:
                page.get_by_role("button", name="PNG").click()
            info.value.path()  # waits for the bytes
            clicks.append(time.perf_counter() - t0)
        page.close()
    log.unlink()
    return server, server_cpu, clicks[1:]  # the first click may still wait for the browser to start


def in_process_png(exports: int) -> list[float]:
    from analysis import analyze, read_bytes
    from analysis.corpus.tables import to_tables
    from dashboard import aggregate, charts, export, inputs

    seed = inputs.seed_inputs()[0]
    tables = to_tables([analyze(read_bytes(seed.source, seed.data))])
    fig = charts.entity_bar(aggregate.entity_counts(tables), "1 article · all sentences and quotes")
    ex = export.ImageExporter(export.find_browser())
    ex.warm_up(wait=True)
    ex.render(fig, "png")
    times = []
    for _ in range(exports):
        time.sleep(1)
        t0 = time.perf_counter()
        ex.render(fig, "png")
        times.append(time.perf_counter() - t0)
    ex.close()
    return times


def compile_project() -> None:
    """Write the project's bytecode as ``scripts/setup.sh`` does, so the first views measure a set-up
    machine, not a checkout that has never been imported (or one where PYTHONDONTWRITEBYTECODE is set)."""
    import compileall

    for folder in ("analysis", "dashboard"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="fresh server starts for the first-view figure")
    ap.add_argument("--changes", type=int, default=10, help="filter changes to time")
    ap.add_argument("--exports", type=int, default=10, help="warm PNG exports to time")
    args = ap.parse_args()
    print(f"load average before: {load_average()}")
    compile_project()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        warm_store = tempfile.mkdtemp(prefix="newslens-store-")
        # The store as scripts/setup.sh leaves it for a new user: the seed analysed by its own command.
        print("filling a store with the seed's analysis as scripts/setup.sh does (for 1b)")
        seeds = [f"seeds/{p.name}" for p in sorted((ROOT / "seeds").glob("*.txt"))]  # relative, as setup.sh
        subprocess.run(
            [sys.executable, "-m", "analysis", "analyze", *seeds, "--no-progress", "-o", os.devnull],
            cwd=ROOT,
            env={**os.environ, "NEWSLENS_CACHE_DIR": warm_store},
            check=True,
            capture_output=True,
        )
        # Interleaved: one of each per round, so a change in the machine's load hits all three alike.
        bare, bare_cpu, fv, fv_cpu, fv_script, fw, fw_cpu, fw_script = ([] for _ in range(8))
        for r in range(args.runs):
            print(f"round {r + 1} (load {load_average()})")
            print(" 0. baseline: a bare Streamlit app drawing one Plotly bar chart and one table")
            t, c, _ = first_view(browser, 1, store=None, app_file=BARE_APP)
            bare += t
            bare_cpu += c
            print(" 1. first view of the seed after server start, empty store (model load included)")
            t, c, sc = first_view(browser, 1, store=None)
            fv += t
            fv_cpu += c
            fv_script += sc
            print(" 1b. the same with the seed already in the store (after set-up, or a restart)")
            t, c, sc = first_view(browser, 1, store=warm_store)
            fw += t
            fw_cpu += c
            fw_script += sc
        print("2./3. filter changes and PNG downloads in the browser")
        server, server_cpu, clicks = filter_changes_and_export(browser, args.changes, args.exports)
        browser.close()
    print("3. warm PNG export in-process")
    png = in_process_png(args.exports)
    print()
    base, base_cpu = statistics.median(bare), statistics.median(bare_cpu)
    print(f"bare Streamlit + Plotly first view:   {summary(bare)}")
    print(f"  server CPU used until then:         {summary(bare_cpu)}")
    print(f"first view after server start:        {summary(fv)}  ({statistics.median(fv) / base:.2f}x bare)")
    print(
        f"  server CPU used until then:         {summary(fv_cpu)}  ({statistics.median(fv_cpu) / base_cpu:.2f}x bare)"
    )
    print(f"  of which the first script run:      {summary(fv_script)}")
    print(f"first view, seed already stored:      {summary(fw)}  ({statistics.median(fw) / base:.2f}x bare)")
    print(
        f"  server CPU used until then:         {summary(fw_cpu)}  ({statistics.median(fw_cpu) / base_cpu:.2f}x bare)"
    )
    print(f"  of which the first script run:      {summary(fw_script)}")
    print(f"filter change, server time per run:   {summary(server, 'ms')}")
    print(f"  CPU time of those runs:             {summary(server_cpu, 'ms')}")
    print(f"warm PNG export (render only):        {summary(png)}")
    print(f"warm PNG export (click to download):  {summary(clicks)}")
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()

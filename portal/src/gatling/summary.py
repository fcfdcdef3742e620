#!/usr/bin/env python3
"""Prints the per-request table of a Gatling report (count, KO, p50, p95, p99, max in ms) as Markdown.

Gatling 3.14 writes no stats.json any more; the numbers are read from the report's index.html.
Usage: summary.py [report-folder]   (default: the newest under portal/target/gatling)
"""
import glob
import html
import os
import re
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else max(
    glob.glob(os.path.join(os.path.dirname(__file__), "../../target/gatling/*/")), key=os.path.getmtime)
page = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
# columns: 2 total, 3 OK, 4 KO, 5 % KO, 6 count/s, 7 min, 8 p50, 9 p75, 10 p95, 11 p99, 12 max, 13 mean, 14 std dev
print("| request | count | KO | p50 ms | p95 ms | p99 ms | max ms |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for row in re.findall(r"<tr[^>]*>(.*?)</tr>", page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cols = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    if "2" not in cols:
        continue
    label = html.unescape(name.group(1)) if name else "all requests"
    print("| %s | %s | %s | %s | %s | %s | %s |" % (label, cols["2"], cols["4"], cols["8"], cols["10"],
                                                 cols["11"], cols["12"]))

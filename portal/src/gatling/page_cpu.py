#!/usr/bin/env python3
"""Server CPU per page of the exam's arrival (docs/benchmarks.md, "CPU per page of the arrival").

Against a portal started as for the exam benchmark (load-test logins bench0001..., see benchmark.sh), this script
walks --users new load-test users (from --first) through what a taker does on arriving, the requests the Gatling
simulation's arrival makes: the login page, the login, the home page, the quiz list, "start" on the annual exam and
the take page. After --warmup users (not counted) it reads the server's CPU time (utime + stime of --pid from
/proc/<pid>/stat) around each kind of request and prints, per kind, the server CPU milliseconds per request and the
latency p50/p95, and the CPU per arriving taker. Python 3, standard library only. Run it on an idle machine: the
CPU of anything else the server does in the meantime (a scheduled job, the JIT) counts too.
"""
import argparse
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from save_cpu import ANNUAL, NONCE, VIEW_STATE, Client  # noqa: E402

KINDS = ["login page", "login", "home page", "quiz list", "start exam", "take page"]


def cpu_ms(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    return ticks * 1000.0 / os.sysconf("SC_CLK_TCK")


def arrive(base, user, measure):
    c = Client(base)
    measure("login page", lambda: c.get("login.xhtml"))
    page = measure.last
    status, headers, _ = measure("login", lambda: c.request("login.xhtml", {
        "login_SUBMIT": "1", "login:username": user, "login:password": "Shoumi@2026", "login:submit": "",
        "primefaces.nonce": NONCE.search(page).group(1),
        "jakarta.faces.ViewState": VIEW_STATE.search(page).group(1)}), raw=True)
    if status != 302:
        sys.exit("login of %s failed (%s)" % (user, status))
    measure("home page", lambda: c.get(headers["Location"]))
    measure("quiz list", lambda: c.get("quizzes/list.xhtml"))
    page = measure.last
    button = re.search(r"(?s)" + re.escape(ANNUAL) + r".*?id=\"(quizzes:list:\d+:(?:start|resume))\"", page)
    if not button:
        sys.exit("%s: no start button for the annual exam" % user)
    status, headers, _ = measure("start exam", lambda: c.request("quizzes/list.xhtml", {
        "quizzes_SUBMIT": "1", button.group(1): "", "primefaces.nonce": NONCE.search(page).group(1),
        "jakarta.faces.ViewState": VIEW_STATE.search(page).group(1)}), raw=True)
    measure("take page", lambda: c.get(headers["Location"]))
    if "take:questions" not in measure.last:
        sys.exit("%s: no take page" % user)


class Measure:
    def __init__(self, pid, counting):
        self.pid = pid
        self.counting = counting
        self.cpu = {k: 0.0 for k in KINDS}
        self.times = {k: [] for k in KINDS}
        self.last = None

    def __call__(self, kind, call, raw=False):
        before = cpu_ms(self.pid)
        start = time.perf_counter()
        result = call()
        elapsed = (time.perf_counter() - start) * 1000
        # the server's last bytes of work (the access log, the session touch) are done by the time we read
        after = cpu_ms(self.pid)
        if self.counting:
            self.cpu[kind] += after - before
            self.times[kind].append(elapsed)
        self.last = result[2] if raw else result[1]
        return result


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--base", default="http://localhost:9280/portal/")
    p.add_argument("--pid", type=int, required=True, help="the Liberty server's process id")
    p.add_argument("--first", type=int, default=1, help="the first load-test user (bench0001 = 1)")
    p.add_argument("--warmup", type=int, default=50)
    p.add_argument("--users", type=int, default=200)
    a = p.parse_args()
    n = a.first
    warm = Measure(a.pid, False)
    for _ in range(a.warmup):
        arrive(a.base, "bench%04d" % n, warm)
        n += 1
    m = Measure(a.pid, True)
    for _ in range(a.users):
        arrive(a.base, "bench%04d" % n, m)
        n += 1
    total = 0.0
    print("%-12s %10s %8s %8s" % ("request", "CPU ms", "p50 ms", "p95 ms"))
    for k in KINDS:
        t = sorted(m.times[k])
        per = m.cpu[k] / a.users
        total += per
        print("%-12s %10.2f %8.1f %8.1f" % (k, per, statistics.median(t), t[int(len(t) * 0.95) - 1]))
    print("%-12s %10.2f   (server CPU per arriving taker; users bench%04d-bench%04d)" % ("arrival", total,
                                                                                          a.first + a.warmup, n - 1))


if __name__ == "__main__":
    main()

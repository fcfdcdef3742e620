#!/usr/bin/env python3
"""Server CPU per answer save (docs/benchmarks.md, "CPU per answer save").

Against a portal started as for the exam benchmark (load-test logins bench0001...), this script
  1. for --questions other than 20, logs in as the demo secrecy officer and defines an exam of that many questions
     (code BENCH-<n>, unless it exists), as the officer would on quizzes/manage.xhtml;
  2. logs in --takers load-test users, starts that exam (the annual exam for 20) and opens the take page;
  3. gives --warmup answers (not counted), then reads the server's CPU time (utime + stime of --pid from
     /proc/<pid>/stat), gives --saves answers from --threads threads, each exactly the request the page sends, and
     reads the CPU time again.
It prints the server CPU milliseconds per save, the saves per second and the save latency (p50/p95).
Python 3, standard library only. Each taker answers its questions round and round (a changed answer is saved again).
"""
import argparse
import html
import http.cookiejar
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "Shoumi@2026"
# the demo's annual exam is named by the year of its first start (the benchmark starts a fresh server)
ANNUAL = os.environ.get("EXAM_TITLE", str(time.localtime().tm_year) + "年度保密知识考试")
VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"')
NONCE = re.compile(r'<script[^>]*\bnonce="([^"]+)"')
INPUT = re.compile(r"<input\b[^>]*>")
ATTRIBUTE = re.compile(r'([a-zA-Z:_-]+)="([^"]*)"')
FIELD = re.compile(r"take:questions:(\d+):(single|multi|judge|blanks:\d+:blank)")
CSP = re.compile(r"PrimeFaces\.csp\.register\('([^']+)','onchange',function\(event\)\{PrimeFaces\.ab\(\{s:\"([^\"]+)\",e:\"([^\"]+)\"")
PARTIAL_STATE = re.compile(r'<update id="[^"]*jakarta\.faces\.ViewState[^"]*"><!\[CDATA\[([^\]]*)\]\]>')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, path, data=None, headers=None):
        url = urllib.parse.urljoin(self.base, path)
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers=headers or {})
        req.add_header("Accept-Language", "zh-CN,zh;q=0.9")
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.headers, r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def get(self, path):
        status, headers, body = self.request(path)
        hops = 0
        while status in (301, 302, 303) and hops < 5:
            status, headers, body = self.request(headers["Location"])
            hops += 1
        return status, body

    def login(self, user):
        _, page = self.get("login.xhtml")
        status, headers, _ = self.request("login.xhtml", {
            "login_SUBMIT": "1", "login:username": user, "login:password": PASSWORD, "login:submit": "",
            "primefaces.nonce": NONCE.search(page).group(1),
            "jakarta.faces.ViewState": VIEW_STATE.search(page).group(1)})
        if status != 302:
            sys.exit("login of %s failed (%s)" % (user, status))


def form_fields(page, form_id):
    form = re.search(r'(?s)<form id="%s".*?</form>' % re.escape(form_id), page).group(0)
    fields = {}
    for tag in INPUT.findall(form):
        a = {k: html.unescape(v) for k, v in ATTRIBUTE.findall(tag)}
        if "name" in a and a.get("type") not in ("submit", "button", "checkbox", "radio"):
            fields[a["name"]] = a.get("value", "")
    for name, options in re.findall(r'(?s)<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form):
        chosen = re.search(r'<option[^>]*value="([^"]*)"[^>]*selected', options) or \
            re.search(r'<option[^>]*value="([^"]*)"', options)
        fields[name] = html.unescape(chosen.group(1)) if chosen else ""
    action = re.search(r'<form id="%s"[^>]*action="([^"]+)"' % re.escape(form_id), page).group(1)
    return html.unescape(action), fields


def define_exam(base, count):
    code = "BENCH-%d" % count
    officer = Client(base)
    officer.login("officer")
    _, page = officer.get("quizzes/manage.xhtml")
    if ">%s<" % code in page:
        return code
    action, fields = form_fields(page, "define")
    values = {"code": code, "title": "负载测试%d题" % count, "count": count, "limit": 240, "attempts": 5,
              "pass": 60, "ownPost": 0, "minDifficulty": 1, "maxDifficulty": 5}
    for name in list(fields):
        local = name.split(":")
        for key, value in values.items():
            if key in local or any(part.startswith(key + "_") for part in local):
                fields[name] = str(value)
    fields["define:save"] = ""
    fields["primefaces.nonce"] = NONCE.search(page).group(1)
    status, headers, body = officer.request(action, fields)
    _, page = officer.get("quizzes/manage.xhtml")
    if ">%s<" % code not in page:
        sys.exit("could not define %s (status %s)\n%s" % (code, status, re.findall(r'ui-message[^>]*>[^<]*', body)))
    return code


class Taker:
    """One load-test user with the take page of an attempt open."""

    def __init__(self, base, user, title):
        self.c = Client(base)
        self.c.login(user)
        _, page = self.c.get("quizzes/list.xhtml")
        button = re.search(r"(?s)" + re.escape(title) + r".*?id=\"(quizzes:list:\d+:(?:start|resume))\"", page)
        if not button:
            sys.exit("%s: no start button for %s" % (user, title))
        status, headers, _ = self.c.request("quizzes/list.xhtml", {
            "quizzes_SUBMIT": "1", button.group(1): "", "primefaces.nonce": NONCE.search(page).group(1),
            "jakarta.faces.ViewState": VIEW_STATE.search(page).group(1)})
        status, page = self.c.get(headers["Location"])
        self.page = page
        self.nonce = NONCE.search(page).group(1)
        self.view_state = VIEW_STATE.search(page).group(1)
        self.action = html.unescape(re.search(r'<form id="take"[^>]*action="([^"]+)"', page).group(1))
        self.endpoint = re.search(r'data-answer-url="([^"]+)"', page)
        self.token = re.search(r'data-answer-token="([^"]+)"', page)
        self.answers = self.parse_answers(page)
        self.given = {}
        self.next = 0
        self.lock = threading.Lock()
        if not self.answers:
            sys.exit("%s: no answer fields on the take page" % user)

    def parse_answers(self, page):
        registered = {m.group(1): (m.group(2), m.group(3)) for m in CSP.finditer(page)}
        answers = {}
        for tag in INPUT.findall(page):
            a = {k: html.unescape(v) for k, v in ATTRIBUTE.findall(tag)}
            name = a.get("name")
            if not name or "disabled" in tag:
                continue
            field = FIELD.fullmatch(name)
            if not field or name in answers:
                continue
            kind = a.get("type", "text")
            value = "保密" if kind == "text" else a.get("value")
            position = int(field.group(1)) + 1
            call = registered.get(a.get("id", ""))
            answers[name] = {"source": name, "value": value, "position": position, "kind": field.group(2),
                             "event": call[1] if call else "change"}
        return list(answers.values())

    def save(self):
        with self.lock:
            answer = self.answers[self.next % len(self.answers)]
            self.next += 1
            if self.endpoint:
                return self.save_plain(answer)
            return self.save_faces(answer)

    def save_faces(self, answer):
        index = answer["position"] - 1
        form = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": answer["source"],
                "jakarta.faces.partial.execute": answer["source"],
                "jakarta.faces.partial.render": "take:questions:%d:saved take:take-messages" % index,
                "jakarta.faces.behavior.event": answer["event"], "jakarta.faces.partial.event": answer["event"],
                "take_SUBMIT": "1"}
        form.update(self.given)
        form[answer["source"]] = answer["value"]
        form["jakarta.faces.ViewState"] = self.view_state
        form["primefaces.nonce"] = self.nonce
        status, _, body = self.c.request(self.action, form, {
            "Faces-Request": "partial/ajax", "X-Requested-With": "XMLHttpRequest"})
        ok = status == 200 and "<partial-response" in body and "ui-messages-error" not in body \
            and "<error>" not in body and "<redirect" not in body \
            and re.search(r'class="saved saved-%d"[^>]*>[^<]+</div>' % answer["position"], body) is not None
        self.given[answer["source"]] = answer["value"]
        state = PARTIAL_STATE.search(body)
        if state:
            self.view_state = state.group(1)
        return ok, body

    def save_plain(self, answer):
        form = {"position": str(answer["position"]), "token": self.token.group(1), "answer": answer["value"]}
        status, _, body = self.c.request(html.unescape(self.endpoint.group(1)), form, {
            "X-Requested-With": "XMLHttpRequest", "Accept": "application/json"})
        return status == 200 and '"saved"' in body, body


def cpu_ms(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return ticks * 1000.0 / os.sysconf("SC_CLK_TCK")


def run(takers, count, threads):
    latencies, failures = [], []
    lock = threading.Lock()
    per_thread = count // threads

    def work(t):
        for i in range(per_thread):
            taker = takers[(t + i * threads) % len(takers)]
            start = time.perf_counter()
            ok, body = taker.save()
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                if not ok:
                    failures.append(body[:300])

    pool = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for p in pool:
        p.start()
    for p in pool:
        p.join()
    return latencies, failures


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", default="http://localhost:9280/portal/")
    p.add_argument("--pid", type=int, required=True, help="the Liberty server's process id")
    p.add_argument("--questions", type=int, default=20, help="20: the annual exam; other: BENCH-<n>")
    p.add_argument("--takers", type=int, default=20)
    p.add_argument("--first-user", type=int, default=1)
    p.add_argument("--warmup", type=int, default=1000)
    p.add_argument("--saves", type=int, default=2000)
    p.add_argument("--threads", type=int, default=4)
    a = p.parse_args()
    title = ANNUAL
    if a.questions != 20:
        code = define_exam(a.base, a.questions)
        title = "负载测试%d题" % a.questions
        print("exam %s defined" % code)
    takers = [Taker(a.base, "bench%04d" % (a.first_user + i), title) for i in range(a.takers)]
    fields = len(takers[0].answers)
    print("%d takers, %d answer fields each, saving through %s" % (
        len(takers), fields, "the answer endpoint" if takers[0].endpoint else "Faces ajax"))
    _, failures = run(takers, a.warmup, a.threads)
    if failures:
        sys.exit("warm-up failures: %d, first: %s" % (len(failures), failures[0]))
    before, wall = cpu_ms(a.pid), time.perf_counter()
    latencies, failures = run(takers, a.saves, a.threads)
    cpu, wall = cpu_ms(a.pid) - before, time.perf_counter() - wall
    latencies.sort()
    n = len(latencies)
    print("questions=%d saves=%d failures=%d server_cpu_ms_per_save=%.2f saves_per_s=%.0f p50_ms=%.1f p95_ms=%.1f"
          % (a.questions, n, len(failures), cpu / n, n / wall, latencies[n // 2], latencies[int(n * 0.95)]))
    if failures:
        print("first failure:", failures[0])
        sys.exit(1)


if __name__ == "__main__":
    main()

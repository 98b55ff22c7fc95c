#!/usr/bin/env python3
"""Load test of the web app (issue 3's speed targets), reported as figures against targets.

Builds `rebound` in release mode, starts it on a fresh SQLite database in a temporary
folder, seeds one user with 500 interviews through the JSON API, then loads the dashboard
and one interview page with wrk (Debian's `wrk`) at 32 connections for 10 s each. A third
row, "floor: session only", loads a signed-in request that only checks the session and
redirects: no page can be faster on the same machine, so it shows how near the pages are.

    python3 Benchmarks/web_load.py [--interviews 500] [--connections 32] [--seconds 10] [--no-build]
                                   [--also PATH ...] [--perf FILE] [--keep]

Targets on a 2-core machine: interview page >= 5000 requests/s, p99 < 20 ms, no errors,
server memory (peak resident set) < 100 MB. Exit status 1 when a target is missed.
"""
import argparse
import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def interview_file(index):
    day = 1 + index % 28
    month = 1 + (index // 28) % 12
    return {
        "format": "rebound.interview/1",
        "interview": {
            "company": f"Company {index}", "role": "Marketing Coordinator",
            "start": f"2025-{month:02d}-{day:02d}T10:30:00-05:00", "end": f"2025-{month:02d}-{day:02d}T11:15:00-05:00",
            "timeZone": "America/New_York", "mode": "video",
            "interviewers": [
                {"name": "Dana Reyes", "title": "Director of Marketing", "email": "dana@example.org", "hiringManager": True},
                {"name": "Marcus Bell", "email": "marcus@example.org"},
            ],
            "wantsJob": True, "outcome": {"status": "pending"},
        },
        "debrief": {
            "wentWell": ["Opened with the rebrand story", "Good rapport with the panel"],
            "wentWrong": [{"text": "Drew a blank on the leadership question", "kind": "blank"}],
            "questions": [
                {"text": "Tell me about a time you led a team.", "askedBy": "Dana Reyes", "rating": "weak",
                 "betterAnswer": "I chaired the five-person brand committee; satisfaction rose 70%."},
                {"text": "Why this company?", "rating": "strong"},
            ],
            "forgotToMention": ["Google Analytics certification"],
        },
        "contacts": [
            {"name": "Sam Ortiz", "relation": "recruiter", "email": "sam@agency.example"},
            {"name": "Priya Natarajan", "relation": "reference", "mayBeContacted": True},
        ],
    }


class Client:
    """A browser-like client: cookies, and the CSRF token of the last page."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = ""

    def get(self, path):
        with self.opener.open(self.base + path) as response:
            html = response.read().decode()
        match = re.search(r'name="csrf-token" content="([^"]*)"', html)
        if match:
            self.csrf = match.group(1)
        return html

    def post(self, path, fields):
        data = urllib.parse.urlencode(list(fields.items()) + [("csrf", self.csrf)]).encode()
        with self.opener.open(urllib.request.Request(self.base + path, data=data)) as response:
            return response.read().decode()

    def cookie(self, name):
        return next(c.value for c in self.jar if c.name == name)


def owner_with_token(base, token_name):
    """Waits for the server at `base`, creates its owner account through the setup page and
    returns the signed-in client and a new API token."""
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    browser = Client(base)
    browser.get("/setup")
    browser.post("/setup", {"name": "Ana Silva", "email": "ana@example.org", "password": "correct-horse-battery",
                            "confirm": "correct-horse-battery"})
    browser.get("/settings")
    page = browser.post("/settings/tokens", {"name": token_name})
    return browser, re.search(r'id="new-token" value="([^"]+)"', page).group(1)


def api(base, token, method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path}: {error.code} {error.read().decode()[:300]}")


def wrk(url, cookie, connections, seconds):
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}", url],
                            capture_output=True, text=True, check=True).stdout

    def milliseconds(text):
        match = re.match(r"([\d.]+)(us|ms|s|m)$", text)
        if not match:
            sys.exit(f"cannot read wrk's latency {text!r}:\n{output}")
        value, unit = match.groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    errors = 0
    for match in re.finditer(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(x) for x in match.groups())
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non2xx.group(1)) if non2xx else 0
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
        "p99_ms": milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
        "errors": errors,
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
    }


def memory_mb(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def stat_cpu_seconds(stat_text):
    """User plus system CPU time from the text of a /proc/PID/stat file."""
    fields = stat_text.rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User plus system CPU time the process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        return stat_cpu_seconds(stat.read())


def cpu_by_program(programs):
    """User plus system CPU time used so far by all running processes of each named program
    (its command name, as `ps -o comm` shows it), as {program: seconds}."""
    totals = dict.fromkeys(programs, 0.0)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                text = stat.read()
        except OSError:
            continue  # the process ended meanwhile
        name = text[text.index("(") + 1:text.rindex(")")]
        if name in totals:
            totals[name] += stat_cpu_seconds(text)
    return totals


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interviews", type=int, default=500)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--no-build", action="store_true", help="use the release binary already built")
    parser.add_argument("--also", action="append", default=[], metavar="PATH",
                        help="load this path too, signed in ({id} is the middle interview's ID); for diagnosis")
    parser.add_argument("--keep", action="store_true", help="keep the database folder afterwards and print where it is")
    parser.add_argument("--perf", metavar="FILE", help="record a `perf` profile of the server under each load into FILE-<page>.data")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    if not options.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "rebound"], cwd=ROOT, check=True)
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/rebound"

    folder = tempfile.mkdtemp(prefix="rebound-load-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(folder, "server.log"), "w")
    server = subprocess.Popen([binary, "serve", "--database", f"sqlite:{folder}/rebound.sqlite", "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, LOG_LEVEL="warning"))
    try:
        browser, token = owner_with_token(base, "load test")

        started = time.time()
        ids = [api(base, token, "POST", "/api/v1/interviews", interview_file(i))["id"] for i in range(options.interviews)]
        seeded = time.time() - started
        session = f"rebound_session={browser.cookie('rebound_session')}"
        rss_idle, _ = memory_mb(server.pid)

        pages = {"dashboard": "/", "interview page": f"/interviews/{ids[len(ids) // 2]}",
                 # Not a target: the same request chain with no page behind it (the session is
                 # looked up, then a redirect), the ceiling for any signed-in page here.
                 "floor: session only": "/sign-in"}
        pages.update({path: path.replace("{id}", ids[len(ids) // 2]) for path in options.also})
        results = {}
        for name, path in pages.items():
            wrk(base + path, session, options.connections, 2)  # warm up
            profiler = None
            if options.perf:
                profiler = subprocess.Popen(["perf", "record", "-g", "-o", f"{options.perf}-{name.replace(' ', '-')}.data",
                                             "-p", str(server.pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            cpu_before = cpu_seconds(server.pid)
            results[name] = wrk(base + path, session, options.connections, options.seconds)
            results[name]["server_cores"] = (cpu_seconds(server.pid) - cpu_before) / options.seconds
            if profiler:
                profiler.send_signal(2)
                profiler.wait(timeout=60)
        rss, peak = memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
        if options.keep:
            print(f"database kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)

    print(f"seeded {options.interviews} interviews through the API in {seeded:.1f} s; "
          f"wrk -t2 -c{options.connections} -d{options.seconds}s --latency, release build, SQLite")
    print(f"{'page':<24}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'server CPU':>12}")
    for name, figures in results.items():
        print(f"{name[:23]:<24}{figures['requests_per_second']:>10.0f}{figures['p50_ms']:>9.2f}{figures['p99_ms']:>9.2f}{figures['errors']:>8}{figures['server_cores']:>10.2f} cores")
    print(f"server memory: {rss_idle:.0f} MB after seeding, {rss:.0f} MB after the load, peak {peak:.0f} MB")

    interview = results["interview page"]
    misses = []
    if interview["requests_per_second"] < 5000: misses.append("interview page under 5000 requests/s")
    targeted = [results["dashboard"], interview]
    if max(r["p99_ms"] for r in targeted) >= 20: misses.append("p99 at or over 20 ms")
    if any(r["errors"] for r in targeted): misses.append("errors")
    if peak >= 100: misses.append("peak memory at or over 100 MB")
    print("targets: " + ("all met" if not misses else "missed: " + ", ".join(misses)))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()

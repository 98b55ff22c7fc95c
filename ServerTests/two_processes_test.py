"""Two Rebound processes on one PostgreSQL database, behind nginx: nothing a request needs
lives in one process's memory.

Starts a throwaway PostgreSQL server (scripts/postgres), two `rebound serve` processes on
it, and Debian's nginx on loopback balancing requests between them round robin (no sticky
sessions). Then a person signs in through one process and carries on through the other,
both processes write interleaved, pages each process keeps in memory follow changes made
through the other (at once for the browser that made them, within a moment for the person's
other devices), failed sign-ins counted by one slow down the other, and a sign-out through
one ends the session on both, even for a copy of the cookie the other has just seen.

Run it with `python3 ServerTests/two_processes_test.py` after `swift build`; REBOUND_BIN
names the binary (default: .build/debug/rebound).
"""
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

from servers import create_database, free_port, start_nginx, start_postgres, stop_postgres, wait_ready

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("REBOUND_BIN", os.path.join(ROOT, ".build", "debug", "rebound"))
SAMPLE = {
    "format": "rebound.interview/1",
    "interview": {"company": "Northwind Traders", "role": "Marketing Coordinator", "start": "2026-11-20T10:30:00-05:00",
                  "end": "2026-11-20T11:15:00-05:00", "timeZone": "America/New_York", "mode": "video",
                  "interviewers": [{"name": "Dana Reyes", "hiringManager": True}], "wantsJob": True,
                  "outcome": {"status": "pending"}},
    "debrief": {"wentWell": ["Opened with the rebrand story"]},
}


class Person:
    """A browser: one cookie jar for every address (cookies ignore ports), no redirects followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), self.NoRedirect)
        self.csrf = ""

    def send(self, url, data=None, headers=None, method=None):
        request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
        try:
            with self.opener.open(request, timeout=30) as response:
                status, body, upstream = response.status, response.read().decode(), response.headers.get("X-Upstream")
        except urllib.error.HTTPError as error:
            status, body, upstream = error.code, error.read().decode(), error.headers.get("X-Upstream")
        match = re.search(r'name="csrf-token" content="([^"]*)"', body)
        if match and match.group(1):
            self.csrf = match.group(1)
        return status, body, upstream

    def get(self, url):
        return self.send(url)

    def post(self, url, fields):
        return self.send(url, urllib.parse.urlencode(list(fields.items()) + [("csrf", self.csrf)]).encode(),
                         {"Content-Type": "application/x-www-form-urlencoded"})

    def api(self, url, method="GET", body=None):
        headers = {"X-CSRF-Token": self.csrf, "Content-Type": "application/json"}
        status, text, upstream = self.send(url, json.dumps(body).encode() if body is not None else None, headers, method)
        return status, (json.loads(text) if text.strip().startswith(("{", "[")) else text), upstream


class TwoProcesses(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp(prefix="rebound-two-")
        cls.pg_folder, server = start_postgres()
        database = create_database(server, "shared")
        # The schema is made once, before either process starts, as an operator would.
        subprocess.run([BIN, "migrate", "--database", database], check=True, capture_output=True)
        cls.ports = [free_port(), free_port()]
        cls.apps = []
        for index, port in enumerate(cls.ports):
            log = open(os.path.join(cls.folder, f"rebound-{index}.log"), "w")
            cls.apps.append((subprocess.Popen([BIN, "serve", "--database", database, "--port", str(port)],
                                              stdout=log, stderr=subprocess.STDOUT), log))
        cls.proxy_port = free_port()
        cls.nginx = start_nginx(cls.folder, cls.ports, cls.proxy_port)
        cls.direct = [f"http://127.0.0.1:{port}" for port in cls.ports]
        cls.proxy = f"http://127.0.0.1:{cls.proxy_port}"
        for base in cls.direct + [cls.proxy]:
            wait_ready(base)

    @classmethod
    def tearDownClass(cls):
        cls.nginx.terminate()
        cls.nginx.wait(timeout=15)
        for process, log in cls.apps:
            process.terminate()
            process.wait(timeout=15)
            log.close()
        stop_postgres(cls.pg_folder)
        shutil.rmtree(cls.folder, ignore_errors=True)

    def test_a_person_signs_in_through_one_process_and_carries_on_through_the_other(self):
        a, b = self.direct
        ana = Person()
        # Setup and sign-in through A; the CSRF cookie of the setup form came from A too.
        self.assertEqual(ana.get(a + "/setup")[0], 200)
        status, _, _ = ana.post(a + "/setup", {"name": "Ana Silva", "email": "ana@example.org",
                                               "password": "correct-horse-battery", "confirm": "correct-horse-battery"})
        self.assertEqual(status, 303)
        # B knows the session: it shows the signed-in dashboard, and its CSRF secret works on A.
        status, page, _ = ana.get(b + "/")
        self.assertEqual(status, 200)
        self.assertIn("Sign out", page)
        self.assertIn("Your interviews", page)

        # Writes from both processes, interleaved, and through the proxy; everyone sees all.
        created = []
        for index, base in enumerate([a, b, a, b, self.proxy, self.proxy]):
            body = json.loads(json.dumps(SAMPLE))
            body["interview"]["company"] = f"Company {index}"
            status, answer, _ = ana.api(base + "/api/v1/interviews", "POST", body)
            self.assertEqual(status, 201, answer)
            created.append(answer["id"])
        for base in (a, b):
            status, listing, _ = ana.api(base + "/api/v1/interviews")
            self.assertEqual(status, 200)
            self.assertEqual(sorted(item["id"] for item in listing["interviews"]), sorted(created))

        # A step marked done through A shows as done on B's page.
        status, plan, _ = ana.api(b + f"/api/v1/interviews/{created[0]}/plan")
        key = plan["steps"][0]["key"]
        self.assertEqual(ana.post(a + f"/interviews/{created[0]}/steps", {"step": key, "done": "yes"})[0], 303)
        status, plan, _ = ana.api(b + f"/api/v1/interviews/{created[0]}/plan")
        self.assertTrue(next(step for step in plan["steps"] if step["key"] == key)["done"])

        # Through nginx, round robin reaches both processes, and every answer is signed in.
        upstreams = set()
        for _ in range(8):
            status, page, upstream = ana.get(self.proxy + "/")
            self.assertEqual(status, 200)
            self.assertIn("Sign out", page)
            upstreams.add(upstream)
        self.assertEqual(len(upstreams), 2, upstreams)

        # Pages each process keeps in memory follow changes made through the other: at once
        # for the browser that made the change, and within a moment for the person's other
        # devices (each process hears of every change from the database).
        phone = Person()
        phone.get(b + "/sign-in")
        self.assertEqual(phone.post(b + "/sign-in", {"email": "ana@example.org", "password": "correct-horse-battery",
                                                     "next": "/"})[0], 303)
        page = f"/interviews/{created[1]}"
        for person in (ana, phone):
            self.assertNotIn("done-list", person.get(b + page)[1])
        key = re.search(r'name="step" value="([^"]+)"', ana.get(b + page)[1]).group(1)
        self.assertEqual(ana.post(a + page + "/steps", {"step": key, "done": "yes"})[0], 303)
        self.assertTrue(eventually(lambda: "done-list" in phone.get(b + page)[1]), "the other device sees it")
        self.assertEqual(ana.post(a + page + "/steps", {"step": key, "done": "no"})[0], 303)
        self.assertNotIn("done-list", ana.get(b + page)[1], "the browser that changed it sees it at once")

        # Failed sign-ins are counted in the database: failures through A alone slow down B,
        # which has seen none itself.
        bo = Person()
        for index in range(8):
            bo.get(a + "/sign-in")
            bo.post(a + "/sign-in", {"email": "ana@example.org", "password": f"wrong-{index}"})
        bo.get(b + "/sign-in")
        status, page, _ = bo.post(b + "/sign-in", {"email": "ana@example.org", "password": "correct-horse-battery"})
        self.assertNotEqual(status, 303, "the right password must wait after many failures, on every process")

        # Signing out through B ends the session on A as well, even for a copy of its cookie
        # that A has just seen.
        ana.get(b + "/")
        copy = Person()
        for cookie in ana.jar:
            if cookie.name == "rebound_session":
                copy.jar.set_cookie(cookie)
        self.assertEqual(copy.get(a + "/")[0], 200)
        self.assertEqual(ana.post(b + "/sign-out", {})[0], 303)
        status, _, _ = ana.get(a + "/")
        self.assertEqual(status, 303)
        self.assertTrue(eventually(lambda: copy.get(a + "/")[0] == 303), "the copied cookie must stop working on A")


def eventually(condition, seconds=3):
    """Whether `condition` holds within a few seconds."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print(f"two-process tests: {result.testsRun - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

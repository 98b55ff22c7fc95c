"""Rebound on PostgreSQL when the database goes away and comes back.

Starts a throwaway PostgreSQL server (scripts/postgres) and `rebound serve` on it, stops
the database while the app runs, and checks that pages answer a clear 503 within seconds
(not a hang), that /healthz still answers and /readyz does not, and that once the database
is back the app recovers by itself, with no restart.

Run it with `python3 ServerTests/outage_test.py` after `swift build`; REBOUND_BIN names the
binary (default: .build/debug/rebound).
"""
import glob
import os
import re
import subprocess
import sys
import time
import unittest
import urllib.error
import urllib.request

from servers import create_database, free_port, start_postgres, stop_postgres, wait_ready

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("REBOUND_BIN", os.path.join(ROOT, ".build", "debug", "rebound"))


def fetch(url, timeout=30):
    """(status, seconds taken) of a GET that follows no redirect."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None
    started = time.time()
    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=timeout) as response:
            return response.status, time.time() - started
    except urllib.error.HTTPError as error:
        return error.code, time.time() - started


class DatabaseOutage(unittest.TestCase):
    def setUp(self):
        self.folder, server = start_postgres()
        with open(os.path.join(self.folder, "data", "postmaster.opts")) as options:
            self.options = options.read()
        database = create_database(server, "outage")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(self.folder, "rebound.log"), "w")
        self.app = subprocess.Popen([BIN, "serve", "--database", database, "--port", str(self.port)],
                                    stdout=self.log, stderr=subprocess.STDOUT)
        wait_ready(self.base)

    def tearDown(self):
        self.app.terminate()
        self.app.wait(timeout=15)
        self.log.close()
        stop_postgres(self.folder)

    def pg_ctl(self, *arguments):
        tool = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1]
        command = [tool, "-D", os.path.join(self.folder, "data"), *arguments]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--"] + command
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def test_the_app_says_so_while_the_database_is_away_and_recovers_by_itself(self):
        self.assertEqual(fetch(self.base + "/")[0], 303)  # to the account setup
        self.assertEqual(fetch(self.base + "/readyz")[0], 200)

        self.pg_ctl("-m", "fast", "-w", "stop")
        status, seconds = fetch(self.base + "/")
        self.assertEqual(status, 503, "a page while the database is away")
        self.assertLess(seconds, 10, "the page must say so within seconds, not hang")
        self.assertEqual(fetch(self.base + "/readyz")[0], 503)
        self.assertEqual(fetch(self.base + "/healthz")[0], 200)

        port = re.search(r'"-p" "(\d+)"', self.options).group(1)
        self.pg_ctl("-l", os.path.join(self.folder, "server.log"), "-w", "-o",
                    f"-c listen_addresses=127.0.0.1 -p {port} -k {os.path.join(self.folder, 'data')}", "start")
        deadline = time.time() + 30
        while fetch(self.base + "/readyz")[0] != 200:
            self.assertLess(time.time(), deadline, "the app did not recover within 30 s of the database's return")
            time.sleep(0.5)
        self.assertEqual(fetch(self.base + "/")[0], 303)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print(f"outage tests: {result.testsRun - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

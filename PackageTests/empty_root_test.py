#!/usr/bin/env python3
"""The packaged Rebound needs nothing else: the archive scripts/package made is unpacked into
an empty root that holds only the system libraries `ldd` lists for the binary (none of them
from a Swift toolchain) and a /proc, and run there with chroot inside `unshare` (with
`--map-root-user` when not root): --version, a plan of an example interview, and `serve` answering
/healthz and the setup page with its stylesheet. Also reports the archive's size, the
median start time of `--version` over 20 runs, and the peak memory of the server after it
has shown the setup page.

    python3 PackageTests/empty_root_test.py dist/rebound-VERSION-linux-x86_64.tar.gz
"""
import hashlib
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import unittest
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARCHIVE = None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EmptyRoot(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = tempfile.mkdtemp(prefix="rebound-empty-root-")
        os.chmod(cls.root, 0o755)
        with tarfile.open(ARCHIVE) as archive:
            names = archive.getnames()
            archive.extractall(os.path.join(cls.root, "opt"), filter="data")
        top = names[0].split("/")[0]
        cls.folder = "/opt/" + top
        cls.binary = os.path.join(cls.root, cls.folder.lstrip("/"), "rebound")
        # Only the libraries ldd lists, each at its own path, and the loader.
        listed = subprocess.run(["ldd", cls.binary], capture_output=True, text=True).stdout
        cls.libraries = []
        for line in listed.splitlines():
            match = re.search(r"(/\S+)", line.split("=>")[-1])
            if match:
                cls.libraries.append(match.group(1))
        for library in cls.libraries:
            target = os.path.join(cls.root, library.lstrip("/"))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy2(os.path.realpath(library), target)
        for folder in ("tmp", "data", "work"):
            os.makedirs(os.path.join(cls.root, folder), mode=0o777, exist_ok=True)
            os.chmod(os.path.join(cls.root, folder), 0o1777)
        shutil.copy(os.path.join(ROOT, "Examples", "pending-panel.json"), os.path.join(cls.root, "work", "interview.json"))
        # A Linux system always has /proc, and a Swift program reads its arguments from
        # /proc/self/cmdline, so the root gets its own /proc, mounted in a namespace of its
        # own (gone with the process). Found here, with this machine's PATH: inside, PATH
        # points into the empty root.
        os.makedirs(os.path.join(cls.root, "proc"), exist_ok=True)
        chroot = shutil.which("chroot") or "/usr/sbin/chroot"
        unshare = shutil.which("unshare") or "/usr/bin/unshare"
        user = [] if os.geteuid() == 0 else ["--map-root-user"]
        cls.prefix = [unshare, *user, "--mount", "--pid", "--fork", "--kill-child=SIGTERM", f"--mount-proc={cls.root}/proc",
                      chroot, cls.root]
        cls.env = {"PATH": "/usr/bin:/bin", "HOME": "/data", "XDG_DATA_HOME": "/data", "TZ": "UTC", "LANG": "C.UTF-8"}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.root, ignore_errors=True)

    def run_inside(self, *arguments, timeout=60):
        return subprocess.run(self.prefix + [self.folder + "/rebound", *arguments], capture_output=True, text=True,
                              env=self.env, timeout=timeout)

    def test_a_the_root_holds_only_system_libraries(self):
        self.assertTrue(self.libraries, "ldd listed no library")
        for library in self.libraries:
            self.assertNotIn("swift", library.lower(), f"{library} comes from a Swift toolchain")
        everything = []
        for folder, _, files in os.walk(self.root):
            everything += [os.path.relpath(os.path.join(folder, f), self.root) for f in files]
        extra = [path for path in everything if not path.startswith(("opt/", "work/")) and "/" + path not in self.libraries]
        self.assertEqual(extra, [], "nothing but the listed libraries")
        print(f"\n  libraries in the empty root: {', '.join(sorted(self.libraries))}", file=sys.stderr)

    def test_b_version_names_the_release_and_the_commit(self):
        result = self.run_inside("--version")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout.strip(), r"^\d+\.\d+\.\d+ \(commit ([0-9a-f]{40}|unknown)\)$")
        version = re.search(r"rebound-([0-9.]+)-linux", os.path.basename(ARCHIVE)).group(1)
        self.assertTrue(result.stdout.startswith(version + " "), result.stdout)
        def median_start(command):
            times = []
            for _ in range(20):
                started = time.perf_counter()
                subprocess.run(command, capture_output=True, env=self.env)
                times.append(time.perf_counter() - started)
            return statistics.median(times) * 1000
        inside = median_start(self.prefix + [self.folder + "/rebound", "--version"])
        direct = median_start([self.binary, "--version"])
        print(f"\n  start time of --version, median of 20: {direct:.1f} ms run directly, {inside:.1f} ms through"
              " unshare and chroot", file=sys.stderr)

    def test_c_plan_of_an_example(self):
        result = self.run_inside("plan", "--now", "2026-11-20T18:00:00-05:00", "--format", "json", "/work/interview.json")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('"kind": "thank-you"', result.stdout)
        self.assertIn('"due": "2026-11-20T23:59:59-05:00"', result.stdout, "time zones work without the system's tzdata")
        text = self.run_inside("plan", "--now", "2026-11-20T18:00:00-05:00", "/work/interview.json")
        self.assertEqual(text.returncode, 0, text.stderr)
        self.assertIn("Times are in America/New_York.", text.stdout)

    def test_d_serve_answers_health_and_the_setup_page_with_its_stylesheet(self):
        port = free_port()
        server = subprocess.Popen(self.prefix + [self.folder + "/rebound", "serve", "--port", str(port)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env)
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.time() + 30
            while True:
                try:
                    with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                        self.assertEqual(response.status, 200)
                        break
                except Exception:
                    if server.poll() is not None or time.time() > deadline:
                        self.fail("serve did not answer: " + (server.stderr.read() if server.poll() is not None else "timeout"))
                    time.sleep(0.2)
            with urllib.request.urlopen(base + "/setup", timeout=5) as response:
                page = response.read().decode()
            self.assertIn('<link rel="stylesheet" href="/static/style.css">', page)
            self.assertIn("<form", page)
            with urllib.request.urlopen(base + "/static/style.css", timeout=5) as response:
                self.assertEqual(response.headers["Content-Type"], "text/css; charset=utf-8")
                self.assertIn(":root", response.read().decode())
            peak = self.peak_memory(server.pid)
            if peak:
                print(f"\n  peak memory of serve after the setup page: {peak / 1024:.1f} MB", file=sys.stderr)
        finally:
            server.terminate()
            try:
                out, _ = server.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                out, _ = server.communicate()
        self.assertIn(f"Rebound is running: open http://127.0.0.1:{port}/", out)
        self.assertIn("Your notes are kept in /data/rebound/rebound.sqlite", out)

    def test_e_the_systemd_unit_is_valid_and_locked_down(self):
        analyze = shutil.which("systemd-analyze")
        if analyze is None:
            self.skipTest("systemd-analyze is not installed")
        with open(os.path.join(ROOT, "docs", "operating", "rebound.service")) as handle:
            unit = handle.read().replace("/usr/local/bin/rebound", self.binary)
        folder = tempfile.mkdtemp(prefix="rebound-unit-")
        try:
            path = os.path.join(folder, "rebound.service")
            with open(path, "w") as handle:
                handle.write(unit)
            verify = subprocess.run([analyze, "verify", path], capture_output=True, text=True)
            self.assertEqual((verify.returncode, verify.stderr.strip()), (0, ""), "systemd-analyze verify")
            security = subprocess.run([analyze, "security", "--offline=yes", path], capture_output=True, text=True).stdout
            level = float(re.search(r"Overall exposure level for rebound.service: ([0-9.]+)", security).group(1))
            self.assertLessEqual(level, 2.0, security[-400:])
            print(f"\n  systemd exposure level of the unit: {level}", file=sys.stderr)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @staticmethod
    def read(path):
        with open(path) as handle:
            return handle.read()

    @staticmethod
    def peak_memory(pid):
        """VmHWM (kB) of the rebound process: the chroot program execs it in place; unshare
        forks it, so its child is looked at."""
        children = EmptyRoot.read(f"/proc/{pid}/task/{pid}/children").split()
        for candidate in [pid] + [int(child) for child in children]:
            try:
                status = EmptyRoot.read(f"/proc/{candidate}/status")
                name = EmptyRoot.read(f"/proc/{candidate}/comm")
            except OSError:
                continue
            if "rebound" in name:
                match = re.search(r"VmHWM:\s+(\d+) kB", status)
                return int(match.group(1)) if match else None
        return None


if __name__ == "__main__":
    if len(sys.argv) < 2 or not os.path.isfile(sys.argv[1]):
        sys.exit("usage: empty_root_test.py dist/rebound-VERSION-linux-ARCH.tar.gz")
    ARCHIVE = os.path.abspath(sys.argv.pop(1))
    with open(ARCHIVE, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    recorded = open(ARCHIVE + ".sha256").read().split()[0] if os.path.exists(ARCHIVE + ".sha256") else None
    print(f"archive: {os.path.basename(ARCHIVE)}, {os.path.getsize(ARCHIVE) / 1e6:.1f} MB, sha256 {digest}"
          + ("" if recorded == digest else " (the .sha256 beside it does not match)"), file=sys.stderr)
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors) + (0 if recorded == digest else 1)
    print(f"package tests: {result.testsRun - len(result.failures) - len(result.errors)} passed, {failed} failed")
    sys.exit(0 if failed == 0 else 1)

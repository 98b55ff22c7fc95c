#!/usr/bin/env python3
"""Does a large message check stall the server? (issue 16)

Starts a release `rebound serve` on a fresh SQLite database, makes an account and an API
token, then sends large `POST /api/v1/check` requests (each just under the web app's
100,000-character limit, dense with problems) two at a time for `--seconds`, while asking
`/healthz` every 20 ms. Reports how long the checks took and how long `/healthz` took.

    python3 Benchmarks/check_stall.py [--seconds 10] [--no-build]

Target: every `/healthz` answered within 50 ms while the checks run. Exit status 1 when missed.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from web_load import ROOT, free_port, owner_with_token  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "rebound"], cwd=ROOT, check=True)
    binary = os.path.join(ROOT, ".build", "release", "rebound")
    folder = tempfile.mkdtemp(prefix="rebound-stall-")
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--database", f"sqlite:{folder}/rebound.sqlite", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _, token = owner_with_token(base, "stall")
        sentence = "Sorry, I was so nervous, which is why my answers were a mess. "
        text = "Hi Dana,\n\n" + sentence * (99_000 // len(sentence))
        body = json.dumps({"text": text}).encode()
        stop = time.time() + args.seconds
        check_times, health_times = [], []

        def checker():
            while time.time() < stop:
                request = urllib.request.Request(base + "/api/v1/check", data=body, method="POST",
                                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
                started = time.perf_counter()
                urllib.request.urlopen(request, timeout=60).read()
                check_times.append(time.perf_counter() - started)

        threads = [threading.Thread(target=checker) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(0.2)
        while time.time() < stop:
            started = time.perf_counter()
            urllib.request.urlopen(base + "/healthz", timeout=5).read()
            health_times.append(time.perf_counter() - started)
            time.sleep(0.02)
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait()
    worst = max(health_times) * 1000
    print(f"checks of {len(text):,} characters, two at a time: {len(check_times)} in {args.seconds:.0f} s, "
          f"median {statistics.median(check_times) * 1000:.0f} ms")
    print(f"/healthz meanwhile: {len(health_times)} asked, median {statistics.median(health_times) * 1000:.1f} ms, "
          f"p99 {sorted(health_times)[int(len(health_times) * 0.99)] * 1000:.1f} ms, worst {worst:.1f} ms (target 50 ms)")
    print("target: met" if worst < 50 else "target: MISSED")
    return 0 if worst < 50 else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Load test of Rebound on PostgreSQL with two app processes behind nginx (issue 4's targets),
compared with the same data on SQLite with one process.

Builds `rebound` in release mode and starts a throwaway PostgreSQL (scripts/postgres). One
user's 20 interviews are made through the JSON API, then copied in SQL to 10,000 users
(200,000 interviews). Two release processes serve that database behind Debian's nginx
(round robin), and wrk loads the first user's dashboard and one interview page through
nginx at 64 connections for 20 s each. Then `rebound migrate-data` copies the same data to
an SQLite file, one process serves it, and wrk loads the same pages directly.

    python3 Benchmarks/pg_load.py [--users 10000] [--interviews 20] [--connections 64] [--seconds 20] [--no-build]
    python3 Benchmarks/pg_load.py --binary .build/debug/rebound --users 20 --interviews 3 --seconds 2   # smoke check

Targets on a 2-core machine: p99 under 50 ms on PostgreSQL, no errors, and PostgreSQL's
requests/s within 2x of SQLite's. Exit status 1 when a target is missed.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "ServerTests"))
import web_load  # noqa: E402  (the wrk runner, the browser-like client, the API helper)
from servers import create_database, free_port, nginx_binary, start_nginx, start_postgres, stop_postgres, wait_ready  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def psql(url, sql):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql], check=True)


PROGRAMS = ("rebound", "postgres", "nginx")
PAGES = ("dashboard", "interview page")
POSTGRES = "PostgreSQL, 2 processes + nginx"
SQLITE = "SQLite, 1 process"


def measured(url, session, options):
    """wrk's figures for one load, with the CPU cores each program used meanwhile."""
    before = web_load.cpu_by_program(PROGRAMS)
    figures = web_load.wrk(url, session, options.connections, options.seconds)
    after = web_load.cpu_by_program(PROGRAMS)
    figures["cores"] = {name: (after[name] - before[name]) / options.seconds for name in PROGRAMS}
    return figures


def report(results, options, binary, seeded, copied):
    """Prints the figures; exits with 1 when a target is missed or was not measured."""
    copy = f"copied to SQLite in {copied:.0f} s" if copied is not None else "no SQLite comparison"
    print(f"{options.users} users x {options.interviews} interviews seeded in {seeded:.0f} s; {copy}; "
          f"wrk -t2 -c{options.connections} -d{options.seconds}s --latency, {'binary ' + binary if options.binary else 'release build'}")
    print(f"{'setup':<34}{'page':<16}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}   CPU cores used")
    for (setup, page), figures in results.items():
        cores = ", ".join(f"{name} {used:.2f}" for name, used in figures["cores"].items() if used >= 0.005)
        print(f"{setup:<34}{page:<16}{figures['requests_per_second']:>9.0f}{figures['p50_ms']:>9.2f}"
              f"{figures['p99_ms']:>9.2f}{figures['errors']:>8}   {cores}")
    misses = []
    for page in PAGES:
        postgres = results[(POSTGRES, page)]
        sqlite = results.get((SQLITE, page))
        if postgres["p99_ms"] >= 50: misses.append(f"{page}: p99 at or over 50 ms on PostgreSQL")
        if postgres["errors"] or (sqlite and sqlite["errors"]): misses.append(f"{page}: errors")
        if not sqlite:
            misses.append(f"{page}: not compared with SQLite")
            continue
        ratio = sqlite["requests_per_second"] / max(postgres["requests_per_second"], 1)
        print(f"{page}: SQLite serves {ratio:.2f}x the requests/s of PostgreSQL")
        if ratio > 2: misses.append(f"{page}: PostgreSQL more than 2x slower than SQLite")
    print("targets: " + ("all met" if not misses else "missed: " + "; ".join(misses)))
    sys.exit(1 if misses else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--interviews", type=int, default=20)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--no-build", action="store_true", help="use the release binary already built")
    parser.add_argument("--binary", help="run this rebound binary instead (a quick check of the script with a debug build)")
    parser.add_argument("--postgres-only", action="store_true", help="skip the SQLite comparison (for diagnosis)")
    options = parser.parse_args()
    for tool in ("wrk", "psql"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install wrk postgresql nginx")
    if not nginx_binary():
        sys.exit("nginx is missing: apt-get install nginx")
    if options.binary:
        binary = options.binary
    else:
        if not options.no_build:
            subprocess.run(["swift", "build", "-c", "release", "--product", "rebound"], cwd=ROOT, check=True)
        binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.strip() + "/rebound"

    folder = tempfile.mkdtemp(prefix="rebound-pgload-")
    pg_folder, server = start_postgres()
    processes = []

    def serve(url, port, name):
        log = open(os.path.join(folder, f"{name}.log"), "w")
        process = subprocess.Popen([binary, "serve", "--database", url, "--port", str(port)], stdout=log,
                                   stderr=subprocess.STDOUT, env=dict(os.environ, LOG_LEVEL="warning"))
        processes.append(process)
        return process

    try:
        database = create_database(server, "load")
        subprocess.run([binary, "migrate", "--database", database], check=True, capture_output=True)

        # One user and their interviews through the app itself, so files and plans are real.
        port = free_port()
        first = serve(database, port, "seed")
        base = f"http://127.0.0.1:{port}"
        wait_ready(base)
        browser = web_load.Client(base)
        browser.get("/setup")
        browser.post("/setup", {"name": "Ana Silva", "email": "ana@example.org", "password": "correct-horse-battery",
                                "confirm": "correct-horse-battery"})
        browser.get("/settings")
        token = re.search(r'id="new-token" value="([^"]+)"',
                          browser.post("/settings/tokens", {"name": "load test"})).group(1)
        ids = [web_load.api(base, token, "POST", "/api/v1/interviews", web_load.interview_file(i))["id"]
               for i in range(options.interviews)]
        session = f"rebound_session={browser.cookie('rebound_session')}"
        first.terminate()
        first.wait(timeout=30)

        # The other users: copies of the first one's account, interviews and plan steps.
        started_at = time.time()
        others = f"generate_series(2, {options.users}) g"
        psql(database, f"""
            INSERT INTO users (id, email, name, password_hash, is_owner, created_at)
              SELECT 'load-' || g, 'load' || g || '@example.org', name, password_hash, 0, created_at
              FROM users, {others} WHERE email = 'ana@example.org';
            INSERT INTO interviews (id, user_id, company, role, starts_at, time_zone, status, stage, file, created_at, updated_at)
              SELECT i.id || '-' || g, 'load-' || g, company, role, starts_at, time_zone, status, stage, file, i.created_at, updated_at
              FROM interviews i JOIN users u ON u.id = i.user_id, {others} WHERE u.email = 'ana@example.org';
            INSERT INTO plan_steps (interview_id, user_id, step_key, kind, due_at, optional, done_at)
              SELECT s.interview_id || '-' || g, 'load-' || g, step_key, kind, due_at, optional, done_at
              FROM plan_steps s JOIN users u ON u.id = s.user_id, {others} WHERE u.email = 'ana@example.org';""")
        psql(database, "VACUUM ANALYZE")
        seeded = time.time() - started_at

        pages = dict(zip(PAGES, ["/", f"/interviews/{ids[len(ids) // 2]}"]))
        results = {}

        # PostgreSQL: two processes behind nginx.
        ports = [free_port(), free_port()]
        for index, app_port in enumerate(ports):
            serve(database, app_port, f"app-{index}")
        proxy_port = free_port()
        proxy = start_nginx(folder, ports, proxy_port)
        processes.append(proxy)
        for app_port in ports:
            wait_ready(f"http://127.0.0.1:{app_port}")
        wait_ready(f"http://127.0.0.1:{proxy_port}")
        for name, path in pages.items():
            url = f"http://127.0.0.1:{proxy_port}{path}"
            web_load.wrk(url, session, options.connections, 2)
            results[(POSTGRES, name)] = measured(url, session, options)
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
        processes.clear()

        # SQLite: the same data, one process.
        if options.postgres_only:
            return report(results, options, binary, seeded, None)
        sqlite_url = f"sqlite:{folder}/load.sqlite"
        copy_started = time.time()
        subprocess.run([binary, "migrate-data", "--from", database, "--to", sqlite_url], check=True, capture_output=True)
        copied = time.time() - copy_started
        sqlite_port = free_port()
        serve(sqlite_url, sqlite_port, "sqlite")
        wait_ready(f"http://127.0.0.1:{sqlite_port}")
        for name, path in pages.items():
            url = f"http://127.0.0.1:{sqlite_port}{path}"
            web_load.wrk(url, session, options.connections, 2)
            results[(SQLITE, name)] = measured(url, session, options)
    finally:
        for process in processes:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        stop_postgres(pg_folder)
        shutil.rmtree(folder, ignore_errors=True)

    report(results, options, binary, seeded, copied)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# The PostgreSQL query plans of the dashboard and the interview page at 100,000 users:
# starts a throwaway server (scripts/postgres), migrates with `rebound migrate`, seeds
# Benchmarks/sql/seed-100k-users.sql (about 2 minutes) and prints EXPLAIN ANALYZE of every
# query the two pages make (Benchmarks/sql/explain-pages.sql). The server is removed after.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product rebound >/dev/null 2>&1
eval "$(scripts/postgres start)"
trap 'scripts/postgres stop "$REBOUND_PG_DIR"' EXIT
database="${REBOUND_TEST_POSTGRES_URL%/postgres}/plans"
psql -q "$REBOUND_TEST_POSTGRES_URL" -c "CREATE DATABASE plans"
"$(swift build --show-bin-path)/rebound" migrate --database "$database"
psql -q "$database" -f Benchmarks/sql/seed-100k-users.sql
psql -q "$database" -f Benchmarks/sql/explain-pages.sql

#!/usr/bin/env bash
# What authentication and tenancy cost: GET /api/v1/api-keys?limit=20 with a cached API key
# against the unauthenticated GET /api/v1, in one run, on PostgreSQL: bench/access.sh
#
# Builds the WAR, creates a Liberty server of its own (portico-bench, ports 9280/9643/7296/7306),
# points it at a fresh PostgreSQL database (portico_bench, dropped and created), reads the
# first-run key from the console log, creates 24 more keys so a page holds 20, warms both
# endpoints up, then measures each with wrk. Prints a Markdown table; raw wrk output is kept in
# bench/results/<timestamp>-access/.
#
# Tunables: BENCH_WARMUP_SECONDS (20), BENCH_DURATION_SECONDS (15), BENCH_THREADS (2),
# BENCH_CONNECTIONS (32), BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
SERVER_NAME=portico-bench
WLP_DIR=$REPO_DIR/target/liberty/wlp
SERVER_DIR=$WLP_DIR/usr/servers/$SERVER_NAME
WARMUP=${BENCH_WARMUP_SECONDS:-20}
DURATION=${BENCH_DURATION_SECONDS:-15}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
PG_DB=portico_bench

export PORTICO_HTTP_PORT=9280 PORTICO_HTTPS_PORT=9643 PORTICO_JMS_PORT=7296 PORTICO_JMS_SSL_PORT=7306
export PORTICO_HOST=127.0.0.1 PORTICO_DB_KIND=postgresql
export PORTICO_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" PORTICO_DB_USER=$PG_USER PORTICO_DB_PASSWORD=""
BASE=http://127.0.0.1:$PORTICO_HTTP_PORT
RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-access

log() { printf '[access %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
stop_server() { "$WLP_DIR/bin/server" stop "$SERVER_NAME" >/dev/null 2>&1 || true; }
trap stop_server EXIT

command -v wrk >/dev/null || { log "wrk is missing: apt-get install wrk"; exit 1; }
mkdir -p "$RESULTS"
cd "$REPO_DIR"

log "Building and creating server $SERVER_NAME"
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
./mvnw -B -q liberty:create liberty:deploy -Dportico.server=$SERVER_NAME -Dportico.loose=false
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"

log "Starting on PostgreSQL $PG_HOST:$PG_PORT/$PG_DB"
"$WLP_DIR/bin/server" start "$SERVER_NAME" --clean >/dev/null
for _ in $(seq 1 120); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
KEY=$(grep -oE 'sk_test_[0-9A-Za-z]{43}' "$SERVER_DIR/logs/console.log" | head -n1)
[[ -n $KEY ]] || { log "no first-run key in the console log"; exit 1; }
for i in $(seq 1 24); do
  curl -fs -o /dev/null -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench $i\",\"scopes\":[\"jobs:read\"]}" "$BASE/api/v1/api-keys"
done
[[ $(curl -fs -H "Authorization: Bearer $KEY" "$BASE/api/v1/api-keys?limit=20" | grep -o '"key_' | wc -l) -eq 20 ]] ||
  { log "the list does not hold 20 keys"; exit 1; }

run_wrk() { # label seconds [wrk args...]
  local label=$1 seconds=$2
  shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$@" >"$RESULTS/$label.txt"
}
rps() { awk '/^Requests\/sec:/ { print $2 }' "$RESULTS/$1.txt"; }
p99() { awk '$1 == "99%" { print $2 }' "$RESULTS/$1.txt"; }
non2xx() { awk '/Non-2xx/ { print $NF }' "$RESULTS/$1.txt"; }

log "Warming up ${WARMUP}s per endpoint"
run_wrk warmup-root "$WARMUP" "$BASE/api/v1"
run_wrk warmup-list "$WARMUP" -H "Authorization: Bearer $KEY" "$BASE/api/v1/api-keys?limit=20"

log "Measuring ${DURATION}s per endpoint"
run_wrk root "$DURATION" "$BASE/api/v1"
run_wrk list "$DURATION" -H "Authorization: Bearer $KEY" "$BASE/api/v1/api-keys?limit=20"
for label in root list; do
  [[ -z $(non2xx "$label") ]] || { log "$label had non-2xx answers: $(non2xx "$label")"; exit 1; }
done

ratio=$(awk -v a="$(rps list)" -v b="$(rps root)" 'BEGIN { printf "%.2f", a / b }')
{
  echo "| endpoint | rps | p99 |"
  echo "| --- | ---: | ---: |"
  echo "| GET /api/v1 (no credential) | $(rps root) | $(p99 root) |"
  echo "| GET /api/v1/api-keys?limit=20 (cached key, 20 rows from PostgreSQL) | $(rps list) | $(p99 list) |"
  echo
  echo "list / root throughput: ${ratio}x (wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, after ${WARMUP}s warm-up each)"
} | tee "$RESULTS/summary.md"

#!/usr/bin/env bash
# What authentication and tenancy cost, on PostgreSQL, in one run: bench/access.sh
#
# Measures, with a cached API key:
#   - GET /api/v1 without a credential against the same GET /api/v1 with a key: the key is checked
#     on a public endpoint too, so this pair differs by authentication alone;
#   - GET /api/v1/api-keys?limit=20 (authenticated, tenant-scoped, 20 rows from PostgreSQL)
#     against GET /api/v1, the pair the access issue names;
#   - a JFR profile of the server during the list run: the share of its CPU samples spent in the
#     authentication filters and in opening the tenant-scoped entity manager.
#
# Builds the WAR, creates a Liberty server of its own (portico-bench, ports 9280/9643/7296/7306),
# points it at a fresh PostgreSQL database (portico_bench, dropped and created), reads the
# first-run key from the console log, creates 24 more keys so a page holds 20, warms every
# endpoint up, then measures each with wrk. Prints a Markdown table; raw wrk output and the JFR
# recording are kept in bench/results/<timestamp>-access/.
#
# Tunables: BENCH_WARMUP_SECONDS (40), BENCH_DURATION_SECONDS (8), BENCH_ROUNDS (5), BENCH_THREADS (2),
# BENCH_CONNECTIONS (32), BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
SERVER_NAME=portico-bench
WLP_DIR=$REPO_DIR/target/liberty/wlp
SERVER_DIR=$WLP_DIR/usr/servers/$SERVER_NAME
WARMUP=${BENCH_WARMUP_SECONDS:-40}
DURATION=${BENCH_DURATION_SECONDS:-8}
ROUNDS=${BENCH_ROUNDS:-5}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
PG_DB=portico_bench

export PORTICO_HTTP_PORT=9280 PORTICO_HTTPS_PORT=9643 PORTICO_JMS_PORT=7296 PORTICO_JMS_SSL_PORT=7306
export PORTICO_HOST=127.0.0.1 PORTICO_DB_KIND=postgresql
# The first-run key would be refused after its burst, and its organization after its plan's
# monthly quota: what limiting costs is bench/ratelimits.sh's.
export PORTICO_RATE_LIMITS_ENABLED=false PORTICO_QUOTAS_ENABLED=false
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

# Deep stacks, so a sample inside a filter still shows the filter's frame.
echo "-XX:FlightRecorderOptions:stackdepth=512" >>"$SERVER_DIR/jvm.options"

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
non2xx() { awk '/Non-2xx/ { print $NF }' "$RESULTS/$1.txt"; }

AUTH=(-H "Authorization: Bearer $KEY")
log "Warming up ${WARMUP}s per endpoint"
run_wrk warmup-root "$WARMUP" "$BASE/api/v1"
run_wrk warmup-root-key "$WARMUP" "${AUTH[@]}" "$BASE/api/v1"
run_wrk warmup-list "$WARMUP" "${AUTH[@]}" "$BASE/api/v1/api-keys?limit=20"

profile() { # name url [wrk args...]: one more run of the endpoint, not measured, under JFR
  local name=$1
  shift
  jcmd "$PID" JFR.start name="$name" settings=profile filename="$RESULTS/$name.jfr" >/dev/null
  run_wrk "profiled-$name" "$DURATION" "$@"
  jcmd "$PID" JFR.stop name="$name" >/dev/null
}

# The machine's speed drifts over a run, so the endpoints take turns: ROUNDS rounds of one
# measurement each, and every figure is over all rounds (mean rps, median p99).
log "Measuring ${DURATION}s per endpoint, $ROUNDS rounds"
PID=$(cat "$WLP_DIR/usr/servers/.pid/$SERVER_NAME.pid")
for round in $(seq 1 "$ROUNDS"); do
  run_wrk "root-$round" "$DURATION" "$BASE/api/v1"
  run_wrk "root-key-$round" "$DURATION" "${AUTH[@]}" "$BASE/api/v1"
  run_wrk "list-$round" "$DURATION" "${AUTH[@]}" "$BASE/api/v1/api-keys?limit=20"
done
log "Profiling the authenticated endpoints with JFR"
profile root-key "${AUTH[@]}" "$BASE/api/v1"
profile list "${AUTH[@]}" "$BASE/api/v1/api-keys?limit=20"
for file in "$RESULTS"/{root,root-key,list}-[0-9]*.txt; do
  label=$(basename "$file" .txt)
  [[ -z $(non2xx "$label") ]] || { log "$label had non-2xx answers: $(non2xx "$label")"; exit 1; }
done

mean_rps() { # endpoint
  cat "$RESULTS/$1"-[0-9]*.txt | awk '/^Requests\/sec:/ { sum += $2; n++ } END { printf "%.0f", sum / n }'
}
median_p99_ms() { # endpoint
  cat "$RESULTS/$1"-[0-9]*.txt | awk '$1 == "99%" {
      v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      print (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }' |
    sort -n | awk '{ a[NR] = $1 } END { printf "%.2f ms", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}
ratio() { # endpoint base: the median over rounds of each round's ratio
  for round in $(seq 1 "$ROUNDS"); do
    awk -v a="$(rps "$1-$round")" -v b="$(rps "$2-$round")" 'BEGIN { print a / b }'
  done | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

# Share of the server's execution samples whose stack holds the authentication filters, or the
# opening of the tenant-scoped entity manager (the tenant filter itself is two bound parameters in
# SQL that EclipseLink prepares once): "samples auth% tenancy%".
samples() { # name
  jfr print --events jdk.ExecutionSample --stack-depth 512 "$RESULTS/$1.jfr" >"$RESULTS/$1-samples.txt"
  awk '
    /^jdk.ExecutionSample/ { total++; auth = 0; tenancy = 0 }
    /security\.(AuthenticationFilter|ScopeFilter)\.filter/ { auth = 1 }
    /tenancy\.TenantEntityManager\.get/ { tenancy = 1 }
    /^}/ { a += auth; t += tenancy; auth = 0; tenancy = 0 }
    END { printf "%d %.1f %.1f\n", total, 100 * a / total, 100 * t / total }' "$RESULTS/$1-samples.txt"
}
read -r LIST_SAMPLES LIST_AUTH LIST_TENANCY < <(samples list)
read -r ROOT_SAMPLES ROOT_AUTH _ < <(samples root-key)

{
  echo "| endpoint | rps | p99 |"
  echo "| --- | ---: | ---: |"
  echo "| GET /api/v1 (no credential) | $(mean_rps root) | $(median_p99_ms root) |"
  echo "| GET /api/v1 (cached key, checked) | $(mean_rps root-key) | $(median_p99_ms root-key) |"
  echo "| GET /api/v1/api-keys?limit=20 (cached key, 20 rows from PostgreSQL) | $(mean_rps list) | $(median_p99_ms list) |"
  echo
  echo "- with key / without, same endpoint (authentication alone): $(ratio root-key root)x (median of the rounds' ratios)"
  echo "- list / root (the issue's pair): $(ratio list root)x (median of the rounds' ratios)"
  echo "- share of the server's CPU samples in the authentication filters: $LIST_AUTH % on the list" \
    "($LIST_SAMPLES samples), $ROOT_AUTH % on GET /api/v1 with a key ($ROOT_SAMPLES samples);" \
    "in opening the tenant-scoped entity manager: $LIST_TENANCY % on the list (JFR, one more run each)"
  echo
  echo "(wrk -t$THREADS -c$CONNECTIONS --latency, $ROUNDS rounds of ${DURATION}s per endpoint, after ${WARMUP}s warm-up each)"
  echo
  echo "| round | $(for round in $(seq 1 "$ROUNDS"); do printf '%s | ' "$round"; done)"
  echo "| --- | $(for round in $(seq 1 "$ROUNDS"); do printf -- '---: | '; done)"
  for endpoint in root root-key list; do
    echo "| $endpoint rps | $(for round in $(seq 1 "$ROUNDS"); do printf '%.0f | ' "$(rps "$endpoint-$round")"; done)"
  done
} | tee "$RESULTS/summary.md"

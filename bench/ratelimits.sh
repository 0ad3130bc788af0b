#!/usr/bin/env bash
# What counting requests against rate limits costs: bench/ratelimits.sh
#
# Five Portico servers from the same build run side by side, each on a fresh PostgreSQL database
# of its own (portico_bench_<mode>; dropped and created), one per mode:
#   off          PORTICO_RATE_LIMITS_ENABLED=false                 ports 9290/9653/7316/7326
#   local        rate limits on, buckets in the server's memory    ports 9280/9643/7296/7306
#   postgresql   rate limits on, buckets in PostgreSQL             ports 9300/9663/7336/7346
#   redis        rate limits on, buckets in Redis (127.0.0.1:6379) ports 9310/9673/7356/7366
#   redis_unsync the same, but up to BENCH_UNSYNCHRONIZED (20) requests of the key admitted on the
#                server's copy of its bucket before they are written to Redis
#                (portico.rate-limits.unsynchronized-requests)  ports 9330/9683/7416/7426
# Monthly quotas are off on all five, so only the rate limits differ. Each seeds its sandbox (30 customers) with its first-run key, whose limits are raised to the
# highest override so that no request is refused: a counting server still counts every request,
# which is the cost measured. Then GET /api/v1/customers?limit=20 with that key is measured on each
# server in turn, ROUNDS rounds, the order rotating every round so that all see the same drift of
# the machine; only the measured server is under load. Prints a Markdown table (rps, p50, p99,
# server and PostgreSQL CPU per request) and the median over the rounds of each round's ratio to
# "off". Raw wrk output and the machine's description are kept in
# bench/results/<timestamp>-ratelimits/. Fails on any answer but 200.
#
# Warm-up: BENCH_WARMUP_PASSES (4)
# passes of BENCH_WARMUP_SECONDS (15) per server with 2 connections, so the JIT compiler gets the
# cores (see bench/customers.sh), then 5 s each at full load. Other tunables:
# BENCH_DURATION_SECONDS (8), BENCH_ROUNDS (6), BENCH_THREADS (2), BENCH_CONNECTIONS (32),
# BENCH_UNSYNCHRONIZED (20),
# BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
BENCH_NAME=ratelimits
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
WLP_DIR=$REPO_DIR/target/liberty/wlp
WARMUP_PASSES=${BENCH_WARMUP_PASSES:-4}
WARMUP=${BENCH_WARMUP_SECONDS:-15}
DURATION=${BENCH_DURATION_SECONDS:-8}
ROUNDS=${BENCH_ROUNDS:-6}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
UNSYNCHRONIZED=${BENCH_UNSYNCHRONIZED:-20}
RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-ratelimits
COMMIT=$(bench_commit)
STARTED=$(date +%s)
MODES=(off local postgresql redis redis_unsync)
declare -A HTTP=([local]=9280 [off]=9290 [postgresql]=9300 [redis]=9310 [redis_unsync]=9330)
declare -A PORTS=([local]="9643 7296 7306" [off]="9653 7316 7326" [postgresql]="9663 7336 7346" [redis]="9673 7356 7366" [redis_unsync]="9683 7416 7426")
declare -A ENABLED=([local]=true [off]=false [postgresql]=true [redis]=true [redis_unsync]=true)
declare -A BACKEND=([local]=local [off]=local [postgresql]=postgresql [redis]=redis [redis_unsync]=redis)
declare -A UNSYNCED=([local]=0 [off]=0 [postgresql]=0 [redis]=0 [redis_unsync]=$UNSYNCHRONIZED)
declare -A KEY PID

stop_servers() {
  for mode in "${MODES[@]}"; do
    "$WLP_DIR/bin/server" stop "portico-bench-$mode" >/dev/null 2>&1 || true
  done
}
trap stop_servers EXIT

prepare_run
for mode in "${MODES[@]}"; do
  server=portico-bench-$mode
  read -r https jms jmsssl <<<"${PORTS[$mode]}"
  ./mvnw -B -q liberty:create liberty:deploy -Dportico.server=$server -Dportico.loose=false
  psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS portico_bench_$mode WITH (FORCE)" -c "CREATE DATABASE portico_bench_$mode"
  log "Starting $server (rate limits enabled: ${ENABLED[$mode]}, backend ${BACKEND[$mode]}, unsynchronized ${UNSYNCED[$mode]})"
  PORTICO_DB_KIND=postgresql PORTICO_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/portico_bench_$mode" \
    PORTICO_DB_USER=$PG_USER PORTICO_DB_PASSWORD="" \
    PORTICO_HTTP_PORT=${HTTP[$mode]} PORTICO_HTTPS_PORT=$https PORTICO_JMS_PORT=$jms \
    PORTICO_JMS_SSL_PORT=$jmsssl PORTICO_HOST=127.0.0.1 PORTICO_RATE_LIMITS_ENABLED=${ENABLED[$mode]} \
    PORTICO_RATE_LIMITS_BACKEND=${BACKEND[$mode]} PORTICO_QUOTAS_ENABLED=false \
    PORTICO_RATE_LIMITS_UNSYNCHRONIZED_REQUESTS=${UNSYNCED[$mode]} \
    "$WLP_DIR/bin/server" start "$server" --clean >/dev/null
done

for mode in "${MODES[@]}"; do
  server=portico-bench-$mode
  base=http://127.0.0.1:${HTTP[$mode]}
  KEY[$mode]=$(first_run_key "$server" "${HTTP[$mode]}")
  PID[$mode]=$(cat "$WLP_DIR/usr/servers/.pid/$server.pid")
  auth="Authorization: Bearer ${KEY[$mode]}"
  raise_limits "$base" "${KEY[$mode]}"
  curl -fsS -o /dev/null -X POST -H "$auth" "$base/api/v1/sandbox/seed" || die "seeding $server failed"
  headers=$(curl -fsS -D - -o /dev/null -H "$auth" "$base/api/v1/customers?limit=20")
  if [[ $mode != off ]]; then
    grep -qi '^X-RateLimit-Limit: 1000000000' <<<"$headers" || die "$server sent no rate-limit headers"
  else
    ! grep -qi '^X-RateLimit' <<<"$headers" || die "$server counts requests though disabled"
  fi
done

# PostgreSQL's CPU: the backends of the measured server's database and the cluster's own processes.
pg_ticks() {
  local pid total=0 t
  for pid in $(psql -X -Atq -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -c "SELECT pid FROM pg_stat_activity WHERE datname = 'portico_bench_$1' OR backend_type <> 'client backend'"); do
    t=$(ticks "$pid" || true)
    total=$((total + ${t:-0}))
  done
  echo "$total"
}
run() { # mode label seconds [connections]
  local before pg_before
  before=$(ticks "${PID[$1]}")
  pg_before=$(pg_ticks "$1")
  wrk -t"$THREADS" -c"${4:-$CONNECTIONS}" -d"${3}s" --latency -H "Authorization: Bearer ${KEY[$1]}" \
    "http://127.0.0.1:${HTTP[$1]}/api/v1/customers?limit=20" >"$RESULTS/$2.txt"
  echo "$(($(ticks "${PID[$1]}") - before)) $(($(pg_ticks "$1") - pg_before))" >"$RESULTS/$2.ticks"
  ! grep -q 'Non-2xx' "$RESULTS/$2.txt" || die "$2 had non-2xx answers"
}

for pass in $(seq 1 "$WARMUP_PASSES"); do
  for mode in "${MODES[@]}"; do
    log "Warm-up pass $pass of $WARMUP_PASSES: $mode, $WARMUP s with 2 connections"
    run "$mode" "warmup-$pass-$mode" "$WARMUP" 2
  done
done
for mode in "${MODES[@]}"; do
  log "Warm-up at full load: $mode, 5 s"
  run "$mode" "warmup-full-$mode" 5
done
for round in $(seq 1 "$ROUNDS"); do
  shift_by=$(((round - 1) % ${#MODES[@]}))
  order=("${MODES[@]:shift_by}" "${MODES[@]:0:shift_by}")
  for mode in "${order[@]}"; do
    log "Round $round of $ROUNDS: $mode, $DURATION s"
    run "$mode" "$mode-$round" "$DURATION"
  done
done

rps() { rps_of "$RESULTS/$1.txt"; }
latency_ms() { # mode percentile: the median over the rounds, in ms
  cat "$RESULTS/$1"-[0-9]*.txt | awk -v p="$2%" '$1 == p {
      v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      print (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }' | median
}
us_per_request() { # mode column: mean over the rounds of CPU time per request (1 server, 2 PostgreSQL)
  for round in $(seq 1 "$ROUNDS"); do
    echo "$(awk '/ requests in / { print $1 }' "$RESULTS/$1-$round.txt") $(cat "$RESULTS/$1-$round.ticks")"
  done | awk -v hz="$(getconf CLK_TCK)" -v c="$2" '{ s += $(c + 1) * 1e6 / hz / $1; n++ } END { printf "%.0f", s / n }'
}
ratio() { # mode: the median over the rounds of the round's rps ratio to "off"
  for round in $(seq 1 "$ROUNDS"); do
    awk -v a="$(rps "$1-$round")" -v b="$(rps "off-$round")" 'BEGIN { print a / b }'
  done | median
}
{
  echo "Commit $COMMIT, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "| \`GET /api/v1/customers?limit=20\` | rps (median) | p50 | p99 | CPU µs/request, server + PostgreSQL | rps ÷ off | p99 ÷ off |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for mode in "${MODES[@]}"; do
    case $mode in
      off) label="rate limits off" ;;
      local) label="counted in the server's memory" ;;
      postgresql) label="counted in PostgreSQL" ;;
      redis) label="counted in Redis" ;;
      redis_unsync) label="counted in Redis, $UNSYNCHRONIZED unsynchronized per server" ;;
    esac
    echo "| $label | $(fmt "$(for r in $(seq 1 "$ROUNDS"); do rps "$mode-$r"; done | median)" '%.0f') |" \
      "$(fmt "$(latency_ms "$mode" 50)" '%.2f') ms | $(fmt "$(latency_ms "$mode" 99)" '%.2f') ms |" \
      "$(us_per_request "$mode" 1) + $(us_per_request "$mode" 2) | $(fmt "$(ratio "$mode")" '%.3f') |" \
      "$(fmt "$(awk -v a="$(latency_ms "$mode" 99)" -v b="$(latency_ms off 99)" 'BEGIN { print a / b }')" '%.2f') |"
  done
  echo
  for mode in "${MODES[@]}"; do
    echo "- $mode rps by round: $(for r in $(seq 1 "$ROUNDS"); do printf '%.0f ' "$(rps "$mode-$r")"; done)"
  done
  echo "- wrk -t$THREADS -c$CONNECTIONS --latency, $ROUNDS rounds of ${DURATION}s per server, the order rotating each round, after $WARMUP_PASSES passes of ${WARMUP}s with 2 connections and 5 s at full load each; PostgreSQL, 30 customers; goal: counting costs under 10 % of the rps (ratio ≥ 0.90); the whole run took $(($(date +%s) - STARTED)) s."
} | tee "$RESULTS/summary.md"

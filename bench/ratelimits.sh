#!/usr/bin/env bash
# What counting requests against rate limits costs: bench/ratelimits.sh
#
# Two Portico servers from the same build run side by side, each on its own fresh H2 database:
# portico-bench-limited (rate limits on, the default; ports 9280/9643/7296/7306) and
# portico-bench-unlimited (PORTICO_RATE_LIMITS_ENABLED=false; ports 9290/9653/7316/7326). Each
# seeds its sandbox (30 customers) with its first-run key, whose limits are raised to the highest
# override so that no request is refused: the limited server still counts every request, which is
# the cost measured. Then GET /api/v1/customers?limit=20 with that key is measured on each server
# in turn, ROUNDS rounds, so both see the same drift of the machine; only the measured server is
# under load. Prints a Markdown table: rps, p50, p99, server CPU per request, and the median over
# the rounds of each round's ratio limited ÷ unlimited. Raw wrk output and the machine's
# description are kept in bench/results/<timestamp>-ratelimits/. Fails on any answer but 200.
#
# Backend measured: the in-memory one (this server's buckets). Tunables: BENCH_WARMUP_SECONDS
# (20, per server, in two passes), BENCH_DURATION_SECONDS (8), BENCH_ROUNDS (5), BENCH_THREADS
# (2), BENCH_CONNECTIONS (32).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
WLP_DIR=$REPO_DIR/target/liberty/wlp
WARMUP=${BENCH_WARMUP_SECONDS:-20}
DURATION=${BENCH_DURATION_SECONDS:-8}
ROUNDS=${BENCH_ROUNDS:-5}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-ratelimits
COMMIT=$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo "none (not a git checkout)")
if [[ -n $(git -C "$REPO_DIR" status --porcelain --untracked-files=no -- . ':!bench' 2>/dev/null) ]]; then
  COMMIT+=" with uncommitted changes"
fi
STARTED=$(date +%s)
declare -A HTTP=([limited]=9280 [unlimited]=9290)
declare -A PORTS=([limited]="9643 7296 7306" [unlimited]="9653 7316 7326")
declare -A ENABLED=([limited]=true [unlimited]=false)
declare -A KEY PID

log() { printf '[ratelimits %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
stop_servers() {
  for mode in limited unlimited; do
    "$WLP_DIR/bin/server" stop "portico-bench-$mode" >/dev/null 2>&1 || true
  done
}
trap stop_servers EXIT

command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
mkdir -p "$RESULTS"
cd "$REPO_DIR"
{
  echo "commit: $COMMIT"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core)'
  echo "kernel: $(uname -r)"
  java -version 2>&1 | head -n 2
} >"$RESULTS/machine.txt"

log "Building"
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
for mode in limited unlimited; do
  server=portico-bench-$mode
  read -r https jms jmsssl <<<"${PORTS[$mode]}"
  ./mvnw -B -q liberty:create liberty:deploy -Dportico.server=$server -Dportico.loose=false
  log "Starting $server (rate limits enabled: ${ENABLED[$mode]})"
  PORTICO_HTTP_PORT=${HTTP[$mode]} PORTICO_HTTPS_PORT=$https PORTICO_JMS_PORT=$jms \
    PORTICO_JMS_SSL_PORT=$jmsssl PORTICO_HOST=127.0.0.1 PORTICO_RATE_LIMITS_ENABLED=${ENABLED[$mode]} \
    PORTICO_H2_PATH="$RESULTS/h2-$mode/portico" \
    "$WLP_DIR/bin/server" start "$server" --clean >/dev/null
done

for mode in limited unlimited; do
  server=portico-bench-$mode
  base=http://127.0.0.1:${HTTP[$mode]}
  for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$base/health/ready" >/dev/null || die "$server not ready after 120 s"
  PID[$mode]=$(cat "$WLP_DIR/usr/servers/.pid/$server.pid")
  KEY[$mode]=$(grep -oE 'sk_test_[0-9A-Za-z]{43}' "$WLP_DIR/usr/servers/$server/logs/console.log" | head -n1 || true)
  [[ -n ${KEY[$mode]} ]] || die "no first-run key in $server's console log"
  auth="Authorization: Bearer ${KEY[$mode]}"
  id=$(curl -fsS -H "$auth" "$base/api/v1/api-keys" | grep -oE '"id":"key_[0-9A-Za-z]+"' | head -n1 | cut -d'"' -f4)
  curl -fsS -o /dev/null -X PATCH -H "$auth" -H 'Content-Type: application/json' \
    -d '{"rate_limit_override":{"per_minute":1000000000,"per_hour":1000000000,"per_day":1000000000,"burst":1000000000}}' \
    "$base/api/v1/api-keys/$id" || die "could not raise the first-run key's limits on $server"
  curl -fsS -o /dev/null -X POST -H "$auth" "$base/api/v1/sandbox/seed" || die "seeding $server failed"
  headers=$(curl -fsS -D - -o /dev/null -H "$auth" "$base/api/v1/customers?limit=20")
  if [[ $mode == limited ]]; then
    grep -qi '^X-RateLimit-Limit: 1000000000' <<<"$headers" || die "$server sent no rate-limit headers"
  else
    ! grep -qi '^X-RateLimit' <<<"$headers" || die "$server counts requests though disabled"
  fi
done

ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
run() { # mode label seconds
  local before
  before=$(ticks "${PID[$1]}")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" --latency -H "Authorization: Bearer ${KEY[$1]}" \
    "http://127.0.0.1:${HTTP[$1]}/api/v1/customers?limit=20" >"$RESULTS/$2.txt"
  echo $(($(ticks "${PID[$1]}") - before)) >"$RESULTS/$2.ticks"
  ! grep -q 'Non-2xx' "$RESULTS/$2.txt" || die "$2 had non-2xx answers"
}

for pass in 1 2; do
  for mode in limited unlimited; do
    log "Warm-up pass $pass: $mode, $((WARMUP / 2)) s"
    run "$mode" "warmup-$pass-$mode" $((WARMUP / 2))
  done
done
for round in $(seq 1 "$ROUNDS"); do
  for mode in limited unlimited; do
    log "Round $round of $ROUNDS: $mode, $DURATION s"
    run "$mode" "$mode-$round" "$DURATION"
  done
done

fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
rps() { awk '/^Requests\/sec:/ { print $2 }' "$RESULTS/$1.txt"; }
latency_ms() { # mode percentile: the median over the rounds, in ms
  cat "$RESULTS/$1"-[0-9]*.txt | awk -v p="$2%" '$1 == p {
      v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      print (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }' | median
}
us_per_request() { # mode: mean over the rounds of the server's CPU time per request
  for round in $(seq 1 "$ROUNDS"); do
    echo "$(awk '/ requests in / { print $1 }' "$RESULTS/$1-$round.txt") $(cat "$RESULTS/$1-$round.ticks")"
  done | awk -v hz="$(getconf CLK_TCK)" '{ s += $2 * 1e6 / hz / $1; n++ } END { printf "%.0f", s / n }'
}
rps_ratio=$(for round in $(seq 1 "$ROUNDS"); do
  awk -v a="$(rps "limited-$round")" -v b="$(rps "unlimited-$round")" 'BEGIN { print a / b }'
done | median)
p99_ratio=$(awk -v a="$(latency_ms limited 99)" -v b="$(latency_ms unlimited 99)" 'BEGIN { print a / b }')
{
  echo "Commit $COMMIT, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "| \`GET /api/v1/customers?limit=20\` | rps (median) | p50 | p99 | server CPU µs/request |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for mode in limited unlimited; do
    echo "| rate limits $([[ $mode == limited ]] && echo on || echo off) | $(fmt "$(for r in $(seq 1 "$ROUNDS"); do rps "$mode-$r"; done | median)" '%.0f') |" \
      "$(fmt "$(latency_ms "$mode" 50)" '%.2f') ms | $(fmt "$(latency_ms "$mode" 99)" '%.2f') ms | $(us_per_request "$mode") |"
  done
  echo
  echo "- on ÷ off, rps: $(fmt "$rps_ratio" '%.3f') (median of the rounds' ratios; goal ≥ 0.90, a cost under 10 %)"
  echo "- on ÷ off, p99: $(fmt "$p99_ratio" '%.2f')"
  echo "- rounds, rps on / off: $(for r in $(seq 1 "$ROUNDS"); do printf '%.0f/%.0f ' "$(rps "limited-$r")" "$(rps "unlimited-$r")"; done)"
  echo "- wrk -t$THREADS -c$CONNECTIONS --latency, $ROUNDS rounds of ${DURATION}s per server, after ${WARMUP}s of warm-up each; H2, 30 customers; the whole run took $(($(date +%s) - STARTED)) s."
} | tee "$RESULTS/summary.md"

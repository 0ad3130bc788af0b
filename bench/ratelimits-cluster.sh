#!/usr/bin/env bash
# Rate limits on two servers at once: bench/ratelimits-cluster.sh
#
# Three pairs of Portico servers from the same build, each pair on one fresh PostgreSQL database of
# its own (portico_bench_pair_<mode>; dropped and created), sharing one key:
#   off        PORTICO_RATE_LIMITS_ENABLED=false      ports 9320, 9321
#   postgresql rate limits counted in PostgreSQL      ports 9322, 9323
#   redis      rate limits counted in Redis           ports 9324, 9325 (127.0.0.1:6379)
# Monthly quotas are off. The pair's first-run key gets the highest override, so every request is
# counted and none refused. GET /api/v1/customers?limit=20 with that key is then measured on both
# servers of a pair at once (one wrk each, BENCH_CONNECTIONS per server), pair after pair, ROUNDS
# rounds, the order rotating every round. For the counting pairs each round also checks the count:
# the key's day window before and after the round, read on the first server, must have fallen by
# the requests both wrk runs completed, plus the reads, plus at most the requests still in flight
# when wrk stopped (one per connection). Prints the pair's total rps, its ratio to "off" and the
# count's difference; fails on any answer but 200 or a count outside that bound. Raw output in
# bench/results/<timestamp>-ratelimits-cluster/.
#
# Tunables: BENCH_WARMUP_PASSES (6) of BENCH_WARMUP_SECONDS (15) with BENCH_WARMUP_CONNECTIONS
# (4 per server; six JVMs share the two cores, and with fewer passes or one connection each the
# servers were still getting faster through the measured rounds), BENCH_DURATION_SECONDS (8),
# BENCH_ROUNDS (4), BENCH_CONNECTIONS (16 per server), BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
BENCH_NAME=ratelimits-cluster
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
WLP_DIR=$REPO_DIR/target/liberty/wlp
WARMUP_PASSES=${BENCH_WARMUP_PASSES:-6}
WARMUP=${BENCH_WARMUP_SECONDS:-15}
WARMUP_CONNECTIONS=${BENCH_WARMUP_CONNECTIONS:-4}
DURATION=${BENCH_DURATION_SECONDS:-8}
ROUNDS=${BENCH_ROUNDS:-4}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-ratelimits-cluster
COMMIT=$(bench_commit)
STARTED=$(date +%s)
MODES=(off postgresql redis)
declare -A FIRST_PORT=([off]=9320 [postgresql]=9322 [redis]=9324)
declare -A ENABLED=([off]=false [postgresql]=true [redis]=true)
declare -A BACKEND=([off]=local [postgresql]=postgresql [redis]=redis)
declare -A KEY

servers_of() { echo "portico-bench-pair-$1-a portico-bench-pair-$1-b"; }
port_of() { # mode a|b
  if [[ $2 == a ]]; then echo "${FIRST_PORT[$1]}"; else echo $((FIRST_PORT[$1] + 1)); fi
}
stop_servers() {
  for mode in "${MODES[@]}"; do
    for server in $(servers_of "$mode"); do
      "$WLP_DIR/bin/server" stop "$server" >/dev/null 2>&1 || true
    done
  done
}
trap stop_servers EXIT

prepare_run
for mode in "${MODES[@]}"; do
  psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS portico_bench_pair_$mode WITH (FORCE)" \
    -c "CREATE DATABASE portico_bench_pair_$mode"
  for side in a b; do
    server=portico-bench-pair-$mode-$side
    http=$(port_of "$mode" "$side")
    ./mvnw -B -q liberty:create liberty:deploy -Dportico.server="$server" -Dportico.loose=false
    log "Starting $server (rate limits enabled: ${ENABLED[$mode]}, backend ${BACKEND[$mode]})"
    PORTICO_DB_KIND=postgresql PORTICO_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/portico_bench_pair_$mode" \
      PORTICO_DB_USER=$PG_USER PORTICO_DB_PASSWORD="" PORTICO_HOST=127.0.0.1 \
      PORTICO_HTTP_PORT="$http" PORTICO_HTTPS_PORT=$((http + 400)) PORTICO_JMS_PORT=$((http - 2000)) \
      PORTICO_JMS_SSL_PORT=$((http - 1990)) PORTICO_RATE_LIMITS_ENABLED=${ENABLED[$mode]} \
      PORTICO_RATE_LIMITS_BACKEND=${BACKEND[$mode]} PORTICO_QUOTAS_ENABLED=false \
      "$WLP_DIR/bin/server" start "$server" --clean >/dev/null
    # One first-run bootstrap per database: the second server starts once the first is up.
    if [[ $side == a ]]; then
      KEY[$mode]=$(first_run_key "$server" "$http")
    else
      first_run_key "$(servers_of "$mode" | cut -d' ' -f1)" "$http" >/dev/null
    fi
  done
  base=http://127.0.0.1:$(port_of "$mode" a)
  raise_limits "$base" "${KEY[$mode]}"
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer ${KEY[$mode]}" "$base/api/v1/sandbox/seed" \
    || die "seeding the $mode pair failed"
done

# The key's day window as the first server of the pair reads it (that read counts too).
day_remaining() {
  curl -fsS -H "Authorization: Bearer ${KEY[$1]}" "http://127.0.0.1:$(port_of "$1" a)/api/v1/rate-limit" \
    | python3 -c 'import json, sys; print(next(w["remaining"] for w in json.load(sys.stdin)["windows"] if w["name"] == "day"))'
}
run_pair() { # mode label seconds connections
  local side
  for side in a b; do
    wrk -t1 -c"$4" -d"${3}s" --latency -H "Authorization: Bearer ${KEY[$1]}" \
      "http://127.0.0.1:$(port_of "$1" "$side")/api/v1/customers?limit=20" >"$RESULTS/$2-$side.txt" &
  done
  wait
  for side in a b; do
    ! grep -q 'Non-2xx' "$RESULTS/$2-$side.txt" || die "$2-$side had non-2xx answers"
  done
}

for pass in $(seq 1 "$WARMUP_PASSES"); do
  for mode in "${MODES[@]}"; do
    log "Warm-up pass $pass of $WARMUP_PASSES: $mode pair, $WARMUP s with $WARMUP_CONNECTIONS connections each"
    run_pair "$mode" "warmup-$pass-$mode" "$WARMUP" "$WARMUP_CONNECTIONS"
  done
done
for round in $(seq 1 "$ROUNDS"); do
  shift_by=$(((round - 1) % ${#MODES[@]}))
  order=("${MODES[@]:shift_by}" "${MODES[@]:0:shift_by}")
  for mode in "${order[@]}"; do
    log "Round $round of $ROUNDS: $mode pair, $DURATION s"
    if [[ $mode != off ]]; then before=$(day_remaining "$mode"); fi
    run_pair "$mode" "$mode-$round" "$DURATION" "$CONNECTIONS"
    if [[ $mode != off ]]; then
      after=$(day_remaining "$mode")
      completed=$(($(requests_of "$RESULTS/$mode-$round-a.txt") + $(requests_of "$RESULTS/$mode-$round-b.txt")))
      # counted - completed - the one read of "after"; in flight at the stop: 0 to 2 × connections.
      extra=$((before - after - completed - 1))
      echo "$extra" >"$RESULTS/$mode-$round.extra"
      ((extra >= 0 && extra <= 2 * CONNECTIONS)) \
        || die "$mode round $round: counted $((before - after)) for $completed completed requests"
    fi
  done
done

pair_rps() { # mode round: both servers' rps together
  awk -v a="$(rps_of "$RESULTS/$1-$2-a.txt")" -v b="$(rps_of "$RESULTS/$1-$2-b.txt")" 'BEGIN { print a + b }'
}
p99_ms() { # mode: the median over rounds and servers of wrk's p99, in ms
  cat "$RESULTS/$1"-[0-9]*-[ab].txt | awk '$1 == "99%" {
      v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      print (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }' | median
}
ratio() { # mode: the median over the rounds of the round's pair rps ratio to "off"
  for round in $(seq 1 "$ROUNDS"); do
    awk -v a="$(pair_rps "$1" "$round")" -v b="$(pair_rps off "$round")" 'BEGIN { print a / b }'
  done | median
}
{
  echo "Commit $COMMIT, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "| two servers, \`GET /api/v1/customers?limit=20\` | rps of both (median) | p99 | rps ÷ off | counted − completed, per round |"
  echo "| --- | ---: | ---: | ---: | --- |"
  for mode in "${MODES[@]}"; do
    case $mode in
      off) label="rate limits off" ;;
      postgresql) label="one count in PostgreSQL" ;;
      redis) label="one count in Redis" ;;
    esac
    extras="—"
    if [[ $mode != off ]]; then extras=$(cat "$RESULTS/$mode"-[0-9]*.extra | tr '\n' ' '); fi
    echo "| $label | $(fmt "$(for r in $(seq 1 "$ROUNDS"); do pair_rps "$mode" "$r"; done | median)" '%.0f') |" \
      "$(fmt "$(p99_ms "$mode")" '%.2f') ms | $(fmt "$(ratio "$mode")" '%.3f') | $extras |"
  done
  echo
  echo "- wrk -t1 -c$CONNECTIONS per server, both at once, $ROUNDS rounds of ${DURATION}s per pair, the order rotating each round, after $WARMUP_PASSES warm-up passes of ${WARMUP}s with $WARMUP_CONNECTIONS connections per server; PostgreSQL, 30 customers; \"counted − completed\" is what the shared count held beyond the requests wrk saw answered (those in flight when it stopped; at most $((2 * CONNECTIONS))); the whole run took $(($(date +%s) - STARTED)) s."
} | tee "$RESULTS/summary.md"

#!/usr/bin/env bash
# What delivering webhooks costs, against the simplest durable delivery loop: bench/webhooks.sh
#
# On PostgreSQL, with a server of its own (portico-bench, ports 9280/9643/7296/7306, database
# portico_bench dropped and created), rate limits and quotas off, and receivers on loopback (JDK
# HttpServer with TCP_NODELAY, in the load's own JVM), bench/webhooks/WebhookBench.java measures:
#   - end to end: BENCH_EVENTS (10 000) customers created through the API as fast as 8 clients go,
#     each event fanned out to BENCH_RECEIVERS (10) endpoints: deliveries per second from the first
#     arrival to the last, and the server's CPU per delivery (the API calls' included);
#   - delivery alone: the same, with the delivery consumers paused (server pause) until the
#     database holds every message, then resumed: deliveries per second and CPU per delivery of
#     the delivery path alone, which is what the limit below does;
#   - latency: BENCH_PACED_EVENTS (3 000) customers at BENCH_RATE (20) a second, after 5 s of the
#     same unmeasured: commit to delivery (a receiver's arrival time minus the event's timestamp,
#     taken inside the committing transaction) p50 and p99;
#   - the same paced load with one more endpoint, added after the warm-up, whose receiver hangs
#     (never answers within the 15 s timeout): the healthy receivers' p99, against the run without;
#   - the limit: the same number of deliveries by a plain Java loop (WebhookBench limit) that, per
#     delivery, claims a message row with FOR UPDATE SKIP LOCKED, signs it, POSTs it with
#     java.net.http, inserts the attempt and marks the message delivered, each step committed, with
#     BENCH_LIMIT_THREADS (8 16 32 64) threads in turn; the best is the limit. Its receivers run in
#     a process of their own, so the loop's CPU is its own.
# A warm-up of BENCH_WARMUP_EVENTS (2 000) customers comes first. Prints a Markdown table; raw
# output in bench/results/<timestamp>-webhooks/. With BENCH_PROFILE=1 the server's delivery-alone
# run is recorded by Java Flight Recorder from the resume on (alone.jfr) and
# its hottest frames summed into alone-hot.txt.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
BENCH_NAME=webhooks
SERVER_NAME=portico-bench
WLP_DIR=$REPO_DIR/target/liberty/wlp
SERVER_DIR=$WLP_DIR/usr/servers/$SERVER_NAME
EVENTS=${BENCH_EVENTS:-10000}
PACED_EVENTS=${BENCH_PACED_EVENTS:-3000}
RATE=${BENCH_RATE:-20}
RECEIVERS=${BENCH_RECEIVERS:-10}
WARMUP_EVENTS=${BENCH_WARMUP_EVENTS:-2000}
LIMIT_THREADS=${BENCH_LIMIT_THREADS:-8 16 32 64}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
PG_DB=portico_bench
LIMIT_PORT=9700

export PORTICO_HTTP_PORT=9280 PORTICO_HTTPS_PORT=9643 PORTICO_JMS_PORT=7296 PORTICO_JMS_SSL_PORT=7306
export PORTICO_HOST=127.0.0.1 PORTICO_DB_KIND=postgresql PORTICO_DB_POOL_MAX=50
export PORTICO_RATE_LIMITS_ENABLED=false PORTICO_QUOTAS_ENABLED=false
export PORTICO_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
export PORTICO_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" PORTICO_DB_USER=$PG_USER PORTICO_DB_PASSWORD=""
BASE=http://127.0.0.1:$PORTICO_HTTP_PORT
RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-webhooks
CLASSES=$RESULTS/classes

# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
COMMIT=$(bench_commit)
RECEIVERS_PID=""
cleanup() {
  [[ -n $RECEIVERS_PID ]] && kill "$RECEIVERS_PID" 2>/dev/null || true
  "$WLP_DIR/bin/server" stop "$SERVER_NAME" >/dev/null 2>&1 || true
}
trap cleanup EXIT

mkdir -p "$RESULTS"
cd "$REPO_DIR"
describe_machine "$RESULTS/machine.txt"
log "Building and creating server $SERVER_NAME"
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
./mvnw -B -q liberty:create liberty:deploy -Dportico.server=$SERVER_NAME -Dportico.loose=false
psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"
DRIVER=$SERVER_DIR/jdbc/postgresql.jar
javac -d "$CLASSES" -cp "$DRIVER" "$BENCH_DIR/webhooks/WebhookBench.java"
load() { java -Xmx1g -cp "$CLASSES:$DRIVER" WebhookBench "$@"; }

log "Starting on PostgreSQL $PG_HOST:$PG_PORT/$PG_DB"
"$WLP_DIR/bin/server" start "$SERVER_NAME" --clean >/dev/null
KEY=$(first_run_key "$SERVER_NAME" "$PORTICO_HTTP_PORT")
PID=$(cat "$WLP_DIR/usr/servers/.pid/$SERVER_NAME.pid")
field() { grep -oE "$1=[0-9.]+" <<<"$2" | cut -d= -f2; }

log "Warm-up: $WARMUP_EVENTS customers to $RECEIVERS endpoints"
load portico "$BASE" "$KEY" "$PID" "$RECEIVERS" "$WARMUP_EVENTS" 0 false | tee "$RESULTS/warmup.txt" >&2
log "Throughput: $EVENTS customers to $RECEIVERS endpoints, as fast as they come"
THROUGHPUT=$(load portico "$BASE" "$KEY" "$PID" "$RECEIVERS" "$EVENTS" 0 false | tee "$RESULTS/throughput.txt")
log "$THROUGHPUT"
log "Delivery alone: $EVENTS customers to $RECEIVERS endpoints with the consumers paused, then resumed"
CONSUMER=portico#portico.war#WebhookDeliveryConsumer
"$WLP_DIR/bin/server" pause "$SERVER_NAME" --target=$CONSUMER >/dev/null
RESUME="$WLP_DIR/bin/server resume $SERVER_NAME --target=$CONSUMER >/dev/null"
[[ ${BENCH_PROFILE:-0} == 1 ]] && RESUME="jcmd $PID JFR.start name=alone settings=profile >/dev/null && $RESUME"
ALONE=$(load portico "$BASE" "$KEY" "$PID" "$RECEIVERS" "$EVENTS" 0 false "$PORTICO_DB_URL" "$RESUME" \
  | tee "$RESULTS/alone.txt")
log "$ALONE"
if [[ ${BENCH_PROFILE:-0} == 1 ]]; then
  jcmd "$PID" JFR.stop name=alone filename="$RESULTS/alone.jfr" >/dev/null
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$RESULTS/alone.jfr" | hot_frames >"$RESULTS/alone-hot.txt"
fi
log "Latency: $PACED_EVENTS customers at $RATE a second"
PACED=$(load portico "$BASE" "$KEY" "$PID" "$RECEIVERS" "$PACED_EVENTS" "$RATE" false | tee "$RESULTS/paced.txt")
log "$PACED"
log "Latency with one more endpoint whose receiver hangs"
HANGING=$(load portico "$BASE" "$KEY" "$PID" "$RECEIVERS" "$PACED_EVENTS" "$RATE" true | tee "$RESULTS/hanging.txt")
log "$HANGING"

PAYLOAD=$RESULTS/payload.json
psql -X -Atq -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" \
  -c "SELECT payload FROM webhook_messages WHERE event_type = 'customer.created' LIMIT 1" >"$PAYLOAD"
"$WLP_DIR/bin/server" stop "$SERVER_NAME" >/dev/null
# java itself in the background (not the load function), so the clean-up stops it.
java -Xmx1g -cp "$CLASSES:$DRIVER" WebhookBench receivers "$RECEIVERS" "$LIMIT_PORT" >"$RESULTS/limit-receivers.txt" 2>&1 &
RECEIVERS_PID=$!
sleep 2
MESSAGES=$((EVENTS * RECEIVERS))
BEST=""
BEST_RATE=0
for threads in $LIMIT_THREADS; do
  log "Limit: $MESSAGES deliveries with $threads threads"
  OUT=$(load limit "$PORTICO_DB_URL" "$RECEIVERS" "$MESSAGES" "$threads" "$PAYLOAD" "$LIMIT_PORT" | tee -a "$RESULTS/limit.txt")
  log "$OUT"
  rate=$(field per_second "$OUT")
  if awk -v a="$rate" -v b="$BEST_RATE" 'BEGIN { exit !(a > b) }'; then BEST=$OUT; BEST_RATE=$rate; fi
done

E_RATE=$(field per_second "$THROUGHPUT")
P_RATE=$(field per_second "$ALONE")
P99=$(field p99_ms "$PACED")
H99=$(field p99_ms "$HANGING")
cat <<TABLE

Commit $COMMIT, $(date -u '+%Y-%m-%d %H:%M UTC'), $(grep 'Model name' "$RESULTS/machine.txt" | sed 's/.*: *//'), $(nproc) cores.

| measure | Portico | limit (plain JDBC loop) | ratio | goal |
| --- | --- | --- | --- | --- |
| deliveries/s, $EVENTS events × $RECEIVERS endpoints waiting | $P_RATE | $BEST_RATE ($(field threads "$BEST") threads) | $(fmt "$(awk -v a="$P_RATE" -v b="$BEST_RATE" 'BEGIN { print a / b }')" '%.2f') | ≥ 0.5 and ≥ 1 000/s |
| CPU per delivery (µs) | $(field server_cpu_us_per_delivery "$ALONE") (server) | $(field loop_cpu_us_per_delivery "$BEST") (loop) | | reported |
| end to end, events created through the API meanwhile: deliveries/s, server CPU per delivery (µs) | $E_RATE, $(field server_cpu_us_per_delivery "$THROUGHPUT") | | | |
| commit → delivery at $RATE events/s × $RECEIVERS: p50 / p99 (ms) | $(field p50_ms "$PACED") / $P99 | | | p99 < 1 000 |
| the same with one receiver hanging: healthy p50 / p99 (ms) | $(field p50_ms "$HANGING") / $H99 | | $(fmt "$(awk -v a="$H99" -v b="$P99" 'BEGIN { print a / b }')" '%.2f') | ≤ 1.2 |
TABLE

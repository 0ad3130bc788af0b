#!/usr/bin/env bash
# What listing and creating customers cost on PostgreSQL as the organization grows: bench/customers.sh
#
# Measures, with the first-run test-mode key, at 10 000 and then 100 000 customers in the
# organization:
#   - GET /api/v1/customers?limit=20, the first page (the newest customers);
#   - the same list at a deep page: ?limit=20&cursor=<a cursor about 200 rows from the end>,
#     found by walking the whole list with limit=100 (a cursor is bound to the list, its sort and
#     its filters, not to the limit);
#   - POST /api/v1/customers (no Idempotency-Key, so each request creates a customer);
#   - GET /api/v1, the endpoint every ratio is taken against, in the same rounds.
#
# Builds the WAR, creates a Liberty server of its own (portico-bench, ports 9280/9643/7296/7306),
# points it at a fresh PostgreSQL database (portico_bench, dropped and created), reads the
# first-run key from the console log, and fills the customers straight into PostgreSQL with ids
# made like the application's (cus_ + 22 base62 characters whose first 6 bytes are created_at in
# milliseconds). The 10 000 are the newest, one a minute up to a minute ago; the 90 000 added for
# the second phase are older. The customers each POST run creates are deleted right after it, so
# every list run sees exactly 10 000 or 100 000 rows.
#
# Prints Markdown tables, PostgreSQL's plan for the list's statement at the first, middle and deep
# page, and the walk's time per page; raw wrk output, the CPU of each run, the full plans and the
# machine's description are kept in bench/results/<timestamp>-customers/. Fails on any answer
# other than 2xx.
#
# Warm-up, before the 10 000 phase: BENCH_WARMUP_PASSES (4) passes in which each endpoint runs for
# BENCH_WARMUP_SECONDS (10) with BENCH_WARMUP_CONNECTIONS (2) connections. Under the full load the
# JIT compiler gets little of the two cores and the server was still getting faster minutes into
# the run; with two connections it finishes in about a minute and a half. Then, before each phase's
# rounds, every endpoint runs BENCH_WARMUP_FULL_SECONDS (5) at full load.
# Other tunables: BENCH_DURATION_SECONDS (6), BENCH_ROUNDS (5), BENCH_THREADS (2),
# BENCH_CONNECTIONS (32), BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
SERVER_NAME=portico-bench
WLP_DIR=$REPO_DIR/target/liberty/wlp
SERVER_DIR=$WLP_DIR/usr/servers/$SERVER_NAME
WARMUP_PASSES=${BENCH_WARMUP_PASSES:-4}
WARMUP=${BENCH_WARMUP_SECONDS:-10}
WARMUP_CONNECTIONS=${BENCH_WARMUP_CONNECTIONS:-2}
WARMUP_FULL=${BENCH_WARMUP_FULL_SECONDS:-5}
DURATION=${BENCH_DURATION_SECONDS:-6}
ROUNDS=${BENCH_ROUNDS:-5}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
PG_DB=portico_bench
# Every run above this share of the CPU taken by neither the server, PostgreSQL nor wrk is named.
DISTURBED_PERCENT=15

export PORTICO_HTTP_PORT=9280 PORTICO_HTTPS_PORT=9643 PORTICO_JMS_PORT=7296 PORTICO_JMS_SSL_PORT=7306
export PORTICO_HOST=127.0.0.1 PORTICO_DB_KIND=postgresql
# The first-run key would be refused after its burst, and its organization after its plan's
# monthly quota: what limiting costs is bench/ratelimits.sh's.
export PORTICO_RATE_LIMITS_ENABLED=false PORTICO_QUOTAS_ENABLED=false
export PORTICO_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" PORTICO_DB_USER=$PG_USER PORTICO_DB_PASSWORD=""
BASE=http://127.0.0.1:$PORTICO_HTTP_PORT
LIST=$BASE/api/v1/customers
RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-customers
# What is measured: the checkout's commit, and whether tracked files outside bench/ were changed.
COMMIT=$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo "none (not a git checkout)")
if [[ -n $(git -C "$REPO_DIR" status --porcelain --untracked-files=no -- . ':!bench' 2>/dev/null) ]]; then
  COMMIT+=" with uncommitted changes"
fi
STARTED=$(date +%s)

log() { printf '[customers %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
stop_server() { "$WLP_DIR/bin/server" stop "$SERVER_NAME" >/dev/null 2>&1 || true; }
trap stop_server EXIT

command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
mkdir -p "$RESULTS"
cd "$REPO_DIR"

sql() { # statement...: runs them in one session on the bench database, prints unaligned rows
  local statement args=()
  for statement in "$@"; do args+=(-c "$statement"); done
  psql -X -Atq -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -v ON_ERROR_STOP=1 "${args[@]}"
}

fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }
thousands() { fmt "$1" '%.0f' | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

{
  echo "commit: $COMMIT"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core)'
  echo "nproc: $(nproc)"
  echo "kernel: $(uname -r)"
  free -h | head -n 2
  java -version 2>&1 | head -n 2
  psql -X -At -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c 'SELECT version()'
  wrk --version 2>&1 | head -n 1 || true
} >"$RESULTS/machine.txt"

log "Building and creating server $SERVER_NAME"
./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
./mvnw -B -q liberty:create liberty:deploy -Dportico.server=$SERVER_NAME -Dportico.loose=false
psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"

log "Starting on PostgreSQL $PG_HOST:$PG_PORT/$PG_DB"
"$WLP_DIR/bin/server" start "$SERVER_NAME" --clean >/dev/null
for _ in $(seq 1 120); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
# A WAR packaged while another build rewrote target/classes starts without parts of Portico.
curl -fs "$BASE/health/ready" >/dev/null || die "not ready after 120 s; see $SERVER_DIR/logs/console.log"
PID=$(cat "$WLP_DIR/usr/servers/.pid/$SERVER_NAME.pid")
KEY=$(grep -oE 'sk_test_[0-9A-Za-z]{43}' "$SERVER_DIR/logs/console.log" | head -n1 || true)
[[ -n $KEY ]] || die "no first-run key in the console log"
AUTH=(-H "Authorization: Bearer $KEY")
# The first-run key carries every scope; customers:read and customers:write are the ones used.
curl -fs -o /dev/null "${AUTH[@]}" "$LIST?limit=1" || die "the first-run key cannot list customers"

[[ $(sql "SELECT count(*) FROM organizations") == 1 ]] || die "expected one organization"
ANCHOR_MS=$(($(date +%s%3N) - 60000))

# Customers number 1 to 100 000, oldest first: number k was created (100 001 - k) minutes before
# the anchor, at a random millisecond of that minute, so created_at is distinct and ascending
# with k. Its id is made as PrefixedIds makes one: 6 bytes of created_at millis and 10 random
# bytes, as one unsigned number written in 22 base62 characters over the ASCII-ordered alphabet.
fill() { # first last
  log "Filling customers $1 to $2 into PostgreSQL"
  sql "CREATE FUNCTION pg_temp.customer_id(millis bigint) RETURNS text LANGUAGE plpgsql AS \$\$
       DECLARE
         alphabet CONSTANT text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
         n numeric := millis::numeric * 1208925819614629174706176
           + floor(random() * 1099511627776)::numeric * 1099511627776
           + floor(random() * 1099511627776)::numeric;
         body text := '';
       BEGIN
         FOR i IN 1..22 LOOP
           body := substr(alphabet, (n % 62)::int + 1, 1) || body;
           n := div(n, 62);
         END LOOP;
         RETURN 'cus_' || body;
       END \$\$" \
    "INSERT INTO customers (id, organization_id, livemode, name, email, metadata, created_at,
                            updated_at, version)
     SELECT pg_temp.customer_id(ms), (SELECT id FROM organizations), false, 'Customer ' || k,
            'customer' || k || '@example.com', '{}', created, created, 0
     FROM generate_series($1, $2) AS k,
          LATERAL (SELECT $ANCHOR_MS - (100001 - k)::bigint * 60000 + floor(random() * 60000)::bigint AS ms) AS m,
          LATERAL (SELECT timestamp 'epoch' + ms * interval '1 millisecond' AS created) AS c" \
    "ANALYZE customers"
}

# The customers the last POST run made: deleted, and the table vacuumed, so the lists measured
# next see the filled rows only. Prints how many there were.
drop_posted() {
  sql "WITH gone AS (DELETE FROM customers WHERE organization_id = (SELECT id FROM organizations)
                     AND NOT livemode AND name = 'Bench customer' RETURNING 1)
       SELECT count(*) FROM gone" "VACUUM (ANALYZE) customers"
}

# A cursor about 200 rows from the end of the newest-first list: every page is walked with
# limit=100, and the cursor that led to the second-to-last page is kept. Prints "cursor pages";
# each page's time (one client, so no queueing) goes to the file named.
deep_cursor() { # times_file
  local body cursor="" previous="" pages=0
  while :; do
    body=$(curl -fsS -w '\n%{time_total}' "${AUTH[@]}" "$LIST?limit=100${cursor:+&cursor=$cursor}") ||
      die "walking the list failed"
    echo "${body##*$'\n'}" >>"$1"
    body=${body%$'\n'*}
    pages=$((pages + 1))
    [[ $body == *'"has_more":true'* ]] || break
    previous=$cursor
    cursor=$(grep -oE '"next_cursor":"[^"]+"' <<<"$body" | cut -d'"' -f4)
    [[ -n $cursor ]] || die "a page with more rows but no next_cursor"
  done
  [[ -n $previous ]] || die "the list is too short for a deep page"
  echo "$previous $pages"
}

# PostgreSQL's plan for a page of the list, by EXPLAIN ANALYZE of the statement EclipseLink sends
# (as logged with log_min_duration_statement: the keyset condition, a leading bound and an OR since
# commit 29eb66d, then the tenant columns; LIMIT 21 OFFSET 0). The full plan is appended to the
# file named; prints "scan node, N rows removed, T ms".
explain_page() { # rows_before plans_file
  local keyset="" position
  if (($1 > 0)); then
    position=$(sql "SELECT created_at || '|' || id FROM customers WHERE NOT livemode
                    ORDER BY created_at DESC, id DESC OFFSET $(($1 - 1)) LIMIT 1")
    keyset="((created_at <= '${position%|*}') AND ((created_at < '${position%|*}') OR ((created_at = '${position%|*}') AND (ID < '${position#*|}')))) AND"
  fi
  sql "EXPLAIN (ANALYZE, BUFFERS) SELECT ID, livemode, organization_id, created_at, EMAIL, METADATA, NAME,
         PHONE, updated_at, VERSION, address_city, address_country, address_line1, address_line2,
         address_postal_code, address_state FROM customers WHERE $keyset ((livemode = false)
         AND (organization_id = '$(sql "SELECT id FROM organizations")')) ORDER BY created_at DESC, ID DESC
         LIMIT 21 OFFSET 0" | tee -a "$2" | awk '
    !node && / on customers / { node = $0; sub(/^[ ->]*/, "", node); sub(/ +on customers.*/, "", node) }
    /BitmapOr/ { node = node " (BitmapOr)" }
    /top-N heapsort/ { sorted = " + top-N sort" }
    /Rows Removed by Filter/ { removed += $NF }
    /Execution Time/ { time = $3 }
    END { printf "%s%s, %d rows removed, %s ms", node, sorted, removed, time }'
  echo >>"$2"
}

check_page() { # url: 200 with 20 customers and more to follow
  local body
  body=$(curl -fsS "${AUTH[@]}" "$1") || die "$1 did not answer 200"
  [[ $(grep -o '"object":"customer"' <<<"$body" | wc -l) -eq 20 && $body == *'"has_more":true'* ]] ||
    die "$1 did not answer a full page with more to follow"
}

# CPU ticks so far: "machine_busy machine_total server wrk pid:ticks...", where wrk is this
# shell's waited-for children and the pids are PostgreSQL's backends of the bench database and
# its own processes (checkpointer, WAL writer, autovacuum). Backends of other databases count as
# other work, like anything else on the machine.
proc_ticks() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 }'; }
pg_pids() {
  psql -X -Atq -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -c "SELECT pid FROM pg_stat_activity WHERE datname = '$PG_DB' OR backend_type <> 'client backend'"
}
cpu_snapshot() {
  local pid ticks line
  line="$(awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)"
  line+=" $(proc_ticks "$PID") $(sed 's/^.*) //' "/proc/$$/stat" | awk '{ print $14 + $15 }')"
  for pid in $PG_PIDS; do
    ticks=$(proc_ticks "$pid" || true)
    [[ -z $ticks ]] || line+=" $pid:$ticks"
  done
  echo "$line"
}
# "server postgres wrk other" in percent of all cores between two snapshots, then the server's and
# PostgreSQL's ticks; PostgreSQL counts the processes present in both.
cpu_shares() {
  awk -v a="$1" -v b="$2" 'BEGIN {
    n = split(a, x, " "); m = split(b, y, " ")
    for (i = 5; i <= n; i++) { split(x[i], p, ":"); before[p[1]] = p[2] }
    for (i = 5; i <= m; i++) { split(y[i], p, ":"); if (p[1] in before) pg += p[2] - before[p[1]] }
    total = y[2] - x[2]; busy = y[1] - x[1]; server = y[3] - x[3]; wrk = y[4] - x[4]
    other = busy - server - wrk - pg; if (other < 0) other = 0
    printf "%.0f %.0f %.0f %.0f %d %d\n", 100 * server / total, 100 * pg / total, 100 * wrk / total, 100 * other / total,
      server, pg }'
}

non2xx() { awk '/Non-2xx/ { print $NF }' "$RESULTS/$1.txt"; }
run_wrk() { # label seconds [wrk args...]
  local label=$1 seconds=$2 before
  shift 2
  PG_PIDS=$(pg_pids)
  before=$(cpu_snapshot)
  wrk -t"$THREADS" -c"${WRK_CONNECTIONS:-$CONNECTIONS}" -d"${seconds}s" --latency "$@" >"$RESULTS/$label.txt"
  cpu_shares "$before" "$(cpu_snapshot)" >"$RESULTS/$label.cpu"
  [[ -z $(non2xx "$label") ]] || die "$label had non-2xx answers: $(non2xx "$label")"
  if grep -q '^  Socket errors' "$RESULTS/$label.txt"; then
    log "$label: $(grep '^  Socket errors' "$RESULTS/$label.txt" | sed 's/^ *//')"
  fi
}

measure() { # label seconds endpoint (root, first, deep or create; deep uses the phase's DEEP)
  case $3 in
    root) run_wrk "$1" "$2" "$BASE/api/v1" ;;
    first) run_wrk "$1" "$2" "${AUTH[@]}" "$LIST?limit=20" ;;
    deep) run_wrk "$1" "$2" "${AUTH[@]}" "$LIST?limit=20&cursor=$DEEP" ;;
    create)
      run_wrk "$1" "$2" "${AUTH[@]}" -s "$BENCH_DIR/wrk/customer-create.lua" "$LIST"
      drop_posted >"$RESULTS/$1.created"
      ;;
  esac
}

# One phase: find the deep cursor, check every endpoint answers as it should, warm up, then
# ROUNDS rounds in which the four endpoints take turns (the machine's speed drifts over a run; a
# ratio of two runs far apart in time measures the drift).
phase() { # name warmup_passes
  local name=$1 passes=$2 walk walked pass round endpoint status
  log "[$name] Walking the list to its end with limit=100"
  walk=$(deep_cursor "$RESULTS/$name-walk-seconds")
  read -r DEEP walked <<<"$walk"
  echo "$walked" >"$RESULTS/$name-walked-pages"
  log "[$name] Walked $walked pages; checking every endpoint"
  curl -fs -o /dev/null "$BASE/api/v1" || die "GET /api/v1 did not answer 200"
  check_page "$LIST?limit=20"
  check_page "$LIST?limit=20&cursor=$DEEP"
  status=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" -H 'Content-Type: application/json' \
    -d '{"name":"Bench customer","email":"bench@example.com"}' "$LIST")
  [[ $status == 201 ]] || die "POST /api/v1/customers answered $status"
  drop_posted >/dev/null
  for pass in $(seq 1 "$passes"); do
    log "[$name] Warm-up pass $pass of $passes: ${WARMUP}s per endpoint, $WARMUP_CONNECTIONS connections"
    for endpoint in root first deep create; do
      WRK_CONNECTIONS=$WARMUP_CONNECTIONS measure "$name-warmup-$pass-$endpoint" "$WARMUP" "$endpoint"
    done
  done
  log "[$name] Warming up ${WARMUP_FULL}s per endpoint at full load"
  for endpoint in root first deep create; do
    measure "$name-warmup-full-$endpoint" "$WARMUP_FULL" "$endpoint"
  done
  log "[$name] Measuring ${DURATION}s per endpoint, $ROUNDS rounds"
  for round in $(seq 1 "$ROUNDS"); do
    for endpoint in root first deep create; do
      measure "$name-$endpoint-$round" "$DURATION" "$endpoint"
    done
  done
  [[ $(sql "SELECT count(*) FROM customers") == "${name%k}000" ]] || die "[$name] the customer count moved"
  {
    echo "first page: $(explain_page 0 "$RESULTS/$name-plans.txt")"
    echo "middle page (after $(thousands $((${name%k} * 500))) rows): $(explain_page $((${name%k} * 500)) "$RESULTS/$name-plans.txt")"
    echo "deep page (after $(thousands $(((walked - 2) * 100))) rows): $(explain_page $(((walked - 2) * 100)) "$RESULTS/$name-plans.txt")"
  } >"$RESULTS/$name-plan-summary"
}

fill 90001 100000
# The ids are made here, not by the application: one must be accepted as the API's own.
curl -fs -o /dev/null "${AUTH[@]}" "$LIST/$(sql "SELECT id FROM customers LIMIT 1")" ||
  die "a filled customer cannot be retrieved by its id"
phase 10k "$WARMUP_PASSES"
fill 1 90000
phase 100k 0

median() { sort -n | awk '{ a[NR] = $1 } END { v = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print v }'; }
rps() { awk '/^Requests\/sec:/ { print $2 }' "$RESULTS/$1.txt"; }
mean_rps() { # phase-endpoint
  cat "$RESULTS/$1"-[0-9]*.txt | awk '/^Requests\/sec:/ { sum += $2; n++ } END { printf "%.0f", sum / n }'
}
latency_ms() { # phase-endpoint percentile: the median over the rounds, in ms
  cat "$RESULTS/$1"-[0-9]*.txt | awk -v p="$2%" '$1 == p {
      v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      print (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }' | median
}
ratio() { # phase-endpoint phase-base: the median over rounds of each round's ratio of rps
  for round in $(seq 1 "$ROUNDS"); do
    awk -v a="$(rps "$1-$round")" -v b="$(rps "$2-$round")" 'BEGIN { print a / b }'
  done | median
}
cpu() { # phase-endpoint: mean shares over the rounds, "server / postgres / wrk / other"
  cat "$RESULTS/$1"-[0-9]*.cpu | awk '{ s += $1; p += $2; w += $3; o += $4; n++ }
    END { printf "%.0f / %.0f / %.0f / %.0f", s / n, p / n, w / n, o / n }'
}
us_per_request() { # phase-endpoint: mean over the rounds of CPU time per request, "server + postgres"
  for round in $(seq 1 "$ROUNDS"); do
    echo "$(awk '/ requests in / { print $1 }' "$RESULTS/$1-$round.txt") $(cat "$RESULTS/$1-$round.cpu")"
  done | awk -v hz="$(getconf CLK_TCK)" '{ s += $6 * 1e6 / hz / $1; p += $7 * 1e6 / hz / $1; n++ }
    END { printf "%.0f + %.0f", s / n, p / n }'
}
verdict() { # value op limit
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = op == ">=" ? v + 0 >= l + 0 : v + 0 <= l + 0; print ok ? "met" : "**missed**" }'
}

FIRST_P50=$(latency_ms 10k-first 50)
FIRST_P99=$(latency_ms 10k-first 99)
{
  echo "Commit $COMMIT, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "| endpoint | customers | rps | p50 | p99 | ÷ GET /api/v1 | CPU µs/request, server + PostgreSQL | CPU % server / PostgreSQL / wrk / other |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for name in 10k 100k; do
    rows=$(thousands "${name%k}000")
    for endpoint in root first deep create; do
      case $endpoint in
        root) label="\`GET /api/v1\`" ;;
        first) label="\`GET /api/v1/customers?limit=20\`, first page" ;;
        deep) label="\`GET /api/v1/customers?limit=20&cursor=…\`, deep page (after $(thousands $(($(cat "$RESULTS/$name-walked-pages") * 100 - 200))) rows)" ;;
        create) label="\`POST /api/v1/customers\`" ;;
      esac
      if [[ $endpoint == root ]]; then shown=1.00; else shown=$(fmt "$(ratio "$name-$endpoint" "$name-root")" '%.2f'); fi
      echo "| $label | $rows | $(thousands "$(mean_rps "$name-$endpoint")") |" \
        "$(fmt "$(latency_ms "$name-$endpoint" 50)" '%.2f') ms | $(fmt "$(latency_ms "$name-$endpoint" 99)" '%.2f') ms |" \
        "$shown | $(us_per_request "$name-$endpoint") | $(cpu "$name-$endpoint") |"
    done
  done
  echo
  echo "| goal | measure | value | target | result |"
  echo "| --- | --- | ---: | --- | --- |"
  list_ratio=$(ratio 10k-first 10k-root)
  echo "| list at least half of \`GET /api/v1\` | first page at 10 000 ÷ \`GET /api/v1\`, rps | $(fmt "$list_ratio" '%.2f') | ≥ 0.5 | $(verdict "$list_ratio" '>=' 0.5) |"
  for pair in "10k-deep|deep page at 10 000" "100k-first|first page at 100 000" "100k-deep|deep page at 100 000"; do
    for p in 99 50; do
      value=$(awk -v a="$(latency_ms "${pair%%|*}" "$p")" -v b="$(if ((p == 99)); then echo "$FIRST_P99"; else echo "$FIRST_P50"; fi)" 'BEGIN { print a / b }')
      echo "| within 1.2× of the first page at 10 000 | ${pair#*|}, p$p ÷ first page at 10 000, p$p | $(fmt "$value" '%.2f') | ≤ 1.2 | $(verdict "$value" '<=' 1.2) |"
    done
  done
  echo
  echo "(wrk -t$THREADS -c$CONNECTIONS --latency, $ROUNDS rounds of ${DURATION}s per endpoint; warm-up: $WARMUP_PASSES passes of" \
    "${WARMUP}s per endpoint with $WARMUP_CONNECTIONS connections before the 10 000 phase, ${WARMUP_FULL}s per endpoint at full" \
    "load before each phase; rps is the mean over the rounds, p50 and p99 the median, ÷ the median of the" \
    "rounds' ratios; CPU µs/request is CPU time over the run ÷ requests, CPU % is of all cores, both means over the rounds)"
  echo
  echo "| round | $(for round in $(seq 1 "$ROUNDS"); do printf '%s | ' "$round"; done)"
  echo "| --- | $(for _ in $(seq 1 "$ROUNDS"); do printf -- '---: | '; done)"
  for name in 10k 100k; do
    for endpoint in root first deep create; do
      echo "| $name $endpoint rps | $(for round in $(seq 1 "$ROUNDS"); do printf '%s | ' "$(thousands "$(rps "$name-$endpoint-$round")")"; done)"
    done
  done
  echo
  for name in 10k 100k; do
    echo "- PostgreSQL's plans for the list's statement at $(thousands "${name%k}000") (EXPLAIN ANALYZE, one run each):" \
      "$(paste -sd ';' "$RESULTS/$name-plan-summary" | sed 's/;/; /g')."
  done
  for name in 10k 100k; do
    echo "- The walk to the deep page at $(thousands "${name%k}000") (limit=100, one client): mean time per page by tenth" \
      "of the list, newest first: $(awk '{ t[NR] = $1 } END { for (d = 0; d < 10; d++) { s = 0; n = 0
        for (i = int(d * NR / 10) + 1; i <= int((d + 1) * NR / 10); i++) { s += t[i]; n++ }
        printf "%s%.1f", d ? " / " : "", 1000 * s / n } }' "$RESULTS/$name-walk-seconds") ms."
  done
  created=$(cat "$RESULTS"/*create*.created | awk '{ s += $1 } END { print s }')
  echo "- POST runs created $(thousands "$created") customers in all; each run's were deleted (and the table vacuumed) right after it."
  measured=("$RESULTS"/{10k,100k}-{root,first,deep,create}-[0-9]*.cpu)
  disturbed=$(for file in "${measured[@]}"; do awk -v f="$(basename "$file" .cpu)" -v t="$DISTURBED_PERCENT" '$4 > t { print f " (" $4 " %)" }' "$file"; done)
  if [[ -n $disturbed ]]; then
    echo "- **Disturbed**: other work took over $DISTURBED_PERCENT % of the CPU during: $(paste -sd ' ' <<<"$disturbed")"
  else
    echo "- Other work never took over $DISTURBED_PERCENT % of the CPU during a measured run (most: $(cat "${measured[@]}" | awk '$4 > m { m = $4 } END { print m + 0 }') %)."
  fi
  echo "- The whole run took $(($(date +%s) - STARTED)) s."
} | tee "$RESULTS/summary.md"

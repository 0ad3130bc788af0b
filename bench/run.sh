#!/usr/bin/env bash
# Portico's benchmark, in one command: bench/run.sh
#
# Builds Portico in the repository this script lives in, then measures:
#   - cold start: launching `server start` (and the JVM) until /health/ready answers UP;
#   - throughput and latency (wrk) of GET /api/v1, POST /api/v1/echo and GET /robots.txt,
#     against a trivial JAX-RS endpoint deployed beside Portico for the run only;
#   - the server's resident memory after the load;
#   - `./mvnw liberty:run` until /health/ready answers UP.
# Prints a Markdown table and keeps every raw number under bench/results/<timestamp>/.
#
# Tunables (environment): BENCH_WARMUP_SECONDS (20), BENCH_DURATION_SECONDS (15),
# BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_HTTP_PORT (9280), BENCH_HTTPS_PORT (9643),
# BENCH_JMS_PORT (7296), BENCH_JMS_SSL_PORT (7306).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
SERVER_NAME=portico
WLP_DIR=$REPO_DIR/target/liberty/wlp
SERVER_DIR=$WLP_DIR/usr/servers/$SERVER_NAME
SERVER_CMD=$WLP_DIR/bin/server
JAKARTAEE_API_JAR=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar

WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-20}
DURATION_SECONDS=${BENCH_DURATION_SECONDS:-15}
WRK_THREADS=${BENCH_THREADS:-2}
WRK_CONNECTIONS=${BENCH_CONNECTIONS:-32}
READY_TIMEOUT_SECONDS=120
STOP_TIMEOUT_SECONDS=60

# Ports of their own, so the bench can run beside a developer's server on the defaults
# (9080/9443/7276/7286). server.xml reads these variables from the environment.
export PORTICO_HTTP_PORT=${BENCH_HTTP_PORT:-9280}
export PORTICO_HTTPS_PORT=${BENCH_HTTPS_PORT:-9643}
export PORTICO_JMS_PORT=${BENCH_JMS_PORT:-7296}
export PORTICO_JMS_SSL_PORT=${BENCH_JMS_SSL_PORT:-7306}
# Loopback only: the load never leaves this machine.
export PORTICO_HOST=127.0.0.1
# The default embedded H2 database, in a fresh file of the bench's own: every run starts from
# the same empty schema (migrations included in the cold start) and no developer data is touched.
# (PORTICO_H2_PATH is set in main, once the bench's scratch folder exists.)
export PORTICO_DB_KIND=h2
# The first-run key would be refused after its burst, and its organization after its plan's
# monthly quota: what limiting costs is bench/ratelimits.sh's.
export PORTICO_RATE_LIMITS_ENABLED=false PORTICO_QUOTAS_ENABLED=false

BASE_URL=http://127.0.0.1:$PORTICO_HTTP_PORT
READY_URL=$BASE_URL/health/ready
BASELINE_WAR_NAME=baseline.war
BASELINE_URL=$BASE_URL/baseline/ping
RESULTS_DIR=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)

# Endpoints, in measuring order: label|method|path|wrk script.
ENDPOINTS=(
  "trivial|GET|/baseline/ping|report.lua"
  "api|GET|/api/v1|report.lua"
  "echo|POST|/api/v1/echo|echo.lua"
  "static|GET|/robots.txt|report.lua"
)

# What this script started, so the trap stops exactly that and nothing else.
SERVER_STARTED=false
BASELINE_DEPLOYED=false
MAVEN_RUN_PID=""
WORK_DIR=""
WRK_PID=""
WRK_RESULT=""

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# Wall-clock seconds with milliseconds, for the timings.
now() { date +%s.%N; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# ---------------------------------------------------------------------------------------------
# Cleanup: runs on every exit, success or failure.

cleanup() {
  local status=$?
  set +e
  if [[ -n $WRK_PID ]] && kill -0 "$WRK_PID" 2>/dev/null; then
    kill "$WRK_PID"; wait "$WRK_PID" 2>/dev/null
  fi
  if $BASELINE_DEPLOYED; then
    rm -f "$SERVER_DIR/dropins/$BASELINE_WAR_NAME"
  fi
  if [[ -n $MAVEN_RUN_PID ]]; then
    stop_liberty_run
  fi
  if $SERVER_STARTED; then
    "$SERVER_CMD" stop "$SERVER_NAME" >/dev/null 2>&1
  fi
  [[ -n $WORK_DIR ]] && rm -rf "$WORK_DIR"
  if ((status != 0)); then
    log "exited with status $status; logs so far are in $RESULTS_DIR"
  fi
  exit "$status"
}

# ---------------------------------------------------------------------------------------------
# Processes and ports, read from /proc so nothing beyond coreutils and awk is needed.

# The Liberty JVM of *this* repository's server (the pid file alone could be stale).
server_pid() {
  local pid jar="$WLP_DIR/bin/tools/ws-server.jar"
  pid=$(cat "$WLP_DIR/usr/servers/.pid/$SERVER_NAME.pid" 2>/dev/null || true)
  if [[ -n $pid ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$jar $SERVER_NAME"; then
    echo "$pid"
    return
  fi
  pgrep -f "$jar $SERVER_NAME" | head -n1
}

# Start time of a process as epoch seconds, from its start tick since boot.
process_start_epoch() {
  local pid=$1 ticks uptime
  ticks=$(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $20 }')
  uptime=$(awk '{ print $1 }' /proc/uptime)
  awk -v now="$(now)" -v up="$uptime" -v t="$ticks" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.3f", now - up + t / hz }'
}

# TCP ports in LISTEN state, as "port inode" lines (all processes).
listening_sockets() {
  local port_hex inode
  awk 'FNR > 1 && $4 == "0A" { split($2, a, ":"); print a[2], $10 }' /proc/net/tcp /proc/net/tcp6 |
    while read -r port_hex inode; do
      printf '%d %s\n' "0x$port_hex" "$inode"
    done
}

port_in_use() { listening_sockets | awk -v p="$1" '$1 == p { found = 1 } END { exit !found }'; }

# True when the given process itself owns the listening socket on the port.
pid_listens_on() {
  local pid=$1 port=$2 inode
  for inode in $(listening_sockets | awk -v p="$port" '$1 == p { print $2 }'); do
    if find "/proc/$pid/fd" -lname "socket:\[$inode\]" 2>/dev/null | grep -q .; then
      return 0
    fi
  done
  return 1
}

# CPU ticks so far, as "machine_busy machine_total server waited_children": around a wrk run
# they tell how the two cores were shared between the server, wrk (a waited-for child of
# this shell) and anything else running on the machine.
cpu_snapshot() {
  local busy_total server children
  busy_total=$(awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  server=$(sed 's/^.*) //' "/proc/$SERVER_PID/stat" | awk '{ print $12 + $13 }')
  children=$(sed 's/^.*) //' "/proc/$$/stat" | awk '{ print $14 + $15 }')
  echo "$busy_total $server $children"
}

# "server=NN wrk=NN other=NN idle=NN", in percent of all cores, between two snapshots.
cpu_shares() {
  awk -v a="$1" -v b="$2" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    total = y[2] - x[2]; busy = y[1] - x[1]; server = y[3] - x[3]; wrk = y[4] - x[4]
    other = busy - server - wrk; if (other < 0) other = 0
    printf "server_cpu=%.0f wrk_cpu=%.0f other_cpu=%.0f idle_cpu=%.0f",
      100 * server / total, 100 * wrk / total, 100 * other / total, 100 * (total - busy) / total
  }'
}

vm_status_mb() { awk -v key="$2:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# ---------------------------------------------------------------------------------------------
# HTTP helpers.

http_status() { curl -s -o /dev/null -m 2 -w '%{http_code}' "$@" || true; }

ready_is_up() {
  local body
  body=$(curl -sf -m 1 "$READY_URL" 2>/dev/null) || return 1
  [[ $body == *'"status":"UP"'* ]]
}

# Polls every 100 ms until the check passes; fails after the given number of seconds.
wait_until() {
  local timeout=$1 deadline
  shift
  deadline=$(($(date +%s) + timeout))
  until "$@"; do
    (($(date +%s) < deadline)) || return 1
    sleep 0.1
  done
}

baseline_answers() { [[ $(http_status "$BASELINE_URL") == 200 ]]; }
baseline_gone() { [[ $(http_status "$BASELINE_URL") != 200 ]]; }

# ---------------------------------------------------------------------------------------------
# Steps.

preflight() {
  local tool port
  for tool in wrk curl java javac jar awk pgrep; do
    command -v "$tool" >/dev/null || die "$tool not found (wrk: apt-get install -y wrk)"
  done
  if [[ -x $SERVER_CMD ]] && "$SERVER_CMD" status "$SERVER_NAME" >/dev/null 2>&1; then
    die "server $SERVER_NAME of $REPO_DIR is running; stop it first ($SERVER_CMD stop $SERVER_NAME)"
  fi
  for port in "$PORTICO_HTTP_PORT" "$PORTICO_HTTPS_PORT" "$PORTICO_JMS_PORT" "$PORTICO_JMS_SSL_PORT"; do
    ! port_in_use "$port" || die "port $port is already in use"
  done
  mkdir -p "$RESULTS_DIR"
}

build_portico() {
  log "building Portico and its Liberty server (log: build.log)"
  (cd "$REPO_DIR" && ./mvnw -B -q package liberty:create liberty:deploy \
    -DskipTests -Dspotless.check.skip=true) >"$RESULTS_DIR/build.log" 2>&1 ||
    die "build failed, see $RESULTS_DIR/build.log"
}

# Cold start: --clean drops Liberty's OSGi cache, so every run starts from the same state as
# the first start after a fresh build.
start_server_cold() {
  local t0 start_pid pid jvm_t0 t_ready
  log "starting $SERVER_NAME (cold) on http://127.0.0.1:$PORTICO_HTTP_PORT"
  rm -f "$SERVER_DIR/dropins/$BASELINE_WAR_NAME"
  t0=$(now)
  # `server start` waits until the server reports started; readiness is polled meanwhile.
  "$SERVER_CMD" start "$SERVER_NAME" --clean >"$RESULTS_DIR/server-start.log" 2>&1 &
  start_pid=$!
  SERVER_STARTED=true
  wait_until "$READY_TIMEOUT_SECONDS" ready_is_up || die "not ready after ${READY_TIMEOUT_SECONDS}s"
  t_ready=$(now)
  wait "$start_pid" || die "server start failed, see $RESULTS_DIR/server-start.log"
  pid=$(server_pid)
  [[ -n $pid ]] || die "cannot find the Liberty JVM of $SERVER_DIR"
  jvm_t0=$(process_start_epoch "$pid")
  SERVER_PID=$pid
  COLD_START_S=$(seconds_between "$t0" "$t_ready")
  COLD_START_JVM_S=$(seconds_between "$jvm_t0" "$t_ready")
  log "ready: ${COLD_START_S}s from server start, ${COLD_START_JVM_S}s from JVM launch (pid $pid)"
  # POST /api/v1/echo needs a key: the one the first run printed (wrk/echo.lua reads it).
  BENCH_API_KEY=$(grep -oE 'sk_test_[0-9A-Za-z]{43}' "$SERVER_DIR/logs/console.log" | head -n1)
  [[ -n $BENCH_API_KEY ]] || die "no first-run key in $SERVER_DIR/logs/console.log"
  export BENCH_API_KEY
}

# The server must answer on the bench ports, and it must be this server that does.
verify_ports() {
  local port
  for port in "$PORTICO_HTTP_PORT" "$PORTICO_JMS_PORT"; do
    pid_listens_on "$SERVER_PID" "$port" || die "pid $SERVER_PID does not listen on $port"
  done
  # No TLS feature is configured, so the HTTPS and JMS SSL ports stay closed; nobody else may
  # hold them either.
  for port in "$PORTICO_HTTPS_PORT" "$PORTICO_JMS_SSL_PORT"; do
    if port_in_use "$port" && ! pid_listens_on "$SERVER_PID" "$port"; then
      die "port $port is held by another process"
    fi
  done
  log "pid $SERVER_PID listens on HTTP $PORTICO_HTTP_PORT and JMS $PORTICO_JMS_PORT"
}

# A WAR with one JAX-RS resource and nothing else, built with plain javac: the yardstick.
build_baseline_war() {
  local out=$WORK_DIR/baseline
  local sources
  [[ -f $JAKARTAEE_API_JAR ]] || die "missing $JAKARTAEE_API_JAR (the Maven build fetches it)"
  mapfile -t sources < <(find "$BENCH_DIR/baseline/src" -name '*.java')
  mkdir -p "$out/classes/WEB-INF/classes"
  javac --release 17 -cp "$JAKARTAEE_API_JAR" -d "$out/classes/WEB-INF/classes" "${sources[@]}" ||
    die "the trivial endpoint does not compile"
  jar --create --file "$out/$BASELINE_WAR_NAME" -C "$out/classes" .
}

deploy_baseline() {
  log "deploying the trivial endpoint (dropins/$BASELINE_WAR_NAME)"
  build_baseline_war
  # Copy beside, then rename: the dropins monitor never sees a half-written WAR.
  cp "$WORK_DIR/baseline/$BASELINE_WAR_NAME" "$SERVER_DIR/dropins/.$BASELINE_WAR_NAME.tmp"
  BASELINE_DEPLOYED=true
  mv "$SERVER_DIR/dropins/.$BASELINE_WAR_NAME.tmp" "$SERVER_DIR/dropins/$BASELINE_WAR_NAME"
  wait_until 60 baseline_answers || die "$BASELINE_URL does not answer 200"
}

undeploy_baseline() {
  rm -f "$SERVER_DIR/dropins/$BASELINE_WAR_NAME"
  wait_until 30 baseline_gone || log "warning: $BASELINE_URL still answers after removal"
  BASELINE_DEPLOYED=false
}

# One request per endpoint before any load: the right status and the right kind of body.
check_endpoints() {
  local body
  body=$(curl -sf -m 5 "$BASELINE_URL") && [[ $body == *'"ping"'* ]] ||
    die "GET /baseline/ping: unexpected answer"
  body=$(curl -sf -m 5 "$BASE_URL/api/v1") && [[ $body == *'"object":"api"'* ]] ||
    die "GET /api/v1: unexpected answer"
  body=$(curl -sf -m 5 -H 'Content-Type: application/json' -H "Authorization: Bearer $BENCH_API_KEY" \
    -d '{"message":"hello","data":{"job":"job_123"}}' "$BASE_URL/api/v1/echo") &&
    [[ $body == *'"object":"echo"'* && $body == *'"job_123"'* ]] ||
    die "POST /api/v1/echo: unexpected answer"
  body=$(curl -sf -m 5 "$BASE_URL/robots.txt") && [[ $body == *'User-agent'* ]] ||
    die "GET /robots.txt: unexpected answer"
}

# Runs wrk once, keeps its whole output, and leaves the BENCH_RESULT fields in WRK_RESULT.
# In the background and waited for, so the trap can stop it.
run_wrk() {
  local name=$1 seconds=$2 script=$3 path=$4 check=$5 out cpu_before
  out=$RESULTS_DIR/wrk-$name.txt
  cpu_before=$(cpu_snapshot)
  BENCH_CHECK_STATUS=$check wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${seconds}s" --latency \
    -s "$BENCH_DIR/wrk/$script" "$BASE_URL$path" >"$out" 2>&1 &
  WRK_PID=$!
  wait "$WRK_PID" || die "wrk failed for $path, see $out"
  WRK_PID=""
  WRK_RESULT=$(sed -n 's/^BENCH_RESULT //p' "$out")
  [[ -n $WRK_RESULT ]] || die "no result from wrk for $path, see $out"
  WRK_RESULT="$WRK_RESULT $(cpu_shares "$cpu_before" "$(cpu_snapshot)")"
  echo "$WRK_RESULT" >>"$out"
}

field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'; }

# Any answer other than 200 makes the numbers meaningless: fail the run.
require_ok() {
  local name=$1 result=$2
  (($(field "$result" http_errors) == 0)) || die "$name: 4xx/5xx answers under load"
  (($(field "$result" non200) == 0)) || die "$name: answers other than 200 under load"
  (($(field "$result" requests) > 0)) || die "$name: no request completed"
  if (($(field "$result" socket_errors) > 0)); then
    log "warning: $name had $(field "$result" socket_errors) socket errors"
  fi
}

# Warm every endpoint first (the JIT needs about a minute on two cores), counting every
# non-200 answer; then measure each for the same duration, the trivial endpoint first and
# last so the drift within the run shows.
load_endpoints() {
  local entry name method path script
  for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name method path script <<<"$entry"
    log "warming up $method $path for ${WARMUP_SECONDS}s"
    run_wrk "warmup-$name" "$WARMUP_SECONDS" "$script" "$path" 1
    require_ok "warm-up $method $path" "$WRK_RESULT"
  done
  for entry in "${ENDPOINTS[@]}" "${ENDPOINTS[0]/#trivial/trivial2}"; do
    IFS='|' read -r name method path script <<<"$entry"
    log "measuring $method $path for ${DURATION_SECONDS}s"
    run_wrk "$name" "$DURATION_SECONDS" "$script" "$path" 0
    require_ok "$method $path" "$WRK_RESULT"
    RESULTS[$name]=$WRK_RESULT
    log "  $WRK_RESULT"
  done
}

record_memory() {
  RSS_MB=$(vm_status_mb "$SERVER_PID" VmRSS)
  RSS_PEAK_MB=$(vm_status_mb "$SERVER_PID" VmHWM)
  log "server RSS ${RSS_MB} MB (peak ${RSS_PEAK_MB} MB)"
}

stop_server() {
  log "stopping $SERVER_NAME"
  "$SERVER_CMD" stop "$SERVER_NAME" >"$RESULTS_DIR/server-stop.log" 2>&1 ||
    die "server stop failed, see $RESULTS_DIR/server-stop.log"
  SERVER_STARTED=false
  cp "$SERVER_DIR/logs/messages.log" "$RESULTS_DIR/server-messages.log" 2>/dev/null || true
}

# SIGTERM to Maven: liberty:run stops the server in its shutdown hook.
stop_liberty_run() {
  local pid=$MAVEN_RUN_PID deadline
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$(($(date +%s) + STOP_TIMEOUT_SECONDS))
  while kill -0 "$pid" 2>/dev/null && (($(date +%s) < deadline)); do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    log "warning: liberty:run did not exit within ${STOP_TIMEOUT_SECONDS}s; stopping it hard"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  MAVEN_RUN_PID=""
  # Whatever happened to Maven, the server it started must not outlive the bench.
  if [[ -n $(server_pid) ]]; then
    log "warning: the server outlived liberty:run; stopping it"
    "$SERVER_CMD" stop "$SERVER_NAME" >/dev/null 2>&1 || true
  fi
}

# The developer loop: the project is built and the Maven cache warm by now.
measure_liberty_run() {
  local t0 t_ready t_stop
  log "timing ./mvnw liberty:run to ready (log: liberty-run.log)"
  t0=$(now)
  (cd "$REPO_DIR" && exec ./mvnw -B liberty:run) >"$RESULTS_DIR/liberty-run.log" 2>&1 &
  MAVEN_RUN_PID=$!
  wait_until "$READY_TIMEOUT_SECONDS" ready_is_up ||
    die "liberty:run not ready after ${READY_TIMEOUT_SECONDS}s, see $RESULTS_DIR/liberty-run.log"
  t_ready=$(now)
  LIBERTY_RUN_S=$(seconds_between "$t0" "$t_ready")
  log "liberty:run ready after ${LIBERTY_RUN_S}s; stopping it"
  stop_liberty_run
  t_stop=$(now)
  LIBERTY_RUN_STOP_S=$(seconds_between "$t_ready" "$t_stop")
}

# ---------------------------------------------------------------------------------------------
# Report.

# Server CPU time per request: less sensitive than requests/s to what else shares the cores.
cpu_us_per_request() {
  awk -v pct="$(field "$1" server_cpu)" -v rps="$(field "$1" rps)" -v cpus="$(nproc)" \
    'BEGIN { printf "%.1f", pct / 100 * cpus * 1e6 / rps }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mean() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (a + b) / 2 }'; }
met() { awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN {
  ok = (op == ">=") ? (v >= g) : (v < g); print (ok ? "met" : "**missed**") }'; }

report() {
  local trivial_rps api_ratio echo_ratio static_ratio name label r
  local -A labels=(
    [trivial]="GET /baseline/ping (trivial, first)"
    [api]="GET /api/v1"
    [echo]="POST /api/v1/echo"
    [static]="GET /robots.txt (static)"
    [trivial2]="GET /baseline/ping (trivial, last)"
  )
  trivial_rps=$(mean "$(field "${RESULTS[trivial]}" rps)" "$(field "${RESULTS[trivial2]}" rps)")
  api_ratio=$(ratio "$(field "${RESULTS[api]}" rps)" "$trivial_rps")
  echo_ratio=$(ratio "$(field "${RESULTS[echo]}" rps)" "$trivial_rps")
  static_ratio=$(ratio "$(field "${RESULTS[static]}" rps)" "$trivial_rps")

  {
    echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS, ${WARMUP_SECONDS}s warm-up and ${DURATION_SECONDS}s measured per endpoint; trivial = mean of its two runs ($trivial_rps req/s). CPU in % of all $(nproc) cores; \"other\" is whatever else ran on the machine meanwhile."
    echo
    echo "| Endpoint | Requests/s | p50 (ms) | p99 (ms) | ÷ trivial | Server CPU µs/request | CPU % server / wrk / other |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for name in trivial api echo static trivial2; do
      label=${labels[$name]}
      r=${RESULTS[$name]}
      printf '| %s | %s | %s | %s | %s | %s | %s / %s / %s |\n' "$label" \
        "$(field "$r" rps)" "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" \
        "$(ratio "$(field "$r" rps)" "$trivial_rps")" "$(cpu_us_per_request "$r")" \
        "$(field "$r" server_cpu)" "$(field "$r" wrk_cpu)" "$(field "$r" other_cpu)"
    done
    echo
    echo "| Measure | Value | Goal | Result |"
    echo "| --- | ---: | --- | --- |"
    echo "| GET /api/v1 ÷ trivial | $api_ratio | ≥ 0.8 | $(met "$api_ratio" ">=" 0.8) |"
    echo "| POST /api/v1/echo ÷ trivial | $echo_ratio | — | — |"
    echo "| GET /robots.txt ÷ trivial | $static_ratio | — | — |"
    echo "| Server RSS after the load (VmRSS) | $RSS_MB MB (peak $RSS_PEAK_MB MB) | < 768 MB | $(met "$RSS_MB" "<" 768) |"
    echo "| Cold start: \`server start\` → ready | $COLD_START_S s | — | — |"
    echo "| Cold start: JVM launch → ready | $COLD_START_JVM_S s | — | — |"
    echo "| \`./mvnw liberty:run\` → ready | $LIBERTY_RUN_S s | < 20 s | $(met "$LIBERTY_RUN_S" "<" 20) |"
  } >"$RESULTS_DIR/table.md"

  {
    printf '{\n  "date": "%s",\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    printf '  "commit": "%s",\n' "$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    printf '  "wrk": {"threads": %s, "connections": %s, "warmup_s": %s, "duration_s": %s},\n' \
      "$WRK_THREADS" "$WRK_CONNECTIONS" "$WARMUP_SECONDS" "$DURATION_SECONDS"
    printf '  "endpoints": {\n'
    local first=true
    for name in trivial api echo static trivial2; do
      $first || printf ',\n'
      first=false
      r=${RESULTS[$name]}
      printf '    "%s": {"rps": %s, "p50_ms": %s, "p99_ms": %s, "requests": %s, "socket_errors": %s,' \
        "$name" "$(field "$r" rps)" "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" \
        "$(field "$r" requests)" "$(field "$r" socket_errors)"
      printf ' "server_cpu_us_per_request": %s,' "$(cpu_us_per_request "$r")"
      printf ' "cpu_pct": {"server": %s, "wrk": %s, "other": %s, "idle": %s}}' \
        "$(field "$r" server_cpu)" "$(field "$r" wrk_cpu)" "$(field "$r" other_cpu)" \
        "$(field "$r" idle_cpu)"
    done
    printf '\n  },\n'
    printf '  "ratios": {"api": %s, "echo": %s, "static": %s},\n' "$api_ratio" "$echo_ratio" "$static_ratio"
    printf '  "rss_mb": %s,\n  "rss_peak_mb": %s,\n' "$RSS_MB" "$RSS_PEAK_MB"
    printf '  "cold_start_s": %s,\n  "cold_start_from_jvm_s": %s,\n' "$COLD_START_S" "$COLD_START_JVM_S"
    printf '  "liberty_run_ready_s": %s,\n  "liberty_run_stop_s": %s,\n' "$LIBERTY_RUN_S" "$LIBERTY_RUN_STOP_S"
    printf '  "bench_total_s": %s\n}\n' "$TOTAL_S"
  } >"$RESULTS_DIR/results.json"

  echo
  cat "$RESULTS_DIR/table.md"
  echo
  log "raw results in $RESULTS_DIR"
}

# The machine the numbers belong to: wrk and the server share its cores.
record_machine() {
  {
    echo "cpus: $(nproc)"
    echo "cpu: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "kernel: $(uname -r)"
    free -h
    java -version 2>&1
    wrk -v 2>&1 | head -n1 || true # wrk -v exits 1 after printing its version
  } >"$RESULTS_DIR/machine.txt"
}

main() {
  BENCH_T0=$(now)
  declare -gA RESULTS=()
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/portico-bench.XXXXXX")
  export PORTICO_H2_PATH=$WORK_DIR/h2/portico
  preflight
  record_machine
  build_portico
  start_server_cold
  verify_ports
  deploy_baseline
  check_endpoints
  load_endpoints
  record_memory
  undeploy_baseline
  stop_server
  measure_liberty_run
  TOTAL_S=$(seconds_between "$BENCH_T0" "$(now)")
  report
  log "whole run took ${TOTAL_S}s"
}

main "$@"

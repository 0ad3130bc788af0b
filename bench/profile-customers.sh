#!/usr/bin/env bash
# Where the server's CPU goes in GET /api/v1/customers?limit=20: bench/profile-customers.sh
#
# Starts one Portico server of its own (portico-profile, ports 9340/9740/7440/7450) on a fresh
# PostgreSQL database (portico_profile), seeds its sandbox (30 customers) with the first-run key,
# raises that key's limits so nothing is refused (rate limits counted in memory, calls without a
# key not counted, so GET /api/v1 is measured as before; quotas off),
# warms up (BENCH_WARMUP_SECONDS (40) with 2 connections, then 30 s at full load), then records a
# Java Flight Recorder CPU profile (settings=profile) for BENCH_PROFILE_SECONDS (25) under
# wrk -t2 -c32, and measures GET /api/v1 right after for the ratio. Prints the rps, the share of
# CPU samples spent in each stage of the request (inclusive: a stage counts every sample with it
# on the stack) and the hottest methods (self). The recording and the tables are kept in
# bench/results/<timestamp>-profile-customers/. Needs wrk, python3 and the JDK's jcmd and jfr.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
BENCH_NAME=profile-customers
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"
WLP_DIR=$REPO_DIR/target/liberty/wlp
SERVER=portico-profile
HTTP=9340
WARMUP=${BENCH_WARMUP_SECONDS:-40}
PROFILE=${BENCH_PROFILE_SECONDS:-25}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)-profile-customers
COMMIT=$(bench_commit)
BASE=http://127.0.0.1:$HTTP
LIST="$BASE/api/v1/customers?limit=20"

for tool in jcmd jfr python3; do command -v "$tool" >/dev/null || die "$tool is missing"; done
trap '"$WLP_DIR/bin/server" stop "$SERVER" >/dev/null 2>&1 || true' EXIT
prepare_run
./mvnw -B -q liberty:create liberty:deploy -Dportico.server=$SERVER -Dportico.loose=false
psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS portico_profile WITH (FORCE)" -c "CREATE DATABASE portico_profile"
log "Starting $SERVER"
PORTICO_DB_KIND=postgresql PORTICO_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/portico_profile" \
  PORTICO_DB_USER=$PG_USER PORTICO_DB_PASSWORD="" PORTICO_HOST=127.0.0.1 \
  PORTICO_HTTP_PORT=$HTTP PORTICO_HTTPS_PORT=9740 PORTICO_JMS_PORT=7440 PORTICO_JMS_SSL_PORT=7450 \
  PORTICO_QUOTAS_ENABLED=false PORTICO_RATE_LIMITS_ANONYMOUS_TIER=off \
  "$WLP_DIR/bin/server" start "$SERVER" --clean >/dev/null
KEY=$(first_run_key "$SERVER" "$HTTP")
AUTH="Authorization: Bearer $KEY"
raise_limits "$BASE" "$KEY"
curl -fsS -o /dev/null -X POST -H "$AUTH" "$BASE/api/v1/sandbox/seed" || die "seeding failed"
PID=$(cat "$WLP_DIR/usr/servers/.pid/$SERVER.pid")

measure() { # label seconds connections url [header]
  wrk -t2 -c"$3" -d"$2s" ${5:+-H "$5"} "$4" >"$RESULTS/$1.txt"
  ! grep -q 'Non-2xx' "$RESULTS/$1.txt" || die "$1 had non-2xx answers"
}
log "Warm-up: $WARMUP s with 2 connections, then 30 s at full load"
measure warmup "$WARMUP" 2 "$LIST" "$AUTH"
measure warmup-full 30 32 "$LIST" "$AUTH"
log "Profiling the list for $PROFILE s"
# Liberty's stacks run deeper than JFR's default 64 frames, which would cut off the filters.
jcmd "$PID" JFR.configure stackdepth=512 >/dev/null
jcmd "$PID" JFR.start name=list settings=profile duration="${PROFILE}s" \
  filename="$RESULTS/list.jfr" >/dev/null
measure list "$PROFILE" 32 "$LIST" "$AUTH"
sleep 3
measure root 10 32 "$BASE/api/v1"
jfr print --events jdk.ExecutionSample --stack-depth 512 "$RESULTS/list.jfr" >"$RESULTS/samples.txt"

{
  echo "Commit $COMMIT, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "- \`GET /api/v1/customers?limit=20\` while profiled: $(fmt "$(rps_of "$RESULTS/list.txt")" '%.0f') rps;" \
    "\`GET /api/v1\` right after: $(fmt "$(rps_of "$RESULTS/root.txt")" '%.0f') rps (wrk -t2 -c32)."
  echo
  python3 - "$RESULTS/samples.txt" <<'PY'
import collections, re, sys

STAGES = [
    ("the whole request (Portico's first servlet filter)", "dev.portico.platform.web.RequestIdFilter.doFilter"),
    ("authentication (API key lookup, cached)", "dev.portico.platform.security.AuthenticationFilter.filter"),
    ("rate limit (in memory)", "dev.portico.ratelimit.api.RateLimitFilter.filter"),
    ("the resource method", "dev.portico.customer.api.CustomerResource.list"),
    ("  its JTA transaction (@Transactional)", "com.ibm.tx.jta.cdi.interceptors.TransactionalInterceptor.runUnderUOW"),
    ("    the JPQL page query", "dev.portico.platform.listing.ListJpql.fetch"),
    ("      EclipseLink preparing the query", "org.eclipse.persistence.queries.DatabaseQuery.checkPrepare"),
    ("      the PostgreSQL driver (statement and rows)", "org.postgresql.jdbc.PgPreparedStatement.executeQuery"),
    ("      building entities and their clones", "org.eclipse.persistence.queries.ObjectLevelReadQuery.buildObject"),
    ("      reading metadata JSON (converter)", "dev.portico.platform.persistence.MetadataConverter.convertToEntityAttribute"),
    ("    commit", "com.ibm.tx.jta.impl.TransactionImpl.commit"),
    ("writing the JSON (JSON-B)", "io.openliberty.restfulWS30.jsonb20provider.JsonBProvider.writeTo"),
    ("  Yasson's cycle check (hashCode of each record)", "org.eclipse.yasson.internal.SerializationContextImpl.addProcessedObject"),
]
frame = re.compile(r"^\s+([\w.$<>]+)\(.*line:", re.M)
self_time, inclusive, total = collections.Counter(), collections.Counter(), 0
for sample in open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]:
    frames = frame.findall(sample)
    if not frames:
        continue
    total += 1
    self_time[frames[0]] += 1
    for method in set(frames):
        inclusive[method] += 1
print(f"| stage ({total} CPU samples) | share of samples |")
print("| --- | ---: |")
for label, method in STAGES:
    print(f"| {label} | {100 * inclusive[method] / total:.1f} % |")
print()
print("| hottest methods (self) | share |")
print("| --- | ---: |")
for method, count in self_time.most_common(12):
    print(f"| `{method}` | {100 * count / total:.1f} % |")
PY
} | tee "$RESULTS/summary.md"

# Helpers the rate-limit benchmarks share; sourced, never run.

log() { printf '[%s %s] %s\n' "$BENCH_NAME" "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# The machine, the commit and whether the tree had changes, into $1.
describe_machine() {
  {
    echo "commit: $COMMIT"
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core)'
    echo "kernel: $(uname -r)"
    java -version 2>&1 | head -n 2
  } >"$1"
}

bench_commit() {
  local commit
  commit=$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo "none (not a git checkout)")
  if [[ -n $(git -C "$REPO_DIR" status --porcelain --untracked-files=no -- . ':!bench' 2>/dev/null) ]]; then
    commit+=" with uncommitted changes"
  fi
  echo "$commit"
}

# Waits for a server's readiness and prints the first-run key of its console log.
first_run_key() { # server http-port
  local base=http://127.0.0.1:$2 key
  for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$base/health/ready" >/dev/null || die "$1 not ready after 120 s"
  key=$(grep -oE 'sk_test_[0-9A-Za-z]{43}' "$WLP_DIR/usr/servers/$1/logs/console.log" | head -n1 || true)
  [[ -n $key ]] || die "no first-run key in $1's console log"
  echo "$key"
}

# Raises a key's limits to the highest override, so every request is counted and none refused.
raise_limits() { # base-url key
  local auth="Authorization: Bearer $2" id
  id=$(curl -fsS -H "$auth" "$1/api/v1/api-keys" | grep -oE '"id":"key_[0-9A-Za-z]+"' | head -n1 | cut -d'"' -f4)
  curl -fsS -o /dev/null -X PATCH -H "$auth" -H 'Content-Type: application/json' \
    -d '{"rate_limit_override":{"per_minute":1000000000,"per_hour":1000000000,"per_day":1000000000,"burst":1000000000}}' \
    "$1/api/v1/api-keys/$id" || die "could not raise the first-run key's limits on $1"
}

# Sums `jfr print --events jdk.ExecutionSample` on stdin: the share of samples each top frame has,
# and each Portico frame anywhere on the stack, hottest first.
hot_frames() {
  awk '
    /stackTrace = \[/ { top = 1; delete seen; n++; next }
    /^[[:space:]]+[a-zA-Z_$][^ ]*\(/ {
      frame = $1; sub(/\(.*/, "", frame)
      if (top) { self[frame]++; top = 0 }
      if (frame ~ /^dev\.portico\./ && !(frame in seen)) { seen[frame] = 1; total[frame]++ }
    }
    END {
      for (f in self) printf "self %5.1f%% %s\n", 100 * self[f] / n, f
      for (f in total) printf "total %5.1f%% %s\n", 100 * total[f] / n, f
    }' | sort -k1,1r -k2,2nr
}

ticks() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 }'; }
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
rps_of() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
requests_of() { awk '/ requests in / { print $1 }' "$1"; }

# Checks the tools, keeps the machine's description in $RESULTS and builds the WAR.
prepare_run() {
  command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
  [[ $(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null) == PONG ]] \
    || die "Redis is not answering on 127.0.0.1:6379"
  mkdir -p "$RESULTS"
  cd "$REPO_DIR"
  describe_machine "$RESULTS/machine.txt"
  log "Building"
  ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
}

-- Shared by every bench request script: when wrk finishes, print one line that the bench
-- parses (and a human can read), with throughput, median and tail latency, and errors.
--
-- With BENCH_CHECK_STATUS=1 (used for warm-up runs) every response whose status is not
-- exactly 200 is counted as well. That needs a Lua call per response, which slows wrk
-- down, so measured runs rely on wrk's own count of 4xx/5xx answers instead.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

non200 = 0
if os.getenv("BENCH_CHECK_STATUS") == "1" then
  function response(status, headers, body)
    if status ~= 200 then
      non200 = non200 + 1
    end
  end
end

function done(summary, latency, requests)
  local not_ok = 0
  for _, thread in ipairs(threads) do
    not_ok = not_ok + thread:get("non200")
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH_RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f"
      .. " http_errors=%d non200=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, not_ok, e.connect + e.read + e.write + e.timeout))
end

-- POST /api/v1/echo with the body documented in the API reference.
wrk.method = "POST"
wrk.body = '{"message":"hello","data":{"job":"job_123"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_API_KEY") or "")

-- Load the shared report from this script's own folder, whatever the working directory.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

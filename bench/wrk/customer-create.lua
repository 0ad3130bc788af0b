-- POST /api/v1/customers for bench/customers.sh: the key comes as a -H header. No
-- Idempotency-Key, so every request creates a customer (the bench deletes them after each run).
wrk.method = "POST"
wrk.body = '{"name":"Bench customer","email":"bench@example.com"}'
wrk.headers["Content-Type"] = "application/json"

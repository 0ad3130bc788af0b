#!/bin/sh
# Sends a delivery signed as Portico signs one to your own endpoint.
set -eu
url="${WEBHOOK_URL:-http://localhost:3000/webhooks/portico}"
secret="${WEBHOOK_SECRET:-whsec_3bzM/NOIK63NAilaW8CpSkw1El2WxjVyYpMfg3nTd4M=}"

id="msg_test_$(date +%s)"
timestamp="$(date +%s)"
body='{"id":"evt_test","type":"webhook.test","timestamp":"2026-11-24T09:20:45Z","livemode":false,"api_version":"v1","data":{"object":{"message":"Hello from my shell"}}}'

key_hex="$(printf '%s' "${secret#whsec_}" | openssl base64 -d -A | od -An -v -tx1 | tr -d ' \n')"
signature="$(printf '%s.%s.%s' "$id" "$timestamp" "$body" \
  | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | openssl base64 -A)"

curl -sS -i -X POST "$url" \
  -H "content-type: application/json" \
  -H "webhook-id: $id" \
  -H "webhook-timestamp: $timestamp" \
  -H "webhook-signature: v1,$signature" \
  --data-binary "$body"

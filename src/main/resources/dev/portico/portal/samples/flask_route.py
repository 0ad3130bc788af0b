import json
import os

from flask import Flask, abort, request

from verify_webhook import verify_webhook

app = Flask(__name__)


@app.post("/webhooks/portico")
def portico_webhook():
    # get_data() is the raw body; request.json would be parsed and re-encoded.
    raw_body = request.get_data()
    if not verify_webhook(os.environ["PORTICO_WEBHOOK_SECRET"], request.headers, raw_body):
        abort(400)
    event = json.loads(raw_body)
    # Deliveries are at least once: skip an event id you have already handled.
    print(event["type"], event["id"])
    return "", 204

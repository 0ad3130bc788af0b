"""Runs the documented verify_webhook on one delivery given as arguments; prints true or false."""
import pathlib
import sys

from verify_webhook import verify_webhook

secret, msg_id, timestamp, signatures, body_file, now = sys.argv[1:7]
headers = {
    "webhook-id": msg_id,
    "webhook-timestamp": timestamp,
    "webhook-signature": signatures,
}
valid = verify_webhook(secret, headers, pathlib.Path(body_file).read_bytes(), int(now))
print("true" if valid else "false")

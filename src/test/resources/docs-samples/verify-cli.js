// Runs the documented verifyWebhook on one delivery given as arguments; prints true or false.
const fs = require("node:fs");
const { verifyWebhook } = require("./verify-webhook.js");

const [secret, id, timestamp, signatures, bodyFile, now] = process.argv.slice(2);
const headers = {
  "webhook-id": id,
  "webhook-timestamp": timestamp,
  "webhook-signature": signatures,
};
console.log(verifyWebhook(secret, headers, fs.readFileSync(bodyFile), Number(now)));

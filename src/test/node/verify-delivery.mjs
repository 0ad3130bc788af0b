// Verifies Portico's webhook deliveries with the Standard Webhooks reference library, so the tests
// check Portico's signatures against code Portico did not write.
//
// Reads one JSON object per line on stdin:
//   {"secret":"whsec_…","headers":{"webhook-id":…,"webhook-timestamp":…,"webhook-signature":…},
//    "body":"<the body exactly as received>"}
// and writes one JSON line per input line, in order:
//   {"verified":true}  or  {"verified":false,"error":"<the library's message>"}
// Webhook.verify checks the timestamp (5 minutes either way, against this machine's clock), each
// space-separated signature, and then parses the body as JSON, as a receiver using its defaults
// would. A line that is not such an object answers {"verified":false,"error":"invalid input: …"}.
import { createInterface } from "node:readline";
import { Webhook } from "standardwebhooks";

function verify(line) {
  let delivery;
  try {
    delivery = JSON.parse(line);
  } catch (e) {
    return { verified: false, error: `invalid input: ${e.message}` };
  }
  if (
    delivery === null ||
    typeof delivery.secret !== "string" ||
    typeof delivery.body !== "string" ||
    typeof delivery.headers !== "object" ||
    delivery.headers === null
  ) {
    return { verified: false, error: "invalid input: expected secret, headers and body" };
  }
  try {
    new Webhook(delivery.secret).verify(delivery.body, delivery.headers);
    return { verified: true };
  } catch (e) {
    return { verified: false, error: e.message };
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() !== "") {
    process.stdout.write(`${JSON.stringify(verify(line))}\n`);
  }
}

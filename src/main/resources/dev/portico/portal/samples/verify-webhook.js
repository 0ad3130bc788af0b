const crypto = require("node:crypto");

const TOLERANCE_SECONDS = 5 * 60;

/**
 * Whether a Portico webhook delivery (Standard Webhooks) is authentic and recent.
 * secret: the endpoint's signing secret, "whsec_...".
 * headers: the request headers, lower-case names (as Node gives them).
 * rawBody: a Buffer of the body exactly as received, never JSON re-serialized.
 */
function verifyWebhook(secret, headers, rawBody, nowSeconds = Date.now() / 1000) {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) {
    return false;
  }
  if (Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) {
    return false;
  }
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = crypto
    .createHmac("sha256", key)
    .update(`${id}.${timestamp}.`)
    .update(rawBody)
    .digest();
  // During a secret rotation the header carries several signatures: "v1,<a> v1,<b>".
  return signatures.split(" ").some((signature) => {
    if (!signature.startsWith("v1,")) {
      return false;
    }
    const given = Buffer.from(signature.slice("v1,".length), "base64");
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  });
}

module.exports = { verifyWebhook };

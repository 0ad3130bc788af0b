const express = require("express");
const { verifyWebhook } = require("./verify-webhook.js");

const app = express();

// express.raw keeps req.body as a Buffer of the bytes received. Register this route
// before any app.use(express.json()), which would parse the body first.
app.post("/webhooks/portico", express.raw({ type: "application/json" }), (req, res) => {
  if (!verifyWebhook(process.env.PORTICO_WEBHOOK_SECRET, req.headers, req.body)) {
    return res.sendStatus(400);
  }
  const event = JSON.parse(req.body.toString("utf8"));
  // Deliveries are at least once: skip an event id you have already handled.
  console.log(event.type, event.id);
  res.sendStatus(204);
});

app.listen(3000);

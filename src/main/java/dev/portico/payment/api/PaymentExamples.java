package dev.portico.payment.api;

/** The examples the payment operations share in the OpenAPI document. */
final class PaymentExamples {

  static final String PAYMENT =
      """
      {"id":"pay_0GZlGz3ZzMXlqC1aYw8N1w","object":"payment","livemode":false,
       "invoice":"inv_0GZlGz3ZzMXlqC1aYw8N1w","amount":27063,"currency":"usd","method":"card",
       "status":"succeeded","failure_code":null,"amount_refunded":0,
       "created_at":"2026-11-24T11:00:00.000Z","updated_at":"2026-11-24T11:00:00.000Z"}
      """;
  static final String INVALID_STATE =
      """
      {"type":"/docs/errors/invalid_state","title":"Invalid state","status":409,
       "detail":"The invoice is paid; a payment needs it to be open.",
       "instance":"/api/v1/payments","code":"invalid_state",
       "request_id":"req_0GZlGz3ZzMXlqC1aYw8N1w"}
      """;

  private PaymentExamples() {}
}

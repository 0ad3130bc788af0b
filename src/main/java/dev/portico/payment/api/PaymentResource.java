package dev.portico.payment.api;

import dev.portico.payment.PaymentService;
import dev.portico.payment.domain.Payment;
import dev.portico.platform.http.ObjectResponses;
import dev.portico.platform.listing.FieldSelection;
import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/payments}: payments of the caller's invoices, and their refunds. */
@ApplicationScoped
@Path("v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class PaymentResource {

  @Inject PaymentService payments;
  @Inject CursorCodec cursors;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.PAYMENTS_WRITE)
  @Operation(
      operationId = "createPayment",
      summary = "Create a payment",
      description =
          "The same as POST /api/v1/invoices/{id}/payments, with the invoice in the body. In test"
              + " mode, method test_card_declined declines: the payment is failed and the invoice"
              + " unchanged.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatePaymentRequest.class),
              examples =
                  @ExampleObject(
                      name = "card",
                      value =
                          "{\"invoice\":\"inv_0GZlGz3ZzMXlqC1aYw8N1w\",\"amount\":10000,"
                              + "\"currency\":\"usd\",\"method\":\"card\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The payment (status failed when declined).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentResponse.class),
              examples = @ExampleObject(name = "payment", value = PaymentExamples.PAYMENT)))
  @APIResponse(
      responseCode = "409",
      description = "The invoice is not open.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "Problem"),
              examples =
                  @ExampleObject(name = "invalid_state", value = PaymentExamples.INVALID_STATE)))
  public Response create(@NotNull @Valid CreatePaymentRequest body) {
    Payment payment =
        payments.createNamed(
            body.invoice().strip(),
            body.amount(),
            body.currency().toLowerCase(Locale.ROOT),
            PaymentFields.method(body.method()));
    return ObjectResponses.created(
        uri.getAbsolutePathBuilder().path(payment.id()).build(),
        PaymentResponse.of(payment),
        payment.version());
  }

  @GET
  @RequiresScope(Scope.PAYMENTS_READ)
  @Operation(
      operationId = "listPayments",
      summary = "List payments",
      description = "sort: created_at.")
  @Parameter(
      name = "invoice",
      in = ParameterIn.QUERY,
      description = "Only this invoice's.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "succeeded or failed.",
      example = "succeeded",
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "A page of payments.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + PaymentExamples.PAYMENT
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<Payment> query = ListQuery.of(PaymentListing.SPEC, params, uri, cursors);
    return ListResponses.page(payments.list(query), query, PaymentResponse::of, cursors, uri);
  }

  @GET
  @Path("{id}")
  @RequiresScope(Scope.PAYMENTS_READ)
  @Operation(operationId = "retrievePayment", summary = "Retrieve a payment")
  @APIResponse(
      responseCode = "200",
      description = "The payment.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentResponse.class),
              examples = @ExampleObject(name = "payment", value = PaymentExamples.PAYMENT)))
  public Response retrieve(
      @PathParam("id") String id,
      @Parameter(description = "Comma-separated top-level fields to return.", example = "id,amount")
          @QueryParam("fields")
          String fields) {
    FieldSelection selection = FieldSelection.parse(fields, PaymentListing.SPEC.fields());
    Payment payment = payments.get(id);
    return ObjectResponses.ok(selection.apply(PaymentResponse.of(payment)), payment.version());
  }

  @POST
  @Path("{id}/refund")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.PAYMENTS_WRITE)
  @Operation(
      operationId = "refundPayment",
      summary = "Refund a payment",
      description =
          "Full (no amount) or partial. Refunds of one payment never add up to more than its"
              + " amount: a larger amount is 400 naming amount; a fully refunded or failed"
              + " payment is 409.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RefundPaymentRequest.class),
              examples = @ExampleObject(name = "partial", value = "{\"amount\":5000}")))
  @APIResponse(responseCode = "200", description = "The payment with its new amount_refunded.")
  @APIResponse(
      responseCode = "409",
      description = "Nothing is left to refund, or the payment failed.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "Problem"),
              examples =
                  @ExampleObject(name = "invalid_state", value = PaymentExamples.INVALID_STATE)))
  public Response refund(@PathParam("id") String id, @Valid RefundPaymentRequest body) {
    return refunded(payments.refund(id, body == null ? null : body.amount()));
  }

  /**
   * A full refund sent without a body, which JAX-RS routes here rather than to the JSON operation.
   * A body sent here (not declared JSON) is refused by RequestBodyRules, never taken for a full
   * refund.
   */
  @POST
  @Path("{id}/refund")
  @Operation(hidden = true)
  @RequiresScope(Scope.PAYMENTS_WRITE)
  public Response refundAll(@PathParam("id") String id) {
    return refunded(payments.refund(id, null));
  }

  private static Response refunded(Payment payment) {
    return ObjectResponses.ok(PaymentResponse.of(payment), payment.version());
  }
}

package dev.portico.payment.api;

import dev.portico.payment.PaymentService;
import dev.portico.payment.domain.Payment;
import dev.portico.platform.http.ObjectResponses;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/invoices/{id}/payments}: the invoice's "record a payment" action. */
@ApplicationScoped
@Path("v1/invoices/{id}/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class InvoicePaymentResource {

  @Inject PaymentService payments;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.PAYMENTS_WRITE)
  @Operation(
      operationId = "payInvoice",
      summary = "Record a payment of an invoice",
      description =
          "The invoice must be open and the currency its own; the amount at most amount_due."
              + " Partial payments add up; the invoice is paid when amount_due reaches 0.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentTerms.class),
              examples =
                  @ExampleObject(
                      name = "card",
                      value = "{\"amount\":10000,\"currency\":\"usd\",\"method\":\"card\"}")))
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
  public Response pay(@PathParam("id") String invoiceId, @NotNull @Valid PaymentTerms body) {
    Payment payment =
        payments.create(
            invoiceId,
            body.amount(),
            body.currency().toLowerCase(Locale.ROOT),
            PaymentFields.method(body.method()));
    return ObjectResponses.created(
        uri.getBaseUriBuilder().path("v1/payments").path(payment.id()).build(),
        PaymentResponse.of(payment),
        payment.version());
  }
}

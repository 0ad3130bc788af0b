package dev.portico.invoice.api;

import dev.portico.invoice.InvoiceService;
import dev.portico.invoice.domain.Invoice;
import dev.portico.platform.api.DeletedObjectResponse;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.http.ObjectResponses;
import dev.portico.platform.json.PatchBody;
import dev.portico.platform.listing.FieldSelection;
import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.openapi.StandardResponsesFilter;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/** {@code /api/v1/invoices}: drafts, sending, voiding; payments are under payments. */
@ApplicationScoped
@Path("v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class InvoiceResource {

  private static final String INVOICE_EXAMPLE =
      """
      {"id":"inv_0GZlGz3ZzMXlqC1aYw8N1w","object":"invoice","livemode":false,
       "customer":"cus_0GZlGz3ZzMXlqC1aYw8N1w","job":null,"status":"open","currency":"usd",
       "lines":[{"description":"Boiler service","quantity":2,"unit_amount":12500,"amount":25000}],
       "tax_rate":8.25,"subtotal":25000,"tax":2063,"total":27063,"amount_paid":0,
       "amount_due":27063,"due_date":"2026-12-24","overdue":false,
       "sent_at":"2026-11-24T10:00:00.000Z","paid_at":null,"voided_at":null,"metadata":{},
       "created_at":"2026-11-24T09:20:45.123Z","updated_at":"2026-11-24T10:00:00.000Z"}
      """;

  @Inject InvoiceService invoices;
  @Inject CursorCodec cursors;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.INVOICES_WRITE)
  @Operation(
      operationId = "createInvoice",
      summary = "Create an invoice",
      description =
          "A draft. The server computes subtotal, tax (subtotal × tax_rate / 100, rounded half"
              + " up once) and total, in minor units.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateInvoiceRequest.class),
              examples =
                  @ExampleObject(
                      name = "create",
                      value =
                          "{\"customer\":\"cus_0GZlGz3ZzMXlqC1aYw8N1w\",\"currency\":\"usd\","
                              + "\"tax_rate\":8.25,\"lines\":[{\"description\":\"Boiler"
                              + " service\",\"quantity\":2,\"unit_amount\":12500}]}")))
  @APIResponse(
      responseCode = "201",
      description = "The draft invoice.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvoiceResponse.class),
              examples = @ExampleObject(name = "created", value = INVOICE_EXAMPLE)))
  public Response create(@NotNull @Valid CreateInvoiceRequest body) {
    Invoice invoice =
        invoices.create(
            body.customer().strip(),
            body.job() == null ? null : body.job().strip(),
            body.toDraft());
    return ObjectResponses.created(
        uri.getAbsolutePathBuilder().path(invoice.id()).build(),
        InvoiceResponse.of(invoice),
        invoice.version());
  }

  @GET
  @RequiresScope(Scope.INVOICES_READ)
  @Operation(
      operationId = "listInvoices",
      summary = "List invoices",
      description = "sort: created_at.")
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "draft, open, paid or void.",
      example = "open",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "customer",
      in = ParameterIn.QUERY,
      description = "Only this customer's.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "job",
      in = ParameterIn.QUERY,
      description = "Only this job's.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "overdue",
      in = ParameterIn.QUERY,
      description = "true or false.",
      example = "true",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @APIResponse(
      responseCode = "200",
      description = "A page of invoices.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvoiceList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + INVOICE_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<Invoice> query = ListQuery.of(InvoiceListing.SPEC, params, uri, cursors);
    return ListResponses.page(invoices.list(query), query, InvoiceResponse::of, cursors, uri);
  }

  @GET
  @Path("{id}")
  @RequiresScope(Scope.INVOICES_READ)
  @Operation(operationId = "retrieveInvoice", summary = "Retrieve an invoice")
  @APIResponse(
      responseCode = "200",
      description = "The invoice.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvoiceResponse.class),
              examples = @ExampleObject(name = "invoice", value = INVOICE_EXAMPLE)))
  public Response retrieve(
      @PathParam("id") String id,
      @Parameter(description = "Comma-separated top-level fields to return.", example = "id,total")
          @QueryParam("fields")
          String fields) {
    FieldSelection selection = FieldSelection.parse(fields, InvoiceListing.SPEC.fields());
    Invoice invoice = invoices.get(id);
    return ObjectResponses.ok(selection.apply(InvoiceResponse.of(invoice)), invoice.version());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.INVOICES_WRITE)
  @Operation(
      operationId = "updateInvoice",
      summary = "Update a draft invoice",
      description =
          "Only a draft: lines, tax_rate, currency, due_date (null clears), metadata. The totals"
              + " are computed again.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateInvoiceRequest.class),
              examples = @ExampleObject(name = "tax", value = "{\"tax_rate\":20}")))
  @APIResponse(responseCode = "200", description = "The draft after the change.")
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The ETag last read; 412 if the invoice changed since.")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull JsonObject body) {
    PatchBody<UpdateInvoiceRequest> patch =
        PatchBody.ofValid(body, UpdateInvoiceRequest.class, validator);
    return tagged(
        invoices.edit(id, IfMatch.parse(ifMatch), current -> InvoicePatch.apply(current, patch)));
  }

  @DELETE
  @Path("{id}")
  @RequiresScope(Scope.INVOICES_WRITE)
  @Operation(operationId = "deleteInvoice", summary = "Delete a draft invoice")
  @APIResponse(
      responseCode = "200",
      description = "The draft is gone.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeletedObjectResponse.class),
              examples =
                  @ExampleObject(
                      name = "deleted",
                      value =
                          "{\"id\":\"inv_0GZlGz3ZzMXlqC1aYw8N1w\",\"object\":\"invoice\","
                              + "\"livemode\":false,\"deleted\":true}")))
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public DeletedObjectResponse delete(
      @PathParam("id") String id,
      @Parameter(description = "The ETag last read; 412 if the invoice changed since.")
          @HeaderParam("If-Match")
          String ifMatch) {
    Invoice invoice = invoices.delete(id, IfMatch.parse(ifMatch));
    return DeletedObjectResponse.of(invoice.id(), "invoice", invoice.livemode());
  }

  @POST
  @Path("{id}/send")
  @RequiresScope(Scope.INVOICES_WRITE)
  @Operation(
      operationId = "sendInvoice",
      summary = "Send an invoice",
      description =
          "Opens a draft with at least one line; without due_date it is due in 30 days. An"
              + " invoice whose total is 0 is paid at once.")
  @APIResponse(responseCode = "200", description = "The open invoice.")
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public Response send(@PathParam("id") String id) {
    return tagged(invoices.send(id));
  }

  @POST
  @Path("{id}/void")
  @RequiresScope(Scope.INVOICES_WRITE)
  @Operation(
      operationId = "voidInvoice",
      summary = "Void an invoice",
      description = "An open invoice; its amount_due becomes 0.")
  @APIResponse(responseCode = "200", description = "The void invoice.")
  @APIResponse(responseCode = "409", ref = StandardResponsesFilter.INVALID_STATE_RESPONSE)
  public Response voidInvoice(@PathParam("id") String id) {
    return tagged(invoices.voidInvoice(id));
  }

  private static Response tagged(Invoice invoice) {
    return ObjectResponses.ok(InvoiceResponse.of(invoice), invoice.version());
  }
}

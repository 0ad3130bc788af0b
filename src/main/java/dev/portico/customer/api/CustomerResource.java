package dev.portico.customer.api;

import dev.portico.customer.CustomerService;
import dev.portico.customer.domain.Customer;
import dev.portico.platform.api.DeletedObjectResponse;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.http.ObjectResponses;
import dev.portico.platform.json.PatchBody;
import dev.portico.platform.listing.FieldSelection;
import dev.portico.platform.listing.ListParams;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.listing.ListSpec;
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

/** {@code /api/v1/customers}: the caller's organization's customers in the caller's mode. */
@ApplicationScoped
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class CustomerResource {

  private static final ListSpec<Customer> LIST = CustomerListing.SPEC;

  private static final String CUSTOMER_EXAMPLE =
      """
      {"id":"cus_0GZlGz3ZzMXlqC1aYw8N1w","object":"customer","livemode":false,
       "name":"Ada Lovelace","email":"ada@example.com","phone":"+1 415 555 0100",
       "address":{"line1":"1 Market Street","city":"San Francisco","state":"CA",
       "postal_code":"94105","country":"US"},"metadata":{"crm_id":"A-1042"},
       "created_at":"2026-11-24T09:20:45.123Z","updated_at":"2026-11-24T09:20:45.123Z"}
      """;

  @Inject CustomerService customers;
  @Inject CursorCodec cursors;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.CUSTOMERS_WRITE)
  @Operation(operationId = "createCustomer", summary = "Create a customer")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateCustomerRequest.class),
              examples =
                  @ExampleObject(
                      name = "create",
                      value =
                          "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\","
                              + "\"address\":{\"city\":\"San Francisco\",\"country\":\"US\"},"
                              + "\"metadata\":{\"crm_id\":\"A-1042\"}}")))
  @APIResponse(
      responseCode = "201",
      description = "The customer.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerResponse.class),
              examples = @ExampleObject(name = "created", value = CUSTOMER_EXAMPLE)))
  public Response create(@NotNull @Valid CreateCustomerRequest body) {
    Customer customer = customers.create(body.toDetails());
    return ObjectResponses.created(
        uri.getAbsolutePathBuilder().path(customer.id()).build(),
        CustomerResponse.of(customer),
        customer.version());
  }

  @GET
  @RequiresScope(Scope.CUSTOMERS_READ)
  @Operation(
      operationId = "listCustomers",
      summary = "List customers",
      description = "Newest first by default. sort: created_at or name.")
  @Parameter(
      name = "email",
      in = ParameterIn.QUERY,
      description = "Only the customers with this e-mail address (any case).",
      example = "ada@example.com",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "q",
      in = ParameterIn.QUERY,
      description = "Only the customers whose name contains this text (any case).",
      example = "love",
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "A page of customers.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"object\":\"list\",\"data\":["
                              + CUSTOMER_EXAMPLE
                              + "],\"has_more\":false,\"next_cursor\":null}")))
  public Response list(@BeanParam ListParams params) {
    ListQuery<Customer> query = ListQuery.of(LIST, params, uri, cursors);
    return ListResponses.page(customers.list(query), query, CustomerResponse::of, cursors, uri);
  }

  @GET
  @Path("{id}")
  @RequiresScope(Scope.CUSTOMERS_READ)
  @Operation(operationId = "retrieveCustomer", summary = "Retrieve a customer")
  @APIResponse(
      responseCode = "200",
      description = "The customer.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CustomerResponse.class),
              examples = @ExampleObject(name = "customer", value = CUSTOMER_EXAMPLE)))
  public Response retrieve(
      @PathParam("id") String id,
      @Parameter(description = "Comma-separated top-level fields to return.", example = "id,name")
          @QueryParam("fields")
          String fields) {
    FieldSelection selection = FieldSelection.parse(fields, LIST.fields());
    Customer customer = customers.get(id);
    return ObjectResponses.ok(selection.apply(CustomerResponse.of(customer)), customer.version());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresScope(Scope.CUSTOMERS_WRITE)
  @Operation(
      operationId = "updateCustomer",
      summary = "Update a customer",
      description =
          "Changes only the fields sent; null clears email, phone and address. Send If-Match with"
              + " the ETag you read to be sure nobody changed the customer in between.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateCustomerRequest.class),
              examples =
                  @ExampleObject(
                      name = "rename",
                      value = "{\"name\":\"Ada King\",\"phone\":null}")))
  @APIResponse(responseCode = "200", description = "The customer after the change.")
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The ETag last read; 412 if the customer changed since.")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull JsonObject body) {
    PatchBody<UpdateCustomerRequest> patch =
        PatchBody.ofValid(body, UpdateCustomerRequest.class, validator);
    Customer customer =
        customers.update(
            id, IfMatch.parse(ifMatch), current -> CustomerPatch.apply(current, patch));
    return ObjectResponses.ok(CustomerResponse.of(customer), customer.version());
  }

  @DELETE
  @Path("{id}")
  @RequiresScope(Scope.CUSTOMERS_WRITE)
  @Operation(
      operationId = "deleteCustomer",
      summary = "Delete a customer",
      description = "Deletes the customer for good; a customer.deleted event carries it as it was.")
  @APIResponse(
      responseCode = "200",
      description = "The customer is gone.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeletedObjectResponse.class),
              examples =
                  @ExampleObject(
                      name = "deleted",
                      value =
                          "{\"id\":\"cus_0GZlGz3ZzMXlqC1aYw8N1w\",\"object\":\"customer\","
                              + "\"livemode\":false,\"deleted\":true}")))
  public DeletedObjectResponse delete(
      @PathParam("id") String id,
      @Parameter(description = "The ETag last read; 412 if the customer changed since.")
          @HeaderParam("If-Match")
          String ifMatch) {
    Customer customer = customers.delete(id, IfMatch.parse(ifMatch));
    return DeletedObjectResponse.of(customer.id(), "customer", customer.livemode());
  }
}

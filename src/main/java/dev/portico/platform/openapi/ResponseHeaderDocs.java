package dev.portico.platform.openapi;

import dev.portico.platform.idempotency.IdempotencyFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The headers the server's filters add to responses, declared once as components and referenced
 * from every response that can carry them: the browser-hardening headers (every answer), CORS
 * (every answer to an allowed origin), WWW-Authenticate (401), ETag and Location (an object's 200
 * and 201), Link (a page that has a next one, and a deprecated operation), Idempotent-Replayed (a
 * replayed POST) and Deprecation/Sunset (a deprecated operation).
 */
final class ResponseHeaderDocs {

  static final String ETAG = "ETag";
  static final String LOCATION = "Location";
  static final String LINK = "Link";

  /** Sent on every response of the application (SecurityHeadersFilter). */
  static final List<String> SECURITY =
      List.of(
          "X-Content-Type-Options",
          "Referrer-Policy",
          "X-Frame-Options",
          "Content-Security-Policy",
          "Strict-Transport-Security");

  /** Sent on every response to an allowed browser origin (CorsFilter). */
  private static final List<String> CORS =
      List.of("Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Vary");

  /** The objects that carry a version, answered with their ETag. */
  private static final Set<String> VERSIONED_OBJECTS =
      Set.of("Customer", "Job", "Invoice", "Payment", "ApiKey", "Organization", "WebhookEndpoint");

  private static final List<String> DEPRECATION = List.of("Deprecation", "Sunset", LINK);

  private ResponseHeaderDocs() {}

  static void declare(Components components) {
    headers().forEach(components::addHeader);
  }

  /** Adds the references one response of {@code operation} needs. */
  static void reference(
      PathItem.HttpMethod method,
      Operation operation,
      boolean idempotent,
      String status,
      APIResponse response) {
    SECURITY.forEach(name -> add(response, name));
    CORS.forEach(name -> add(response, name));
    if ("401".equals(status) || "403".equals(status)) {
      add(response, "WWW-Authenticate");
    }
    if (idempotent) {
      add(response, IdempotencyFilter.REPLAYED_HEADER);
    }
    if (Boolean.TRUE.equals(operation.getDeprecated())) {
      DEPRECATION.forEach(name -> add(response, name));
    }
    if ("201".equals(status)) {
      add(response, LOCATION);
    }
    if (returnsObject(method, status, response)) {
      add(response, ETAG);
    }
  }

  /** Adds {@code Link} (rel="next") to the 200 of a list. */
  static void referenceNextLink(APIResponse response) {
    add(response, LINK);
  }

  /**
   * Whether a success answers with one versioned business object (ObjectResponses gives it its
   * ETag): a 200 or 201 whose body is one of {@link #VERSIONED_OBJECTS}.
   */
  private static boolean returnsObject(
      PathItem.HttpMethod method, String status, APIResponse response) {
    if (!("200".equals(status) || "201".equals(status))
        || method == PathItem.HttpMethod.DELETE
        || response.getContent() == null
        || response.getContent().getMediaTypes() == null) {
      return false;
    }
    return response.getContent().getMediaTypes().values().stream()
        .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
        .anyMatch(
            ref ->
                ref != null && VERSIONED_OBJECTS.contains(ref.substring(ref.lastIndexOf('/') + 1)));
  }

  private static void add(APIResponse response, String name) {
    if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
      response.addHeader(name, OASFactory.createHeader().ref(name));
    } else if (response.getHeaders().get(name).getRef() == null) {
      response.getHeaders().put(name, OASFactory.createHeader().ref(name));
    }
  }

  private static Map<String, Header> headers() {
    Map<String, Header> headers = new LinkedHashMap<>();
    headers.put(
        "X-Content-Type-Options", header("Always nosniff.", "nosniff", 7, List.of("nosniff")));
    headers.put(
        "Referrer-Policy",
        header(
            "Always strict-origin-when-cross-origin.",
            "strict-origin-when-cross-origin",
            31,
            List.of("strict-origin-when-cross-origin")));
    headers.put("X-Frame-Options", header("Always DENY.", "DENY", 4, List.of("DENY")));
    headers.put(
        "Content-Security-Policy",
        header(
            "The API never serves a document: a policy that allows nothing.",
            "default-src 'none'; frame-ancestors 'none'",
            512,
            null));
    headers.put(
        "Strict-Transport-Security",
        header(
            "Over HTTPS only: browsers keep to HTTPS for a year.",
            "max-age=31536000; includeSubDomains",
            128,
            null));
    headers.put(
        "Access-Control-Allow-Origin",
        header(
            "When the request's Origin is one the operator allows (CORS): that origin.",
            "https://app.example.com",
            2048,
            null));
    headers.put(
        "Access-Control-Expose-Headers",
        header(
            "When CORS answers: the response headers a browser script may read.",
            "Request-Id, ETag, Link, Retry-After",
            1024,
            null));
    headers.put(
        "Vary",
        header(
            "Origin, when CORS answers: the answer depends on the request's Origin.",
            "Origin",
            256,
            null));
    headers.put(
        "WWW-Authenticate",
        header(
            "The Bearer challenge (RFC 6750): on a 401, with the error when a credential was sent;"
                + " on a 403 insufficient_scope, the scope needed.",
            "Bearer realm=\"portico\", error=\"invalid_token\"",
            1024,
            null));
    headers.put(
        IdempotencyFilter.REPLAYED_HEADER,
        header(
            "true when this is the stored answer to an earlier request with the same"
                + " Idempotency-Key.",
            "true",
            5,
            List.of("true")));
    headers.put(
        "Deprecation",
        header(
            "This operation is deprecated (RFC 9745): @ and the epoch second it was.",
            "@1788220800",
            32,
            null));
    headers.put(
        "Sunset",
        header(
            "When the deprecated operation stops working (RFC 8594), an HTTP date.",
            "Tue, 01 Jun 2027 00:00:00 GMT",
            64,
            null));
    headers.put(
        LINK,
        header(
            "Links (RFC 8288): rel=\"next\" for a list's next page; rel=\"deprecation\" and"
                + " rel=\"successor-version\" for a deprecated operation.",
            "</api/v1/customers?cursor=eyJ2IjoxfQ>; rel=\"next\"",
            4096,
            null));
    headers.put(
        ETAG,
        header(
            "The object's version, for If-Match on a later update or delete.", "\"3\"", 64, null));
    headers.put(
        LOCATION,
        header(
            "The new object's absolute URL, from the configured public base URL.",
            "https://api.example.com/api/v1/customers/cus_0GZlGz3ZzMXlqC1aYw8N1w",
            2048,
            null));
    return headers;
  }

  private static Header header(
      String description, String example, int maxLength, List<String> values) {
    Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(maxLength);
    if (values != null) {
      schema.enumeration(List.copyOf(values));
    }
    return OASFactory.createHeader().description(description).schema(schema).example(example);
  }
}

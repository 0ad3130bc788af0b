package dev.portico.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The rate-limit headers in the OpenAPI document: declared once as components, referenced by every
 * answer to a counted request, with {@code Retry-After} on the 429 and on the 503 of a request
 * refused because its limits could not be counted.
 */
final class RateLimitHeaderDocs {

  static final String RETRY_AFTER = "Retry-After";

  /** The detail of the 503's example, as RateLimitFilter words it. */
  static final String UNAVAILABLE_DETAIL =
      "Rate limits cannot be counted right now, so the request was not run. Retry after 5 s.";

  private static final Map<String, Header> HEADERS = headers();

  private RateLimitHeaderDocs() {}

  static void declare(Components components) {
    HEADERS.forEach(components::addHeader);
    components.addHeader(
        RETRY_AFTER,
        header(
            "Seconds to wait before a request can be admitted again (on a 503, before the rate-limit"
                + " backend is tried again).",
            Schema.SchemaType.INTEGER,
            12));
  }

  /** Whether requests to {@code path} are counted: the versioned API's, as RateLimitFilter does. */
  static boolean isCounted(String path) {
    return path.equals("/api/v1") || path.startsWith("/api/v1/");
  }

  /**
   * Adds references to the rate-limit headers (and Retry-After on a 429 or 503) to one response.
   */
  static void reference(String status, APIResponse response) {
    HEADERS.keySet().forEach(name -> response.addHeader(name, ref(name)));
    if ("429".equals(status) || "503".equals(status)) {
      response.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
    }
  }

  private static Map<String, Header> headers() {
    Map<String, Header> headers = new LinkedHashMap<>();
    headers.put(
        "RateLimit-Policy",
        header(
            "Every window of the credential's limits (IETF draft \"RateLimit header fields for"
                + " HTTP\"): its name, quota q and length w in seconds. Sent when a key is.",
            Schema.SchemaType.STRING,
            "\"burst\";q=20;w=10, \"minute\";q=120;w=60, \"hour\";q=5000;w=3600,"
                + " \"day\";q=50000;w=86400"));
    headers.put(
        "RateLimit",
        header(
            "The binding window (fewest requests left): r requests left, t seconds until it is"
                + " whole again.",
            Schema.SchemaType.STRING,
            "\"burst\";r=19;t=1"));
    headers.put(
        "X-RateLimit-Limit", header("The binding window's quota.", Schema.SchemaType.INTEGER, 20));
    headers.put(
        "X-RateLimit-Remaining",
        header("Requests left in the binding window.", Schema.SchemaType.INTEGER, 19));
    headers.put(
        "X-RateLimit-Reset",
        header(
            "When the binding window is whole again, in epoch seconds.",
            Schema.SchemaType.INTEGER,
            1795601731));
    return headers;
  }

  private static Header header(String description, Schema.SchemaType type, Object example) {
    Schema schema = OASFactory.createSchema().type(type);
    if (type == Schema.SchemaType.INTEGER) {
      schema.format("int64").minimum(java.math.BigDecimal.ZERO);
    } else {
      schema.maxLength(512);
    }
    return OASFactory.createHeader().description(description).schema(schema).example(example);
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref(name);
  }
}

package dev.portico.platform.http;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.time.Rfc3339;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The longest value each path parameter, query parameter and {@code If-Match} header may have,
 * enforced here and declared from here as {@code maxLength} in the OpenAPI document: an id names no
 * object when longer than any id, a timestamp is no RFC 3339 one when longer than the longest, and
 * any other text has a generous bound. A longer value is a 400 naming the parameter.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class ParameterBounds implements ContainerRequestFilter {

  /** The bound of a parameter this class does not name otherwise: a search text, a sort. */
  public static final int TEXT_MAX_LENGTH = 256;

  /** A comma-separated list of field names, up to every field of the largest object. */
  public static final int FIELDS_MAX_LENGTH = 1024;

  /** The one request header with a bound of its own here (Idempotency-Key has its parser). */
  public static final String IF_MATCH = "If-Match";

  private static final Set<String> IDS = Set.of("id", "customer", "invoice", "job", "object");

  private static final Set<String> TIMESTAMPS =
      Set.of(
          "created_gte",
          "created_gt",
          "created_lte",
          "created_lt",
          "scheduled_gte",
          "scheduled_lt");

  private static final Map<String, Integer> NAMED =
      Map.of("cursor", CursorCodec.MAX_LENGTH, "fields", FIELDS_MAX_LENGTH);

  /** The longest value the parameter {@code name} (path, query or If-Match) may have. */
  public static int maxLength(String name) {
    if (IDS.contains(name)) {
      return PrefixedIds.MAX_LENGTH;
    }
    if (TIMESTAMPS.contains(name)) {
      return Rfc3339.DATE_TIME_MAX_LENGTH;
    }
    return NAMED.getOrDefault(name, TEXT_MAX_LENGTH);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Map<String, String> tooLong = new TreeMap<>();
    check(request.getUriInfo().getPathParameters(), tooLong);
    check(request.getUriInfo().getQueryParameters(), tooLong);
    String ifMatch = request.getHeaderString(IF_MATCH);
    if (ifMatch != null && ifMatch.length() > maxLength(IF_MATCH)) {
      tooLong.put(IF_MATCH, message(IF_MATCH));
    }
    if (!tooLong.isEmpty()) {
      List<FieldError> errors = new ArrayList<>();
      tooLong.forEach((name, message) -> errors.add(new FieldError(name, message)));
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultDetail(), errors);
    }
  }

  private static void check(
      MultivaluedMap<String, String> parameters, Map<String, String> tooLong) {
    parameters.forEach(
        (name, values) -> {
          if (values.stream().anyMatch(value -> value.length() > maxLength(name))) {
            tooLong.put(name, message(name));
          }
        });
  }

  private static String message(String name) {
    return "must be at most " + maxLength(name) + " characters";
  }
}

package dev.portico.ratelimit.api;

import dev.portico.platform.ratelimit.RateLimits;
import dev.portico.ratelimit.domain.RateLimitDecision;
import dev.portico.ratelimit.domain.WindowState;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.stream.Collectors;

/**
 * Writes a decision as response headers: {@code RateLimit-Policy} lists every window of the
 * credential and {@code RateLimit} names the binding one, in the syntax of the IETF draft
 * "RateLimit header fields for HTTP" (-11); the classic {@code X-RateLimit-*} headers describe the
 * binding window too, with its reset in epoch seconds.
 */
public final class RateLimitHeaders {

  public static final String POLICY = "RateLimit-Policy";
  public static final String STATE = "RateLimit";
  public static final String LIMIT = "X-RateLimit-Limit";
  public static final String REMAINING = "X-RateLimit-Remaining";
  public static final String RESET = "X-RateLimit-Reset";

  private RateLimitHeaders() {}

  public static void write(RateLimitDecision decision, MultivaluedMap<String, Object> headers) {
    WindowState binding = decision.binding();
    headers.putSingle(POLICY, policy(decision));
    headers.putSingle(
        STATE,
        "\""
            + binding.window().text()
            + "\";r="
            + binding.remaining()
            + ";t="
            + binding.secondsUntilReset(decision.decidedAt()));
    headers.putSingle(LIMIT, binding.limit());
    headers.putSingle(REMAINING, binding.remaining());
    headers.putSingle(RESET, binding.resetEpochSecond());
  }

  static String policy(RateLimitDecision decision) {
    RateLimits limits = decision.subject().limits();
    return decision.windows().stream()
        .map(
            w ->
                "\"" + w.window().text() + "\";q=" + w.limit() + ";w=" + w.window().seconds(limits))
        .collect(Collectors.joining(", "));
  }
}

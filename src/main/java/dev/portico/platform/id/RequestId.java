package dev.portico.platform.id;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of one HTTP request, {@code req_…}, echoed in the Request-Id header, logs and problems.
 */
public record RequestId(String value) {

  public static final String PREFIX = "req";
  public static final String HEADER = "Request-Id";

  /** What a client may send as its own request id: our prefix and 8 to 64 base62 characters. */
  public static final String CLIENT_SUPPLIED_PATTERN = "^req_[0-9A-Za-z]{8,64}$";

  /** The longest request id a client may send. */
  public static final int CLIENT_SUPPLIED_MAX_LENGTH = PREFIX.length() + 1 + 64;

  private static final Pattern CLIENT_SUPPLIED = Pattern.compile(CLIENT_SUPPLIED_PATTERN);

  public RequestId {
    Objects.requireNonNull(value, "value is required");
  }

  public static RequestId generate() {
    return new RequestId(PrefixedIds.generate(PREFIX));
  }

  /**
   * The client's id when it is well-formed, otherwise a fresh one: a client never sets a bad id.
   */
  public static RequestId fromClientOrGenerate(String clientSupplied) {
    if (clientSupplied != null && CLIENT_SUPPLIED.matcher(clientSupplied).matches()) {
      return new RequestId(clientSupplied);
    }
    return generate();
  }

  @Override
  public String toString() {
    return value;
  }
}

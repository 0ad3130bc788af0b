package dev.portico.platform.http;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code If-Match} precondition of a PATCH or DELETE, checked against the object's version
 * inside the transaction that changes it. Strong comparison (RFC 9110): a weak {@code W/} tag never
 * matches; {@code *} matches any current object. Absent, any version is accepted.
 */
public record IfMatch(boolean any, Set<String> tags) {

  public static final IfMatch ABSENT = new IfMatch(true, Set.of());

  public static IfMatch parse(String header) {
    if (header == null || header.isBlank()) {
      return ABSENT;
    }
    if (header.strip().equals("*")) {
      return new IfMatch(true, Set.of());
    }
    Set<String> strong =
        Arrays.stream(header.split(","))
            .map(String::strip)
            .filter(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\""))
            .map(tag -> tag.substring(1, tag.length() - 1))
            .collect(Collectors.toUnmodifiableSet());
    return new IfMatch(false, strong);
  }

  /** The tag of an object at {@code version}, as sent in {@code ETag}. */
  public static EntityTag tagOf(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** Refuses with 412 unless the object at {@code version} is the one the client last read. */
  public void check(long version) {
    if (!any && !tags.contains(Long.toString(version))) {
      throw new ProblemException(
          ErrorCode.PRECONDITION_FAILED, ErrorCode.PRECONDITION_FAILED.defaultDetail());
    }
  }
}

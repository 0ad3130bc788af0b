package dev.portico.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** Decides what any exception means to the client; anything unrecognised is an internal error. */
final class ExceptionClassifier {

  /** A restarted database or a failover is usually back within seconds. */
  static final String DATABASE_RETRY_AFTER_SECONDS = "5";

  private ExceptionClassifier() {}

  static ClassifiedError classify(Throwable thrown) {
    return findInChain(thrown, ProblemException.class)
        .map(p -> new ClassifiedError(p.code(), p.getMessage(), p.errors(), p.headers()))
        .or(
            () ->
                findInChain(thrown, ConstraintViolationException.class)
                    .map(ExceptionClassifier::validation))
        .or(() -> JsonBindingFailures.classify(thrown))
        .or(
            () ->
                findInChain(thrown, OptimisticLockException.class)
                    .map(Throwable.class::cast)
                    // EclipseLink's own exception: a version check that fails at commit, not flush
                    .or(
                        () ->
                            findInChain(
                                thrown,
                                org.eclipse.persistence.exceptions.OptimisticLockException.class))
                    .map(lost -> ClassifiedError.of(ErrorCode.CONCURRENT_UPDATE)))
        .or(() -> unreachableDatabase(thrown))
        .or(() -> lostRace(thrown))
        .or(
            () ->
                findInChain(thrown, WebApplicationException.class)
                    .map(ExceptionClassifier::webApplication))
        .orElseGet(() -> ClassifiedError.of(ErrorCode.INTERNAL_ERROR));
  }

  /**
   * The database could not be reached, or dropped the connection (a restart, a failover, a full
   * pool): nothing the client sent is wrong, and the same request will work again shortly, so it is
   * 503 with Retry-After, as {@code /health/ready} says meanwhile.
   */
  private static Optional<ClassifiedError> unreachableDatabase(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException e && isUnreachable(e)) {
        return Optional.of(
            new ClassifiedError(
                ErrorCode.SERVICE_UNAVAILABLE,
                "Portico's database cannot be reached right now. Retry after the seconds in"
                    + " Retry-After.",
                List.of(),
                Map.of(HttpHeaders.RETRY_AFTER, List.<Object>of(DATABASE_RETRY_AFTER_SECONDS))));
      }
    }
    return Optional.empty();
  }

  private static boolean isUnreachable(SQLException e) {
    return e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException
        || isConnectionState(e.getSQLState());
  }

  /** SQLSTATE class 08 (connection exception), and the server shutting down or starting up. */
  private static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }

  /**
   * A statement that lost a race with another transaction: a row it refers to was deleted, a key it
   * inserts was taken, or the database chose it as a deadlock or serialization victim. Retrying
   * settles it, so the client hears 409 concurrent_update, not a 500.
   */
  private static Optional<ClassifiedError> lostRace(Throwable thrown) {
    return findInChain(thrown, SQLException.class)
        .map(SQLException::getSQLState)
        .filter(
            state ->
                state != null
                    && (state.startsWith("23") || state.equals("40001") || state.equals("40P01")))
        .map(state -> ClassifiedError.of(ErrorCode.CONCURRENT_UPDATE));
  }

  private static <T extends Throwable> Optional<T> findInChain(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  private static ClassifiedError webApplication(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (e instanceof NotAllowedException) {
      Object allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
      return new ClassifiedError(
          ErrorCode.METHOD_NOT_ALLOWED,
          ErrorCode.METHOD_NOT_ALLOWED.defaultDetail() + " Allowed: " + allow + ".",
          List.of(),
          allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, List.of(allow)));
    }
    if (e instanceof NotFoundException) {
      return ClassifiedError.of(ErrorCode.NOT_FOUND);
    }
    if (e instanceof NotSupportedException) {
      return ClassifiedError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
    if (e instanceof NotAcceptableException) {
      return ClassifiedError.of(ErrorCode.NOT_ACCEPTABLE);
    }
    return ClassifiedError.of(ErrorCode.forStatus(status));
  }

  private static ClassifiedError validation(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return ClassifiedError.of(
        ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.defaultDetail(), errors);
  }

  /**
   * The JSON name of the violated field: method and parameter nodes dropped, snake_case, and an
   * element of a list named by its index ({@code scopes[1]}).
   */
  static String fieldName(ConstraintViolation<?> violation) {
    StringJoiner name = new StringJoiner(".");
    String pending = null;
    for (Path.Node node : violation.getPropertyPath()) {
      boolean element = node.getKind() == ElementKind.CONTAINER_ELEMENT;
      if (element && node.getIndex() != null && pending != null) {
        pending += "[" + node.getIndex() + "]";
      } else if ((node.getKind() == ElementKind.PROPERTY || element) && node.getName() != null) {
        if (pending != null) {
          name.add(pending);
        }
        pending = snakeCase(node.getName());
      }
    }
    if (pending != null) {
      name.add(pending);
    }
    return name.length() == 0 ? "body" : name.toString();
  }

  static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}

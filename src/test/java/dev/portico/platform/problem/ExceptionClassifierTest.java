package dev.portico.platform.problem;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.platform.json.PorticoJsonb;
import org.junit.jupiter.api.Test;

class ExceptionClassifierTest {

  public record Sample(String message, Integer count) {}

  private static ClassifiedError bindingFailure(String json) {
    RuntimeException thrown =
        assertThrows(RuntimeException.class, () -> PorticoJsonb.get().fromJson(json, Sample.class));
    return ExceptionClassifier.classify(thrown);
  }

  @Test
  void whenBodyIsTruncatedThenMalformedJson() {
    assertThat(bindingFailure("{\"message\":").code(), is(ErrorCode.MALFORMED_JSON));
  }

  @Test
  void whenBodyIsNotJsonThenMalformedJson() {
    assertThat(bindingFailure("message=hello").code(), is(ErrorCode.MALFORMED_JSON));
  }

  @Test
  void whenBodyHasUnknownFieldThenUnknownFieldNamingIt() {
    ClassifiedError error = bindingFailure("{\"message\":\"hi\",\"colour\":\"red\"}");

    assertThat(error.code(), is(ErrorCode.UNKNOWN_FIELD));
    assertThat(error.detail(), containsString("colour"));
    assertThat(error.errors(), contains(new FieldError("colour", "is not a known field")));
  }

  @Test
  void whenFieldHasWrongTypeThenInvalidType() {
    assertThat(bindingFailure("{\"count\":\"three\"}").code(), is(ErrorCode.INVALID_TYPE));
    assertThat(bindingFailure("{\"message\":{\"a\":1}}").code(), is(ErrorCode.INVALID_TYPE));
  }

  public record Nested(Sample sample, java.time.LocalDate dueDate) {}

  @Test
  void whenAFieldCannotBeBoundThenInvalidTypeNamesItWithTheReason() {
    RuntimeException thrown =
        assertThrows(
            RuntimeException.class,
            () -> PorticoJsonb.get().fromJson("{\"sample\":{\"count\":\"three\"}}", Nested.class));
    ClassifiedError nested = ExceptionClassifier.classify(thrown);
    thrown =
        assertThrows(
            RuntimeException.class,
            () -> PorticoJsonb.get().fromJson("{\"due_date\":\"+999999999-12-31\"}", Nested.class));
    ClassifiedError date = ExceptionClassifier.classify(thrown);

    assertThat(nested.code(), is(ErrorCode.INVALID_TYPE));
    assertThat(nested.errors().get(0).field(), is("sample.count"));
    assertThat(date.detail(), containsString("Field: due_date."));
    assertThat(
        date.errors(),
        contains(
            new FieldError(
                "due_date",
                "must be an RFC 3339 full-date (YYYY-MM-DD) from 1900-01-01 to 9999-12-31")));
  }

  @Test
  void whenProblemExceptionIsWrappedThenItsCodeWins() {
    ProblemException problem = new ProblemException(ErrorCode.PAYLOAD_TOO_LARGE, "too big");

    ClassifiedError error =
        ExceptionClassifier.classify(new IllegalStateException("reader failed", problem));

    assertThat(error.code(), is(ErrorCode.PAYLOAD_TOO_LARGE));
    assertThat(error.detail(), is("too big"));
  }

  @Test
  void whenExceptionIsUnexpectedThenInternalErrorWithoutItsMessage() {
    ClassifiedError error =
        ExceptionClassifier.classify(new NullPointerException("secret table name"));

    assertThat(error.code(), is(ErrorCode.INTERNAL_ERROR));
    assertThat(error.detail().contains("secret"), is(false));
  }

  @Test
  void whenCamelCaseThenSnakeCase() {
    assertThat(ExceptionClassifier.snakeCase("scheduledStart"), is("scheduled_start"));
    assertThat(ExceptionClassifier.snakeCase("message"), is("message"));
  }

  @Test
  void whenTheDatabaseCannotBeReachedThen503WithRetryAfter() {
    for (Throwable unreachable :
        java.util.List.of(
            new java.sql.SQLException("Connection refused", "08001"),
            new java.sql.SQLException(
                "terminating connection due to administrator command", "57P01"),
            new java.sql.SQLTransientConnectionException("no connection available in the pool"),
            new java.sql.SQLRecoverableException("I/O error"))) {
      ClassifiedError error =
          ExceptionClassifier.classify(
              new jakarta.persistence.PersistenceException(
                  new RuntimeException("Exception [EclipseLink-4002]", unreachable)));

      assertThat(unreachable.toString(), error.code(), is(ErrorCode.SERVICE_UNAVAILABLE));
      assertThat(error.headers().get("Retry-After"), contains((Object) "5"));
    }
    assertThat(
        ExceptionClassifier.classify(new java.sql.SQLException("syntax error", "42601")).code(),
        is(ErrorCode.INTERNAL_ERROR));
  }
}

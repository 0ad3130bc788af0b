package dev.portico.platform.json;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.platform.paging.ListPage;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PorticoJsonbTest {

  public record Stamped(String customerName, Instant createdAt, String absent) {}

  @Test
  void whenSerializedThenSnakeCaseRfc3339UtcAndNullsOmitted() {
    String json =
        PorticoJsonb.get().toJson(new Stamped("Acme", Instant.parse("2026-11-23T09:20:45Z"), null));

    assertThat(json, is("{\"created_at\":\"2026-11-23T09:20:45Z\",\"customer_name\":\"Acme\"}"));
  }

  public record Tagged(String name, Map<String, String> metadata) {}

  @Test
  void whenAStringFieldGetsANumberOrBooleanThenBindingFails() {
    Jsonb jsonb = PorticoJsonb.get();

    assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"name\":42}", Tagged.class));
    assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"name\":true}", Tagged.class));
    assertThrows(
        JsonbException.class,
        () -> jsonb.fromJson("{\"name\":\"a\",\"metadata\":{\"k\":1}}", Tagged.class));
    Tagged bound = jsonb.fromJson("{\"name\":\"42\",\"metadata\":{\"k\":\"v\"}}", Tagged.class);
    assertThat(bound, is(new Tagged("42", Map.of("k", "v"))));
    assertThat(jsonb.fromJson("{\"name\":null}", Tagged.class), is(new Tagged(null, null)));
  }

  public record Amounts(Long amount, Integer count, BigDecimal rate) {}

  @Test
  void whenANumberFieldGetsAStringAFractionOrTooLargeANumberThenBindingFails() {
    Jsonb jsonb = PorticoJsonb.get();

    for (String bad :
        List.of(
            "{\"amount\":\"5000\"}",
            "{\"amount\":1.9}",
            "{\"amount\":1.0}",
            "{\"amount\":18446744073709551621}",
            "{\"amount\":9223372036854775808}",
            "{\"amount\":true}",
            "{\"count\":2147483648}",
            "{\"count\":\"1\"}",
            "{\"rate\":\"8.25\"}")) {
      assertThrows(JsonbException.class, () -> jsonb.fromJson(bad, Amounts.class), bad);
    }
    assertThat(
        jsonb.fromJson(
            "{\"amount\":9223372036854775807,\"count\":-2147483648,\"rate\":8.25}", Amounts.class),
        is(new Amounts(Long.MAX_VALUE, Integer.MIN_VALUE, new BigDecimal("8.25"))));
    assertThat(
        jsonb.fromJson("{\"amount\":null}", Amounts.class), is(new Amounts(null, null, null)));
  }

  @Test
  void whenListHasNoNextPageThenNextCursorIsExplicitNull() {
    String json = PorticoJsonb.get().toJson(ListPage.complete(List.of("a")));

    assertThat(
        json, is("{\"object\":\"list\",\"data\":[\"a\"],\"has_more\":false,\"next_cursor\":null}"));
  }

  @Test
  void whenProblemSerializedThenRfc9457MembersInOrder() {
    Problem problem = Problem.of(ErrorCode.NOT_FOUND, "nothing", "/x", "req_abcdefgh", List.of());

    assertThat(
        PorticoJsonb.get().toJson(problem),
        is(
            "{\"type\":\"/docs/errors/not_found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"nothing\",\"instance\":\"/x\",\"code\":\"not_found\","
                + "\"request_id\":\"req_abcdefgh\"}"));
  }

  public record Dated(java.time.LocalDate dueDate, Instant expiresAt) {}

  @Test
  void whenADateIsOutOfRangeOrNotRfc3339ThenBindingFailsNamingTheRange() {
    Jsonb jsonb = PorticoJsonb.get();

    for (String bad :
        List.of(
            "{\"due_date\":\"+999999999-12-31\"}",
            "{\"expires_at\":\"+999999999-12-31T23:59:59Z\"}",
            "{\"expires_at\":\"2026-11-24T09:00:00\"}",
            "{\"expires_at\":1700000000}")) {
      assertThrows(JsonbException.class, () -> jsonb.fromJson(bad, Dated.class), bad);
    }
    assertThat(
        jsonb.fromJson(
            "{\"due_date\":\"2026-12-31\",\"expires_at\":\"2026-12-31T10:00:00+01:00\"}",
            Dated.class),
        is(new Dated(java.time.LocalDate.of(2026, 12, 31), Instant.parse("2026-12-31T09:00:00Z"))));
  }
}

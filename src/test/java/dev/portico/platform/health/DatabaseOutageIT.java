package dev.portico.platform.health;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted under the test server: its connections cut and new ones refused. Requests
 * meanwhile answer 503 with Retry-After (nothing the client sent was wrong), readiness says DOWN,
 * and both recover by themselves once the database is back.
 */
@Tag("postgresql")
class DatabaseOutageIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void whenTheDatabaseIsUnreachableThenRequestsAre503WithRetryAfterUntilItIsBack()
      throws Exception {
    assertThat(Api.get("/api/v1/customers", Keys.bootstrapAuth()).statusCode(), is(200));
    try {
      postgresql("stop");

      HttpResponse<String> list =
          eventually(
              () -> Api.get("/api/v1/customers", Keys.bootstrapAuth()),
              response -> response.statusCode() != 200);
      assertProblem(list, 503, "service_unavailable");
      assertThat(list.headers().firstValue("Retry-After").orElse(""), is("5"));
      for (int i = 0; i < 5; i++) {
        assertProblem(
            Api.get("/api/v1/customers", Keys.bootstrapAuth()), 503, "service_unavailable");
      }
      assertThat(
          eventually(() -> Api.get("/health/ready"), r -> r.statusCode() != 200).statusCode(),
          is(503));
    } finally {
      postgresql("start");
    }
    assertThat(
        eventually(
                () -> Api.get("/api/v1/customers", Keys.bootstrapAuth()),
                response -> response.statusCode() == 200)
            .statusCode(),
        is(200));
    assertThat(
        eventually(() -> Api.get("/health/ready"), r -> r.statusCode() == 200).statusCode(),
        is(200));
  }

  /**
   * Stops or starts the PostgreSQL server with the command bin/test gives ({@code
   * PORTICO_IT_PG_CTL}, {@code pg_ctlcluster} for the machine's cluster): a restart as an operator
   * would make one, with the test server's connections cut and new ones refused.
   */
  private static void postgresql(String action) throws IOException, InterruptedException {
    String control = System.getenv("PORTICO_IT_PG_CTL");
    assertThat("PORTICO_IT_PG_CTL (set by bin/test)", control == null, is(false));
    List<String> command = new ArrayList<>(List.of(control.split(" ")));
    command.add(action);
    if (action.equals("stop")) {
      command.addAll(List.of("-m", "fast"));
    }
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertThat(String.join(" ", command), process.waitFor(), is(0));
  }

  /** Asks until the answer is as wanted, within {@link #PATIENCE}; the last answer either way. */
  private static HttpResponse<String> eventually(
      Supplier<HttpResponse<String>> request, Predicate<HttpResponse<String>> wanted) {
    Instant deadline = Instant.now().plus(PATIENCE);
    HttpResponse<String> response = request.get();
    while (!wanted.test(response) && Instant.now().isBefore(deadline)) {
      response = request.get();
    }
    return response;
  }
}

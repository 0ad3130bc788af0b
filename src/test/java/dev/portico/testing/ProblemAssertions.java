package dev.portico.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Checks that a response is a complete RFC 9457 problem as SPEC describes it. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  public static JsonObject assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat("status of " + response.uri(), response.statusCode(), is(status));
    assertThat(
        response.headers().firstValue("Content-Type").orElse(""),
        startsWith("application/problem+json"));
    String requestId = response.headers().firstValue("Request-Id").orElse("");
    assertThat(requestId, matchesPattern("req_[0-9A-Za-z]{8,64}"));
    assertThat(response.body(), not(containsString("Exception")));
    assertThat(response.body(), not(containsString("\tat ")));

    JsonObject problem = Api.json(response);
    assertThat(problem.getString("type"), is("/docs/errors/" + code));
    assertThat(problem.getString("code"), is(code));
    assertThat(problem.getInt("status"), is(status));
    assertThat(problem.getString("title").isBlank(), is(false));
    assertThat(problem.getString("detail").isBlank(), is(false));
    assertThat(problem.getString("instance"), startsWith("/"));
    assertThat(problem.getString("request_id"), is(requestId));
    return problem;
  }
}

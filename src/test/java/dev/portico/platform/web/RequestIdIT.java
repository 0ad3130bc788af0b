package dev.portico.platform.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.portico.testing.Api;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every response carries a Request-Id; a client's own id is kept only when well-formed. */
class RequestIdIT {

  private static String requestId(HttpResponse<String> response) {
    return response.headers().firstValue("Request-Id").orElse("");
  }

  @Test
  void whenAnyPathIsRequestedThenResponseCarriesRequestId() {
    for (String path : new String[] {"/api/v1", "/api/v1/changelog", "/robots.txt", "/nowhere"}) {
      assertThat(path, requestId(Api.get(path)), matchesPattern("req_[0-9A-Za-z]{22}"));
    }
  }

  @Test
  void whenTwoRequestsAreMadeThenTheirIdsDiffer() {
    assertThat(requestId(Api.get("/api/v1")), not(requestId(Api.get("/api/v1"))));
  }

  @Test
  void whenClientSendsWellFormedIdThenItIsEchoed() {
    HttpResponse<String> response = Api.get("/api/v1", "Request-Id", "req_clientChosen42");

    assertThat(requestId(response), is("req_clientChosen42"));
  }

  @Test
  void whenClientSendsMalformedIdThenServerGeneratesOne() {
    HttpResponse<String> response =
        Api.offContract().get("/api/v1", "Request-Id", "<script>alert(1)</script>");

    assertThat(requestId(response), matchesPattern("req_[0-9A-Za-z]{22}"));
  }

  @Test
  void whenProblemIsAnsweredThenItQuotesTheSameId() {
    HttpResponse<String> response =
        Api.offContract().get("/api/v1/missing", "Request-Id", "req_traceMe12345");

    assertThat(Api.json(response).getString("request_id"), is("req_traceMe12345"));
  }
}

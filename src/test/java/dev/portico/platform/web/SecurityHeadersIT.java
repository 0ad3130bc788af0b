package dev.portico.platform.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dev.portico.testing.Api;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Browser-hardening headers on every response; CORS stays off unless configured. */
class SecurityHeadersIT {

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  @Test
  void whenApiAnswersThenHardeningHeadersAndNoDocumentCsp() {
    HttpResponse<String> response = Api.get("/api/v1");

    assertThat(header(response, "X-Content-Type-Options"), is("nosniff"));
    assertThat(header(response, "Referrer-Policy"), is("strict-origin-when-cross-origin"));
    assertThat(header(response, "X-Frame-Options"), is("DENY"));
    assertThat(header(response, "Content-Security-Policy"), containsString("default-src 'none'"));
  }

  @Test
  void whenPageIsServedThenSelfOnlyCsp() {
    HttpResponse<String> response = Api.get("/");

    assertThat(response.statusCode(), is(200));
    assertThat(header(response, "Content-Security-Policy"), containsString("default-src 'self'"));
    assertThat(header(response, "X-Content-Type-Options"), is("nosniff"));
  }

  @Test
  void whenServedOverPlainHttpThenNoHsts() {
    assertThat(
        Api.get("/api/v1").headers().firstValue("Strict-Transport-Security").isPresent(),
        is(false));
  }

  @Test
  void whenServerOrContainerAnswersThenNoInternalHeadersLeak() {
    for (HttpResponse<String> response :
        java.util.List.of(Api.get("/api/v1"), Api.get("/no/such/page"))) {
      assertThat(response.headers().firstValue("X-Powered-By").isPresent(), is(false));
      assertThat(
          response.uri() + " " + response.headers().map().keySet(),
          response.headers().map().keySet().stream().anyMatch(name -> name.startsWith("$")),
          is(false));
    }
  }

  @Test
  void whenCrossOriginRequestAndCorsNotConfiguredThenNoCorsHeaders() {
    HttpResponse<String> response = Api.get("/api/v1", "Origin", "https://partner.example.com");

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), is(false));
  }

  @Test
  void whenPreflightAndCorsNotConfiguredThenNoPermissionGranted() {
    HttpResponse<String> response =
        Api.send(
            "OPTIONS",
            "/api/v1/echo",
            BodyPublishers.noBody(),
            "Origin",
            "https://partner.example.com",
            "Access-Control-Request-Method",
            "POST");

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), is(false));
    assertThat(
        response.headers().firstValue("Access-Control-Allow-Methods").isPresent(), is(false));
  }
}

package dev.portico.platform.deprecation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class DeprecationHeadersTest {

  @DeprecatedOperation(since = "2026-11-23", sunset = "2027-06-01", successor = "/api/v1")
  void deprecated() {}

  @Test
  void whenOperationDeprecatedThenRfc9745DateAndImfFixdateSunset() throws Exception {
    DeprecatedOperation operation =
        getClass().getDeclaredMethod("deprecated").getAnnotation(DeprecatedOperation.class);

    DeprecationHeaders headers = DeprecationHeaders.of(operation);

    assertThat(headers.deprecation(), is("@1795392000"));
    assertThat(headers.sunset(), is("Tue, 01 Jun 2027 00:00:00 GMT"));
    assertThat(
        headers.deprecationLink(),
        is("</api/v1/changelog>; rel=\"deprecation\"; type=\"application/json\""));
    assertThat(headers.successorLink(), is("</api/v1>; rel=\"successor-version\""));
  }
}

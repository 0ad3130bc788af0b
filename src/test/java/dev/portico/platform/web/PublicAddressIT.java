package dev.portico.platform.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.FromAddress;
import dev.portico.testing.Keys;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Absolute addresses in answers (Location, Link) come from the configured public URL, whatever Host
 * and forwarded headers a client sends.
 */
class PublicAddressIT {

  private static final String SPOOFED =
      "Host: evil.example\r\n"
          + "X-Forwarded-Proto: javascript\r\n"
          + "X-Forwarded-Host: evil.example\r\n"
          + "Forwarded: host=evil.example;proto=javascript\r\n";

  private static FromAddress.Answer spoofed(String method, String path, String json) {
    String body = json == null ? "" : json;
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\n"
            + SPOOFED
            + "Authorization: "
            + Keys.bootstrapAuth()[1]
            + "\r\n"
            + (json == null ? "" : "Content-Type: application/json\r\n")
            + "Content-Length: "
            + body.getBytes(StandardCharsets.UTF_8).length
            + "\r\nConnection: close\r\n\r\n";
    return FromAddress.send("127.0.0.1", (head + body).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void whenHostAndForwardedHeadersAreSpoofedThenLocationIsUnderThePublicUrl() {
    FromAddress.Answer created = spoofed("POST", "/api/v1/customers", "{\"name\":\"Spoof\"}");

    assertThat(created.body(), created.status(), is(201));
    assertThat(created.header("Location"), startsWith(Api.BASE_URL + "/api/v1/customers/cus_"));
  }

  @Test
  void whenHostAndForwardedHeadersAreSpoofedThenTheNextPageLinkIsUnderThePublicUrl() {
    Api.postJson("/api/v1/customers", "{\"name\":\"Page one\"}", Keys.bootstrapAuth());
    Api.postJson("/api/v1/customers", "{\"name\":\"Page two\"}", Keys.bootstrapAuth());

    FromAddress.Answer page = spoofed("GET", "/api/v1/customers?limit=1", null);

    assertThat(page.status(), is(200));
    assertThat(page.header("Link"), startsWith("<" + Api.BASE_URL + "/api/v1/customers?"));
  }
}

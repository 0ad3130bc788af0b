package dev.portico.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.platform.ratelimit.RateLimitTier;
import dev.portico.platform.security.Scope;
import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The developer guides over HTTP: each page answers, costs no session, says what it must, shows the
 * tested code samples verbatim, says plainly what the server does not serve yet, and links only to
 * pages that answer.
 */
class DocsGuidesIT {

  private static final List<String> GUIDES =
      List.of(
          "/docs/authentication",
          "/docs/pagination",
          "/docs/idempotency",
          "/docs/rate-limits",
          "/docs/webhooks",
          "/docs/sandbox",
          "/docs/changelog");

  private static final List<String> OTHER_PAGES =
      List.of("/", "/docs/", "/docs/getting-started", "/docs/errors/", "/docs/errors/not_found");

  /** The interactive reference never answers a client that offers an h2c upgrade. */
  private static final HttpClient HTTP_1_1 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final Pattern INTERNAL_LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");
  private static final Pattern CODE_BLOCK =
      Pattern.compile("<pre[^>]*><code>(.*?)</code></pre>", Pattern.DOTALL);

  @Test
  void whenEveryGuideIsReadThenItIsAnHtmlPageWithOneHeadingAndNoCookie() {
    for (String path : GUIDES) {
      HttpResponse<String> page = get(path);

      assertThat(path, page.statusCode(), is(200));
      assertThat(
          path, page.headers().firstValue("Content-Type").orElse(""), startsWith("text/html"));
      assertThat(path, page.headers().allValues("Set-Cookie"), is(List.of()));
      assertThat(path, page.body().split("<h1[ >]").length, is(2));
      assertThat(path, page.body(), not(containsString("<script")));
      assertThat(path, page.body(), not(containsString("<style")));
      assertThat(path, page.body(), not(containsString(" style=\"")));
    }
  }

  @Test
  void whenDocsIndexAndNavAreReadThenTheyLeadToEveryGuide() {
    String index = get("/docs/").body();
    for (String path : GUIDES) {
      assertThat(index, containsString("href=\"" + path + "\""));
    }
    String nav = navOf(get("/docs/pagination").body());
    assertThat(nav, containsString("href=\"/docs/authentication\""));
    assertThat(nav, containsString("href=\"/docs/webhooks\""));
    assertThat(nav, containsString("href=\"/docs/changelog\">Changelog</a>"));
    assertThat(nav, not(containsString("/api/v1/changelog")));
  }

  @Test
  void whenAuthenticationIsReadThenItCoversKeysEveryScopeAndTheCredentialProblems() {
    String page = text(get("/docs/authentication").body());

    for (String expected :
        List.of(
            "sk_test_",
            "sk_live_",
            "Authorization: Bearer $PORTICO_KEY",
            "X-API-Key: $PORTICO_KEY",
            Api.BASE_URL + "/api/v1/api-keys",
            "grace_period_seconds",
            "previous_secret_expires_at",
            "allowed_ips",
            "expires_at",
            "/revoke")) {
      assertThat(expected, page, containsString(expected));
    }
    for (Scope scope : Scope.values()) {
      assertThat(page, containsString("<code>" + scope.text() + "</code>"));
    }
    for (String code :
        List.of(
            "authentication_required",
            "invalid_credentials",
            "insufficient_scope",
            "ip_not_allowed")) {
      assertThat(page, containsString("href=\"/docs/errors/" + code + "\""));
    }
  }

  @Test
  void whenPaginationIsReadThenItShowsTheEnvelopeTheLinkHeaderAndALoop() {
    String page = text(get("/docs/pagination").body());

    assertThat(page, containsString("\"has_more\": true"));
    assertThat(page, containsString("\"next_cursor\""));
    assertThat(page, containsString("rel=\"next\""));
    assertThat(page, containsString("1 to 100; 20 when not"));
    assertThat(page, containsString("href=\"/docs/errors/invalid_cursor\""));
    assertThat(page, containsString("while [ -n \"$url\" ]; do"));
    assertThat(page, containsString("def each_api_key("));
    assertThat(page, containsString("async function* eachApiKey("));
  }

  @Test
  void whenRateLimitsIsReadThenItListsEveryTierTheHeadersAndThePlans() {
    String page = text(get("/docs/rate-limits").body());

    for (RateLimitTier tier : RateLimitTier.values()) {
      assertThat(page, containsString("<th scope=\"row\"><code>" + tier.text() + "</code></th>"));
    }
    for (String expected :
        List.of(
            "RateLimit-Policy",
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
            "Retry-After",
            "rate_limited",
            "<td>600</td><td>50 000</td><td>500 000</td><td>100</td>",
            "quota_exceeded",
            "usage.quota_warning",
            "<th scope=\"row\"><code>basic</code></th><td>100 000</td><td>blocked</td>")) {
      assertThat(expected, page, containsString(expected));
    }
  }

  @Test
  void whenIdempotencyIsReadThenItStatesReplayReuseAndConcurrency() {
    String page = text(get("/docs/idempotency").body());

    assertThat(page, containsString("Idempotency-Key: $key"));
    assertThat(page, containsString("Idempotent-Replayed: true"));
    assertThat(page, containsString("idempotency_key_reused"));
    assertThat(page, containsString("255"));
    assertThat(page, containsString("24 hours"));
  }

  @Test
  void whenWebhooksIsReadThenItShowsEveryTestedSampleExactly() {
    List<String> blocks = codeBlocks(get("/docs/webhooks").body());

    for (String sample :
        List.of(
            "WebhookVerifier.java",
            "WebhookReceiver.java",
            "verify-webhook.js",
            "express-route.js",
            "verify_webhook.py",
            "flask_route.py",
            "send-test-webhook.sh")) {
      assertThat(sample, blocks, hasItem(CodeSamples.read(sample).stripTrailing()));
    }
  }

  @Test
  void whenWebhooksIsReadThenItStatesTheSignatureToleranceRetriesAndEventTypes() {
    String page = text(get("/docs/webhooks").body());

    for (String expected :
        List.of(
            "webhook-id",
            "webhook-timestamp",
            "webhook-signature: " + WebhookSampleCodeTest.DOCUMENTED_SIGNATURE,
            WebhookSampleCodeTest.DOCUMENTED_BODY,
            "5 minutes",
            "Use the raw body",
            "space-separated",
            "10 hours",
            "job.completed",
            "webhook_endpoint.disabled",
            "usage.quota_exceeded",
            "webhook.test")) {
      assertThat(expected, page, containsString(expected));
    }
  }

  @Test
  void whenChangelogIsReadThenItShowsEveryEntryTheApiListsWithItsDate() {
    String page = text(get("/docs/changelog").body());
    JsonObject changelog = Api.json(get("/api/v1/changelog"));

    assertThat(changelog.getJsonArray("data"), not(empty()));
    for (JsonValue value : changelog.getJsonArray("data")) {
      JsonObject entry = value.asJsonObject();
      assertThat(page, containsString(entry.getString("summary")));
      assertThat(page, containsString("<time datetime=\"" + entry.getString("date") + "\">"));
      assertThat(page, containsString("kind-" + entry.getString("kind")));
    }
  }

  @Test
  void whenSandboxIsReadThenItDocumentsSeedResetAndTheClockAndNothingIsPending() {
    String page = text(get("/docs/sandbox").body());

    assertThat(page, containsString("PORTICO IS READY"));
    assertThat(page, containsString("/api/v1/sandbox/seed"));
    assertThat(page, containsString("/api/v1/sandbox/reset"));
    assertThat(page, containsString("/api/v1/sandbox/clock"));
    assertThat(page, containsString("advance_by"));
    assertThat(page, containsString("invoice.overdue"));
    assertThat(page, not(containsString("Not yet available")));
  }

  @Test
  void whenWebhooksIsReadThenItShowsHowToReceiveAFirstWebhookOnLocalhost() {
    assertThat(get("/api/v1/webhook-endpoints", Keys.bootstrapAuth()).statusCode(), is(200));
    assertThat(get("/api/v1/webhook-events", Keys.bootstrapAuth()).statusCode(), is(200));
    String webhooks = text(get("/docs/webhooks").body());
    assertThat(webhooks, not(containsString("Not yet live")));
    for (String step :
        List.of(
            "PORTICO_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true ./mvnw liberty:run",
            "/api/v1/webhook-endpoints",
            "/test",
            "/attempts",
            "GET /api/v1/webhook-events")) {
      assertThat(step, webhooks, containsString(step));
    }
  }

  @Test
  void whenEveryInternalLinkOfTheDocsIsFollowedThenItAnswers200() {
    Set<String> links = new TreeSet<>();
    for (String path : allPages()) {
      HttpResponse<String> page = get(path);
      assertThat(path, page.statusCode(), is(200));
      Matcher link = INTERNAL_LINK.matcher(page.body());
      while (link.find()) {
        links.add(link.group(1).replace("&amp;", "&"));
      }
    }
    links.removeIf(link -> link.startsWith("/openapi/ui"));

    assertThat(links, hasItem("/docs/changelog"));
    List<String> broken = new ArrayList<>();
    for (String link : links) {
      int status = get(link).statusCode();
      if (status != 200) {
        broken.add(link + " answered " + status);
      }
    }
    assertThat(broken, is(List.of()));
  }

  private static List<String> allPages() {
    List<String> pages = new ArrayList<>(OTHER_PAGES);
    pages.addAll(GUIDES);
    return pages;
  }

  private static String navOf(String page) {
    return page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
  }

  private static List<String> codeBlocks(String page) {
    List<String> blocks = new ArrayList<>();
    Matcher block = CODE_BLOCK.matcher(page);
    while (block.find()) {
      blocks.add(text(block.group(1)));
    }
    return blocks;
  }

  /** The page with the entities Faces writes for text turned back into characters. */
  private static String text(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE_URL + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP_1_1.send(
          request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package dev.portico.portal;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public pages over HTTP: the landing page, the docs, and a page behind every problem type. */
class DocsPagesIT {

  @Test
  void whenEveryErrorCodesTypeIsFollowedThenItLeadsToItsOwnPage() {
    for (ErrorCode code : ErrorCode.values()) {
      HttpResponse<String> page = Api.get(code.type());

      assertThat(code.type(), page.statusCode(), is(200));
      assertThat(page.headers().firstValue("Content-Type").orElse(""), startsWith("text/html"));
      assertThat(page.body(), containsString("<h1><code>" + code.code() + "</code></h1>"));
      assertThat(page.body(), containsString(Integer.toString(code.status())));
      assertThat(page.body(), containsString(code.title()));
      assertThat(page.body(), containsString("&quot;code&quot;: &quot;" + code.code()));
    }
  }

  @Test
  void whenTheServerAnswersWithAProblemThenItsTypeIsAPageThatNamesTheCode() {
    List<HttpResponse<String>> problems =
        List.of(
            Api.offContract().get("/api/v1/api-keys"),
            Api.get("/api/v1/api-keys", Keys.auth("sk_test_" + "C".repeat(43))),
            Api.offContract().get("/api/v1/no-such-path"),
            Api.offContract().get("/api/v1/api-keys?limit=0", Keys.bootstrapAuth()));
    for (HttpResponse<String> response : problems) {
      String type = Api.json(response).getString("type");
      String code = Api.json(response).getString("code");

      HttpResponse<String> page = Api.get(type);

      assertThat(type, page.statusCode(), is(200));
      assertThat(page.body(), containsString("<h1><code>" + code + "</code></h1>"));
    }
  }

  @Test
  void whenErrorIndexIsReadThenItLinksEveryCode() {
    HttpResponse<String> index = Api.get("/docs/errors/");

    assertThat(index.statusCode(), is(200));
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(index.body(), containsString("href=\"" + code.type() + "\""));
    }
  }

  @Test
  void whenUnknownCodeOrTheBareViewIsAskedForThen404() {
    assertProblem(Api.get("/docs/errors/no_such_code"), 404, "not_found");
    assertProblem(Api.get("/docs/errors/INVALID_CURSOR"), 404, "not_found");
    assertProblem(Api.get("/docs/errors/code"), 404, "not_found");
    assertProblem(Api.get("/docs/errors/code.xhtml"), 404, "not_found");
  }

  @Test
  void whenLandingAndDocsAreReadThenTheyAreHtmlWithTheFirstCallAndTheSiteLinks() {
    for (String path : List.of("/", "/docs/", "/docs/getting-started")) {
      HttpResponse<String> page = Api.get(path);

      assertThat(path, page.statusCode(), is(200));
      assertThat(page.headers().firstValue("Content-Type").orElse(""), startsWith("text/html"));
      assertThat(page.body(), containsString("<html lang=\"en\""));
      assertThat(page.body(), containsString("name=\"viewport\""));
      assertThat(page.body(), containsString("href=\"/docs/errors/\""));
      assertThat(page.body(), containsString("href=\"/docs/reference\""));
      assertThat(page.body(), containsString("href=\"#content\""));
    }
    assertThat(Api.get("/").body(), containsString("curl " + Api.BASE_URL + "/api/v1"));
    assertThat(
        Api.get("/docs/getting-started").body(),
        containsString("&quot;type&quot;: &quot;/docs/errors/authentication_required&quot;"));
  }

  @Test
  void whenPublicPagesAreReadThenNoSessionOrCookieIsCreated() {
    for (String path :
        List.of(
            "/",
            "/docs/",
            "/docs/getting-started",
            "/docs/errors/",
            "/docs/errors/not_found",
            "/docs/reference")) {
      HttpResponse<String> page = Api.get(path);

      assertThat(path, page.statusCode(), is(200));
      assertThat(path, page.headers().allValues("Set-Cookie"), is(List.of()));
    }
  }

  @Test
  void whenStylesheetIsFetchedThenItIsServedByPorticoItself() {
    String landing = Api.get("/").body();
    int href = landing.indexOf("/jakarta.faces.resource/portico.css");
    String path = landing.substring(href, landing.indexOf('"', href)).replace("&amp;", "&");

    HttpResponse<String> css = Api.get(path);

    assertThat(css.statusCode(), is(200));
    assertThat(css.headers().firstValue("Content-Type").orElse(""), startsWith("text/css"));
    assertThat(css.body(), containsString("--max"));
  }
}

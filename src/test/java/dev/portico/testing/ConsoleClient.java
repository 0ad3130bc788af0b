package dev.portico.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the portal's Faces pages over plain HTTP as a browser would without scripts: keeps
 * cookies, follows redirects, and submits a page's forms with their hidden view state. Faster than
 * a real browser, for the rules; the browser tests cover what needs one.
 */
public final class ConsoleClient {

  private static final Pattern FORM =
      Pattern.compile("<form id=\"([^\"]*)\"[^>]*action=\"([^\"]*)\"(.*?)</form>", Pattern.DOTALL);
  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile(" name=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile(" value=\"([^\"]*)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private HttpResponse<String> last;
  private final List<String> visited = new ArrayList<>();
  private final List<Integer> postAnswers = new ArrayList<>();

  /** A client signed up as the owner of a new organization, on its console home page. */
  public static ConsoleClient signedUpOwner(String organization, String email, String password) {
    ConsoleClient console = new ConsoleClient();
    console.get("/portal/signup");
    console.submit(
        "signup",
        Map.of("organization", organization, "email", email, "password", password),
        "create");
    if (!console.path().startsWith("/portal/") || console.path().startsWith("/portal/signup")) {
      throw new IllegalStateException("sign-up failed: " + console.fieldErrors());
    }
    return console;
  }

  public static ConsoleClient signedIn(String email, String password) {
    ConsoleClient console = new ConsoleClient();
    console.get("/portal/login");
    console.submit("login", Map.of("email", email, "password", password), "sign-in");
    return console;
  }

  /** Invites {@code email} as {@code role} from the members page; the invitation's path. */
  public String invite(String email, String role) {
    get("/portal/members");
    submit("invite", Map.of("email", email, "role", role), "send-invite");
    String link = revealedSecret().orElseThrow(() -> new AssertionError(fieldErrors()));
    return link.substring(link.indexOf("/portal/invitation"));
  }

  /** A client that accepted the invitation at {@code invitationPath}, signed in as the member. */
  public static ConsoleClient joinedBy(String invitationPath) {
    ConsoleClient joining = new ConsoleClient().get(invitationPath);
    joining.submit(
        "accept", Map.of("name", "New Member", "password", TestAccounts.PASSWORD), "join");
    return joining;
  }

  /** GETs a page, following redirects. */
  public ConsoleClient get(String path) {
    last = follow(send(HttpRequest.newBuilder(uri(path)).GET()));
    return this;
  }

  /**
   * Submits the {@code index}-th form whose id ends with {@code formId}, pressing {@code button}.
   */
  public ConsoleClient submit(String formId, Map<String, String> fields, String button, int index) {
    List<MatchResult> forms =
        FORM.matcher(last.body())
            .results()
            .filter(f -> f.group(1).equals(formId) || f.group(1).endsWith(":" + formId))
            .toList();
    if (forms.size() <= index) {
      throw new IllegalStateException(
          "no form '"
              + formId
              + "' #"
              + index
              + " on "
              + path()
              + " (status "
              + status()
              + "): "
              + text().substring(0, Math.min(600, text().length())));
    }
    MatchResult form = forms.get(index);
    String id = form.group(1);
    Map<String, String> data = new LinkedHashMap<>();
    HIDDEN
        .matcher(form.group(3))
        .results()
        .forEach(h -> data.put(attribute(NAME, h.group()), unescape(attribute(VALUE, h.group()))));
    fields.forEach((name, value) -> data.put(id + ":" + name, value));
    data.put(id + ":" + button, button);
    return post(unescape(form.group(2)), data);
  }

  public ConsoleClient submit(String formId, Map<String, String> fields, String button) {
    return submit(formId, fields, button, 0);
  }

  /** POSTs form fields as they are, for forged or hand-made requests. */
  public ConsoleClient post(String path, Map<String, String> data) {
    StringBuilder body = new StringBuilder();
    data.forEach(
        (name, value) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body.toString())));
    postAnswers.add(answer.statusCode());
    last = follow(answer);
    return this;
  }

  /** The status each POST answered itself, before any redirect was followed, in order. */
  public List<Integer> postAnswers() {
    return postAnswers;
  }

  public int status() {
    return last.statusCode();
  }

  public List<String> headers(String name) {
    return last.headers().allValues(name);
  }

  public String body() {
    return last.body();
  }

  /** The path of the page shown, after redirects, with its query. */
  public String path() {
    URI uri = last.uri();
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  /** Every URL this client was sent to, redirects included, in order. */
  public List<String> visited() {
    return visited;
  }

  public String text() {
    return unescape(last.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
  }

  public List<String> fieldErrors() {
    return all("class=\"field-error\"[^>]*>([^<]*)<");
  }

  public List<String> notices() {
    return all("class=\"notice\"[^>]*>\\s*([^<]*?)\\s*<");
  }

  /** Messages about the whole form. */
  public List<String> formErrors() {
    return all("<ul[^>]*class=\"form-errors\"[^>]*>\\s*<li>([^<]*)</li>");
  }

  /** The secret shown once on this page, if any. */
  public Optional<String> revealedSecret() {
    return all("id=\"secret-value\">([^<]*)<").stream().findFirst();
  }

  public boolean hasForm(String formId) {
    return FORM.matcher(last.body())
        .results()
        .anyMatch(f -> f.group(1).equals(formId) || f.group(1).endsWith(":" + formId));
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  public void setCookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(Api.BASE_URL), cookie);
  }

  private List<String> all(String regex) {
    return Pattern.compile(regex)
        .matcher(last.body())
        .results()
        .map(r -> unescape(r.group(1)).strip())
        .toList();
  }

  private HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
      String location = current.headers().firstValue("Location").orElseThrow();
      current = send(HttpRequest.newBuilder(current.uri().resolve(location)).GET());
    }
    return current;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    visited.add(built.uri().toString());
    try {
      return client.send(built, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String attribute(Pattern attribute, String tag) {
    Matcher m = attribute.matcher(tag);
    return m.find() ? m.group(1) : "";
  }

  private static URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : Api.BASE_URL + path);
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#160;", " ")
        .replace("&amp;", "&");
  }
}

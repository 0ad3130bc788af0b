package dev.portico.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The served OpenAPI document as a contract: every request an end-to-end test sends through {@link
 * Api} and every response it gets back must match it (path, method, parameters, headers, body,
 * status, content type), and every header the server sends must be documented on that response. The
 * document is fetched once, from the server under test.
 */
final class OpenApiContract {

  /** Paths the document describes; the rest (pages, health, the document itself) are not API. */
  private static final String API_PREFIX = "/api/";

  /** Headers of the transport, not of the API: HTTP/1.1 framing and the date every server sends. */
  private static final Set<String> TRANSPORT_HEADERS =
      Set.of(
          "content-type",
          "content-length",
          "content-language",
          "date",
          "connection",
          "keep-alive",
          "transfer-encoding");

  private static final AtomicInteger REQUESTS_CHECKED = new AtomicInteger();
  private static final AtomicInteger RESPONSES_CHECKED = new AtomicInteger();
  private static final AtomicInteger OUTSIDE_API = new AtomicInteger();

  private static volatile OpenApiContract instance;

  private final OpenApiInteractionValidator validator;
  private final ApiOperationResolver operations;

  private OpenApiContract(String json) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json).build();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI document = new OpenAPIV3Parser().readContents(json, null, options).getOpenAPI();
    this.operations = new ApiOperationResolver(document, null, true);
    Runtime.getRuntime().addShutdownHook(new Thread(OpenApiContract::report));
  }

  /** How many exchanges this test run checked, for the build's output and its target folder. */
  private static void report() {
    String summary =
        "OpenAPI contract: "
            + REQUESTS_CHECKED.get()
            + " requests and "
            + RESPONSES_CHECKED.get()
            + " responses checked; "
            + OUTSIDE_API.get()
            + " exchanges outside the documented API not checked";
    System.out.println(summary);
    try {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target", "openapi-contract.txt"), summary + "\n");
    } catch (IOException e) {
      // The summary is informational; the checks themselves already failed or passed the tests.
    }
  }

  static OpenApiContract served() {
    OpenApiContract contract = instance;
    if (contract == null) {
      synchronized (OpenApiContract.class) {
        contract = instance;
        if (contract == null) {
          contract = new OpenApiContract(fetchDocument());
          instance = contract;
        }
      }
    }
    return contract;
  }

  /**
   * Checks one exchange: the request too unless {@code requestChecked} is false (a test that sends
   * a request outside the contract on purpose), the response always.
   */
  void check(
      String method,
      URI uri,
      Map<String, List<String>> requestHeaders,
      String requestBody,
      HttpResponse<String> response,
      boolean requestChecked) {
    String path = uri.getRawPath();
    if (!path.startsWith(API_PREFIX)) {
      OUTSIDE_API.incrementAndGet();
      return;
    }
    Request request = request(method, uri, requestHeaders, requestBody);
    Response answer = response(response);
    List<String> mismatches = new ArrayList<>();
    ApiOperationMatch match = operations.findApiOperation(path, Request.Method.valueOf(method));
    if (requestChecked) {
      REQUESTS_CHECKED.incrementAndGet();
      addMessages(mismatches, "request", validator.validateRequest(request));
    } else if (!match.isPathFound() || !match.isOperationAllowed()) {
      // The test aimed at an unknown path or method on purpose: no documented answer to check.
      OUTSIDE_API.incrementAndGet();
      return;
    }
    RESPONSES_CHECKED.incrementAndGet();
    addMessages(
        mismatches,
        "response",
        validator.validateResponse(path, Request.Method.valueOf(method), answer));
    if (match.isPathFound() && match.isOperationAllowed()) {
      undocumentedHeaders(match.getApiOperation(), response, mismatches);
    }
    if (!mismatches.isEmpty()) {
      throw new AssertionError(
          method
              + " "
              + uri
              + " -> "
              + response.statusCode()
              + " does not match the served OpenAPI document:\n  "
              + String.join("\n  ", mismatches)
              + "\n  response body: "
              + abbreviate(response.body()));
    }
  }

  private static void undocumentedHeaders(
      ApiOperation operation, HttpResponse<String> response, List<String> mismatches) {
    Map<String, ApiResponse> responses = operation.getOperation().getResponses();
    ApiResponse documented = responses.get(Integer.toString(response.statusCode()));
    if (documented == null) {
      documented = responses.get("default");
    }
    if (documented == null) {
      return; // the status itself is reported by the validator
    }
    Set<String> declared = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    if (documented.getHeaders() != null) {
      declared.addAll(documented.getHeaders().keySet());
    }
    for (String name : response.headers().map().keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!TRANSPORT_HEADERS.contains(lower)
          && !lower.startsWith(":")
          && !declared.contains(name)) {
        mismatches.add(
            "response header "
                + name
                + " is sent but not documented on the "
                + response.statusCode()
                + " of "
                + operation.getOperation().getOperationId());
      }
    }
  }

  private static void addMessages(List<String> mismatches, String side, ValidationReport report) {
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        mismatches.add(side + ": [" + message.getKey() + "] " + message.getMessage());
      }
    }
  }

  private static Request request(
      String method, URI uri, Map<String, List<String>> headers, String body) {
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(Request.Method.valueOf(method), uri.getRawPath());
    headers.forEach(builder::withHeader);
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        builder.withQueryParam(name, value);
      }
    }
    if (body != null && !body.isEmpty()) {
      builder.withBody(body);
    }
    return builder.build();
  }

  private static Response response(HttpResponse<String> response) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
    response.headers().map().forEach(builder::withHeader);
    if (!response.body().isEmpty()) {
      builder.withBody(response.body());
    }
    return builder.build();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }

  private static String fetchDocument() {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/openapi?format=JSON"))
            .timeout(Duration.ofMinutes(3))
            .build();
    try {
      HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET /openapi answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

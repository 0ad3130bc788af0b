package dev.portico.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Sends real HTTP requests to the Portico server the build started (failsafe sets the URL). */
public final class Api {

  /**
   * Failsafe sets the URL; inside the server (in-container tests) the server's own port is used.
   */
  public static final String BASE_URL =
      System.getProperty(
          "portico.base.url",
          "http://localhost:" + System.getenv().getOrDefault("PORTICO_HTTP_PORT", "9080"));

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Inside the server (in-container tests) there is no validator to check exchanges with: their
   * archives hold this class, not the validator's libraries. Failsafe's tests check every one.
   */
  private static final boolean IN_CONTAINER = System.getProperty("portico.base.url") == null;

  private static final Calls CHECKED = new Calls(true);
  private static final Calls OFF_CONTRACT = new Calls(false);

  private Api() {}

  public static HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, BodyPublishers.noBody(), headers);
  }

  public static HttpResponse<String> postJson(String path, String json, String... headers) {
    return CHECKED.postJson(path, json, headers);
  }

  public static HttpResponse<String> patchJson(String path, String json, String... headers) {
    return CHECKED.patchJson(path, json, headers);
  }

  /**
   * Sends any method with any body to a path of the test server, or to a full URL (another server);
   * {@code headers} are name/value pairs.
   */
  public static HttpResponse<String> send(
      String method, String path, BodyPublisher body, String... headers) {
    return CHECKED.send(method, path, body, headers);
  }

  /**
   * The same calls for a request that breaks the OpenAPI document on purpose (a malformed or
   * invalid body, a wrong parameter, a missing credential): the request is not checked against the
   * document, its response still is.
   */
  public static Calls offContract() {
    return OFF_CONTRACT;
  }

  /**
   * The calls of one kind; each checks its exchange against the served OpenAPI document (see {@link
   * OpenApiContract}).
   */
  public static final class Calls {

    private final boolean requestChecked;

    private Calls(boolean requestChecked) {
      this.requestChecked = requestChecked;
    }

    public HttpResponse<String> get(String path, String... headers) {
      return send("GET", path, BodyPublishers.noBody(), headers);
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
      return send(
          "POST",
          path,
          BodyPublishers.ofString(json),
          with(headers, "Content-Type", "application/json"));
    }

    public HttpResponse<String> patchJson(String path, String json, String... headers) {
      return send(
          "PATCH",
          path,
          BodyPublishers.ofString(json),
          with(headers, "Content-Type", "application/json"));
    }

    public HttpResponse<String> send(
        String method, String path, BodyPublisher body, String... headers) {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE_URL + path))
              .timeout(Duration.ofSeconds(30))
              .method(method, body);
      for (int i = 0; i < headers.length; i += 2) {
        builder.header(headers[i], headers[i + 1]);
      }
      HttpRequest request = builder.build();
      HttpResponse<String> response;
      try {
        response = CLIENT.send(request, BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (!IN_CONTAINER) {
        OpenApiContract.served()
            .check(
                method,
                request.uri(),
                request.headers().map(),
                RequestBodies.read(body),
                response,
                requestChecked);
      }
      return response;
    }
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static String[] with(String[] headers, String name, String value) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = name;
    all[headers.length + 1] = value;
    return all;
  }
}

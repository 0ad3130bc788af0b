package dev.portico.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests sent over a plain socket from a chosen loopback address (127.0.0.2, …): so that the
 * server sees another client, which a budget per client address needs to be tested without touching
 * the test JVM's own (127.0.0.1), or byte for byte as a hostile client would send them.
 */
public final class FromAddress {

  /** The status, the headers (names in lower case, first value) and the body of an answer. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private FromAddress() {}

  public static Answer get(String localAddress, String path) {
    return send(
        localAddress,
        ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Sends {@code request} exactly as given (request line, headers and body, which should say {@code
   * Connection: close}): for what an HTTP client library would refuse or correct, such as another
   * Host or raw bytes in the path.
   */
  public static Answer send(String localAddress, byte[] request) {
    URI base = URI.create(Api.BASE_URL);
    try (Socket socket =
        new Socket(
            InetAddress.getByName(base.getHost()),
            base.getPort(),
            InetAddress.getByName(localAddress),
            0)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = socket.getInputStream();
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("A request from " + localAddress + " failed", e);
    }
  }

  private static Answer parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.putIfAbsent(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    return new Answer(status, headers, raw.substring(end + 4));
  }
}

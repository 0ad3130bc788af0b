package dev.portico.webhook.infra;

import dev.portico.webhook.domain.DeliveryErrorKind;
import dev.portico.webhook.domain.DeliveryOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Turns what went wrong on the wire into a delivery outcome a partner can read, naming the host but
 * never the URL's path or query (which may carry the partner's own secrets).
 */
final class DeliveryFailures {

  private static final int DETAIL_LIMIT = 200;

  private DeliveryFailures() {}

  static DeliveryOutcome of(
      IOException failure,
      URI url,
      boolean deadlinePassed,
      WebhookHttpSettings settings,
      long elapsedMillis) {
    return DeliveryOutcome.failed(
        kind(failure, deadlinePassed),
        detail(failure, url, deadlinePassed, settings),
        elapsedMillis);
  }

  /** The receiver's answer began only after the deadline, which makes it no answer. */
  static DeliveryOutcome deadline(URI url, WebhookHttpSettings settings, long elapsedMillis) {
    return DeliveryOutcome.failed(
        DeliveryErrorKind.TIMEOUT, lateAnswer(url, settings), elapsedMillis);
  }

  static DeliveryErrorKind kind(IOException failure, boolean deadlinePassed) {
    if (failure instanceof BlockedTargetException) {
      return DeliveryErrorKind.BLOCKED_TARGET;
    }
    if (failure instanceof UnknownHostException) {
      return DeliveryErrorKind.DNS;
    }
    if (deadlinePassed
        || failure instanceof ConnectTimeoutException
        || failure instanceof SocketTimeoutException) {
      return DeliveryErrorKind.TIMEOUT;
    }
    if (failure instanceof SSLException) {
      return DeliveryErrorKind.TLS;
    }
    if (failure instanceof ConnectException && mentions(failure, "refused")) {
      return DeliveryErrorKind.CONNECTION_REFUSED;
    }
    return DeliveryErrorKind.CONNECTION;
  }

  private static String detail(
      IOException failure, URI url, boolean deadlinePassed, WebhookHttpSettings settings) {
    String host = url.getHost();
    return switch (kind(failure, deadlinePassed)) {
      case BLOCKED_TARGET -> failure.getMessage();
      case DNS -> "host does not resolve: " + host;
      case TIMEOUT ->
          failure instanceof ConnectTimeoutException && !deadlinePassed
              ? "could not connect to "
                  + origin(url)
                  + " within "
                  + seconds(settings.connectTimeout())
              : lateAnswer(url, settings);
      case CONNECTION_REFUSED -> "connection refused by " + origin(url);
      case TLS -> "TLS failed with " + origin(url) + ": " + message(failure, url);
      case CONNECTION -> failure.getClass().getSimpleName() + ": " + message(failure, url);
    };
  }

  private static String lateAnswer(URI url, WebhookHttpSettings settings) {
    return "no complete answer from " + origin(url) + " within " + seconds(settings.totalTimeout());
  }

  private static String origin(URI url) {
    int port = url.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
    return url.getHost() + ":" + port;
  }

  private static String message(IOException failure, URI url) {
    String message = failure.getMessage() == null ? "no detail" : failure.getMessage();
    message = message.replace(url.toString(), origin(url));
    return message.length() <= DETAIL_LIMIT ? message : message.substring(0, DETAIL_LIMIT) + "…";
  }

  private static boolean mentions(IOException failure, String word) {
    return failure.getMessage() != null && failure.getMessage().contains(word);
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}

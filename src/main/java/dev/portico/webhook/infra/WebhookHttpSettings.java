package dev.portico.webhook.infra;

import java.time.Duration;
import java.util.Objects;

/**
 * How the webhook HTTP client connects: its timeouts, its pool, and whether it may reach private
 * addresses (tests and local development only).
 *
 * @param connectTimeout the longest wait for a TCP connection to be established
 * @param totalTimeout the hard deadline on a whole attempt, from name resolution to the last byte
 *     read; past it the attempt is cut and counts as a timeout
 * @param allowPrivateTargets whether loopback, private, link-local and other off-limits addresses
 *     may be reached
 * @param maxConnectionsTotal the most open connections across all receivers
 * @param maxConnectionsPerRoute the most open connections to one receiver's host and port
 */
public record WebhookHttpSettings(
    Duration connectTimeout,
    Duration totalTimeout,
    boolean allowPrivateTargets,
    int maxConnectionsTotal,
    int maxConnectionsPerRoute) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(15);
  public static final int DEFAULT_MAX_CONNECTIONS_TOTAL = 50;
  public static final int DEFAULT_MAX_CONNECTIONS_PER_ROUTE = 10;

  public WebhookHttpSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(totalTimeout, "totalTimeout");
    if (maxConnectionsTotal < 1 || maxConnectionsPerRoute < 1) {
      throw new IllegalArgumentException("connection limits must be at least 1");
    }
  }

  /** The defaults: 5 s to connect, 15 s in all, public targets only, 50 connections (10 a host). */
  public static WebhookHttpSettings defaults() {
    return new WebhookHttpSettings(
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_TOTAL_TIMEOUT,
        false,
        DEFAULT_MAX_CONNECTIONS_TOTAL,
        DEFAULT_MAX_CONNECTIONS_PER_ROUTE);
  }

  public WebhookHttpSettings withAllowPrivateTargets(boolean allow) {
    return new WebhookHttpSettings(
        connectTimeout, totalTimeout, allow, maxConnectionsTotal, maxConnectionsPerRoute);
  }

  public WebhookHttpSettings withTotalTimeout(Duration timeout) {
    return new WebhookHttpSettings(
        connectTimeout, timeout, allowPrivateTargets, maxConnectionsTotal, maxConnectionsPerRoute);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " is required");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}

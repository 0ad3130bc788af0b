package dev.portico.webhook.infra;

import java.time.Duration;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient that webhooks leave through: one request, one answer, nothing the
 * receiver could steer (no redirects, retries, cookies, authentication or compression).
 */
final class ApacheClientFactory {

  // Pooled connections are reused only briefly, so a receiver that moves is soon reached anew.
  private static final TimeValue CONNECTION_TIME_TO_LIVE = TimeValue.ofMinutes(1);

  private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(1);

  private ApacheClientFactory() {}

  static CloseableHttpClient create(
      WebhookHttpSettings settings, DnsResolver dns, String userAgent) {
    Timeout total = timeout(settings.totalTimeout());
    PoolingHttpClientConnectionManager pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(dns)
            // The JVM's trust store, and the host name checked against the certificate.
            .setTlsSocketStrategy(DefaultClientTlsStrategy.createDefault())
            .setMaxConnTotal(settings.maxConnectionsTotal())
            .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(timeout(settings.connectTimeout()))
                    .setSocketTimeout(total)
                    .setTimeToLive(CONNECTION_TIME_TO_LIVE)
                    // Nothing is retried, so a connection the receiver has since closed must be
                    // found out before a message is sent on it.
                    .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                    .build())
            .setDefaultTlsConfig(TlsConfig.custom().setHandshakeTimeout(total).build())
            .build();
    RequestConfig request =
        RequestConfig.custom()
            .setConnectionRequestTimeout(total)
            .setResponseTimeout(total)
            .setRedirectsEnabled(false)
            .setAuthenticationEnabled(false)
            .setExpectContinueEnabled(false)
            .setProtocolUpgradeEnabled(false)
            .setContentCompressionEnabled(false)
            .build();
    // No useSystemProperties(): a JVM-wide proxy would resolve the receiver beyond the guard.
    return HttpClients.custom()
        .setConnectionManager(pool)
        .setDefaultRequestConfig(request)
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .disableContentCompression()
        .setUserAgent(userAgent)
        .build();
  }

  private static Timeout timeout(Duration duration) {
    return Timeout.ofMilliseconds(duration.toMillis());
  }
}

package dev.portico.webhook.infra;

import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.webhook.domain.DeliveryClaim;
import dev.portico.webhook.domain.EnabledEvents;
import dev.portico.webhook.domain.EndpointStatus;
import dev.portico.webhook.domain.MessageStatus;
import dev.portico.webhook.domain.MessagesDue;
import dev.portico.webhook.domain.WebhookAttempt;
import dev.portico.webhook.domain.WebhookMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The delivery path's reads and writes, across tenants, in the caller's transaction. A message is
 * claimed with {@code FOR UPDATE SKIP LOCKED} and leased by moving its {@code next_attempt_at} past
 * the attempt's deadline, so servers sharing the database make each attempt once; an attempt is
 * recorded only by the claim that counted {@code attempts} as it was.
 */
@ApplicationScoped
public class DeliveryStore {

  private static final String ENDPOINTS =
      "SELECT id, enabled_events FROM webhook_endpoints"
          + " WHERE organization_id = ? AND livemode = ? AND status = 'enabled'";
  private static final String INSERT_MESSAGE =
      "INSERT INTO webhook_messages (id, organization_id, livemode, endpoint_id, event_id,"
          + " event_type, payload, status, attempts, retry_base, next_attempt_at, created_at,"
          + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, 0, ?, ?, ?)";
  private static final String CLAIM =
      "SELECT organization_id, livemode, endpoint_id, event_type, payload, attempts, retry_base"
          + " FROM webhook_messages WHERE id = ? AND status = 'pending' AND next_attempt_at <= ?"
          + " FOR UPDATE SKIP LOCKED";
  private static final String LEASE =
      "UPDATE webhook_messages SET next_attempt_at = ? WHERE id = ?";
  private static final String ENDPOINT_AND_SECRETS =
      "SELECT e.url, e.status, e.failing_since, s.sealed_secret FROM webhook_endpoints e"
          + " LEFT JOIN webhook_endpoint_secrets s ON s.endpoint_id = e.id"
          + " AND (s.expires_at IS NULL OR s.expires_at > ?)"
          + " WHERE e.id = ? ORDER BY s.created_at DESC";
  private static final String INSERT_ATTEMPT =
      "INSERT INTO webhook_attempts (id, organization_id, livemode, message_id, endpoint_id,"
          + " attempt_number, url, attempted_at, duration_ms, response_status, response_body,"
          + " error_kind, error_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SETTLE =
      "UPDATE webhook_messages SET status = ?, attempts = ?, next_attempt_at = ?,"
          + " last_attempt_at = COALESCE(?, last_attempt_at), updated_at = ?"
          + " WHERE id = ? AND attempts = ?";
  private static final String POSTPONE =
      "UPDATE webhook_messages SET next_attempt_at = ?, updated_at = ?"
          + " WHERE id = ? AND attempts = ? AND status = 'pending'";
  private static final String OVERDUE =
      "SELECT id, endpoint_id FROM webhook_messages WHERE status = 'pending'"
          + " AND next_attempt_at <= ?"
          + " FETCH FIRST ? ROWS ONLY";
  private static final String FAILING =
      "UPDATE webhook_endpoints SET failing_since = ? WHERE id = ? AND failing_since IS NULL";
  private static final String HEALTHY =
      "UPDATE webhook_endpoints SET failing_since = NULL"
          + " WHERE id = ? AND failing_since IS NOT NULL";

  @Resource(lookup = "jdbc/portico")
  DataSource dataSource;

  /** An enabled endpoint of a tenant and the types it receives. */
  public record Subscriber(String endpointId, EnabledEvents events) {}

  public List<Subscriber> subscribers(TenantKey tenant) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(ENDPOINTS)) {
      select.setString(1, tenant.organizationId());
      select.setBoolean(2, tenant.livemode());
      List<Subscriber> subscribers = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          subscribers.add(
              new Subscriber(rows.getString(1), EnabledEvents.parseStored(rows.getString(2))));
        }
      }
      return subscribers;
    } catch (SQLException e) {
      throw failed("read the endpoints of " + tenant, e);
    }
  }

  /** A new message, due at once; returns its id. */
  public String addMessage(
      TenantKey tenant,
      String endpointId,
      String eventId,
      String eventType,
      String payload,
      Clock clock) {
    String id = PrefixedIds.generate(WebhookMessage.ID_PREFIX, clock);
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT_MESSAGE)) {
      insert.setString(1, id);
      insert.setString(2, tenant.organizationId());
      insert.setBoolean(3, tenant.livemode());
      insert.setString(4, endpointId);
      insert.setString(5, eventId);
      insert.setString(6, eventType);
      insert.setString(7, payload);
      insert.setTimestamp(8, now);
      insert.setTimestamp(9, now);
      insert.setTimestamp(10, now);
      insert.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw failed("add a message for " + eventId, e);
    }
  }

  /** The message if it is due and no other server holds it, leased until {@code leaseEnd}. */
  public Optional<DeliveryClaim> claim(String messageId, Instant now, Instant leaseEnd) {
    try (Connection connection = dataSource.getConnection()) {
      DeliveryClaim claim;
      try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
        select.setString(1, messageId);
        select.setTimestamp(2, Timestamp.from(now));
        try (ResultSet rows = select.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          claim =
              new DeliveryClaim(
                  messageId,
                  new TenantKey(rows.getString(1), rows.getBoolean(2)),
                  rows.getString(3),
                  null,
                  null,
                  null,
                  rows.getString(4),
                  rows.getString(5),
                  rows.getInt(6),
                  rows.getInt(7),
                  List.of(),
                  now);
        }
      }
      try (PreparedStatement lease = connection.prepareStatement(LEASE)) {
        lease.setTimestamp(1, Timestamp.from(leaseEnd));
        lease.setString(2, messageId);
        lease.executeUpdate();
      }
      return Optional.of(withEndpoint(connection, claim));
    } catch (SQLException e) {
      throw failed("claim " + messageId, e);
    }
  }

  private static DeliveryClaim withEndpoint(Connection connection, DeliveryClaim claim)
      throws SQLException {
    URI url = null;
    EndpointStatus status = EndpointStatus.DISABLED;
    Instant failingSince = null;
    List<String> secrets = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(ENDPOINT_AND_SECRETS)) {
      select.setTimestamp(1, Timestamp.from(claim.claimedAt()));
      select.setString(2, claim.endpointId());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          if (url == null) {
            url = URI.create(rows.getString(1));
            status = EndpointStatus.parse(rows.getString(2)).orElse(EndpointStatus.DISABLED);
            Timestamp since = rows.getTimestamp(3);
            failingSince = since == null ? null : since.toInstant();
          }
          String sealed = rows.getString(4);
          if (sealed != null) {
            secrets.add(sealed);
          }
        }
      }
    }
    return new DeliveryClaim(
        claim.messageId(),
        claim.tenant(),
        claim.endpointId(),
        url,
        status,
        failingSince,
        claim.eventType(),
        claim.payload(),
        claim.attempts(),
        claim.retryBase(),
        List.copyOf(secrets),
        claim.claimedAt());
  }

  /** What one attempt saw, as the delivery log keeps it. */
  public record AttemptRecord(
      Instant attemptedAt,
      long durationMs,
      Integer responseStatus,
      String responseBody,
      String errorKind,
      String errorDetail) {}

  public void addAttempt(DeliveryClaim claim, AttemptRecord attempt, Clock clock) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT_ATTEMPT)) {
      insert.setString(1, PrefixedIds.generate(WebhookAttempt.ID_PREFIX, clock));
      insert.setString(2, claim.tenant().organizationId());
      insert.setBoolean(3, claim.tenant().livemode());
      insert.setString(4, claim.messageId());
      insert.setString(5, claim.endpointId());
      insert.setInt(6, claim.attemptNumber());
      insert.setString(7, String.valueOf(claim.url()));
      insert.setTimestamp(8, Timestamp.from(attempt.attemptedAt()));
      insert.setLong(9, attempt.durationMs());
      if (attempt.responseStatus() == null) {
        insert.setNull(10, Types.INTEGER);
      } else {
        insert.setInt(10, attempt.responseStatus());
      }
      insert.setString(11, attempt.responseBody());
      insert.setString(12, attempt.errorKind());
      insert.setString(13, attempt.errorDetail());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failed("record attempt " + claim.attemptNumber() + " of " + claim.messageId(), e);
    }
  }

  /**
   * The message after an attempt ({@code attempted}) or without one: its status, and when the next
   * attempt is due (null when none). False when another claim counted an attempt since.
   */
  public boolean settle(
      DeliveryClaim claim,
      MessageStatus status,
      Instant nextAttemptAt,
      boolean attempted,
      Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(SETTLE)) {
      update.setString(1, status.text());
      update.setInt(2, attempted ? claim.attemptNumber() : claim.attempts());
      update.setTimestamp(3, nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt));
      update.setTimestamp(4, attempted ? Timestamp.from(claim.claimedAt()) : null);
      update.setTimestamp(5, Timestamp.from(now));
      update.setString(6, claim.messageId());
      update.setInt(7, claim.attempts());
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failed("settle " + claim.messageId(), e);
    }
  }

  /** The claimed message waits, without an attempt counted, until {@code until}. */
  public void postpone(DeliveryClaim claim, Instant until, Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(POSTPONE)) {
      update.setTimestamp(1, Timestamp.from(until));
      update.setTimestamp(2, Timestamp.from(now));
      update.setString(3, claim.messageId());
      update.setInt(4, claim.attempts());
      update.executeUpdate();
    } catch (SQLException e) {
      throw failed("postpone " + claim.messageId(), e);
    }
  }

  /** Pending messages that were due before {@code dueBefore}: their wake-up was lost. */
  public List<MessagesDue.DueMessage> overdue(Instant dueBefore, int max) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(OVERDUE)) {
      select.setTimestamp(1, Timestamp.from(dueBefore));
      select.setInt(2, max);
      List<MessagesDue.DueMessage> due = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          due.add(new MessagesDue.DueMessage(rows.getString(1), rows.getString(2)));
        }
      }
      return due;
    } catch (SQLException e) {
      throw failed("find overdue messages", e);
    }
  }

  /** The endpoint has failed since {@code now}, unless it was failing already. */
  public void markFailing(String endpointId, Instant now) {
    update(FAILING, endpointId, now);
  }

  public void markHealthy(String endpointId) {
    update(HEALTHY, endpointId, null);
  }

  private void update(String sql, String endpointId, Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      int i = 1;
      if (now != null) {
        update.setTimestamp(i++, Timestamp.from(now));
      }
      update.setString(i, endpointId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw failed("update endpoint " + endpointId, e);
    }
  }

  private static IllegalStateException failed(String what, SQLException e) {
    return new IllegalStateException("could not " + what, e);
  }
}

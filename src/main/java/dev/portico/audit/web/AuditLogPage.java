package dev.portico.audit.web;

import dev.portico.audit.AuditEventService;
import dev.portico.audit.api.AuditEventListing;
import dev.portico.audit.domain.AuditEvent;
import dev.portico.platform.faces.ConsoleTimes;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log page: the mode's events newest first, 50 a page, filtered by action; the next page
 * is the API list's, by its cursor.
 */
@Named
@RequestScoped
public class AuditLogPage {

  static final int PAGE_SIZE = 50;

  @Inject AuditEventService events;
  @Inject CursorCodec cursors;

  private String action;
  private String cursor;
  private List<Row> rows;
  private String next;

  /**
   * Called by the page's view action, once its parameters are set. A cursor that is not this list's
   * (altered, or from another filter) starts again at the newest events.
   */
  public void load() {
    ListQuery<AuditEvent> query;
    try {
      query = query(cursor);
    } catch (ProblemException invalidCursor) {
      query = query(null);
    }
    List<AuditEvent> page = events.list(query);
    next = ListResponses.nextCursor(page, query, cursors).orElse(null);
    rows = ListResponses.shown(page, query).stream().map(Row::new).toList();
  }

  private ListQuery<AuditEvent> query(String after) {
    Map<String, String> filters = new HashMap<>();
    filters.put("action", action == null ? null : action.strip());
    return ListQuery.page(AuditEventListing.SPEC, filters, PAGE_SIZE, after, cursors);
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isMore() {
    return next != null;
  }

  /** The cursor of the next page, when there is one. */
  public String getNext() {
    return next;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }

  /** One event as the table shows it. */
  public static class Row {
    private final AuditEvent event;

    Row(AuditEvent event) {
      this.event = event;
    }

    public String getId() {
      return event.id();
    }

    public String getTime() {
      return ConsoleTimes.format(event.createdAt(), "");
    }

    public String getAction() {
      return event.action();
    }

    public String getActor() {
      return event.actorType() + " " + event.actorId();
    }

    public String getTarget() {
      return event.target().type() + " " + event.target().id();
    }

    public String getChanges() {
      return event.changes().toString();
    }

    public String getIp() {
      return event.ip() == null ? "" : event.ip();
    }

    public String getRequestId() {
      return event.requestId() == null ? "" : event.requestId();
    }
  }
}

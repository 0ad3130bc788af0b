package dev.portico.audit.web;

import dev.portico.audit.AuditEventService;
import dev.portico.audit.domain.AuditEvent;
import dev.portico.platform.faces.ConsoleTimes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The audit log page: the mode's events newest first, 50 a page, filtered by action; the next page
 * starts after the last id shown, as the API's cursor does.
 */
@Named
@RequestScoped
public class AuditLogPage {

  static final int PAGE_SIZE = 50;

  @Inject AuditEventService events;

  private String action;
  private String after;
  private List<Row> rows;
  private boolean more;

  /** Called by the page's view action, once its parameters are set. */
  public void load() {
    String wantedAction = action == null || action.isBlank() ? null : action.strip();
    String start = after == null || after.isBlank() ? null : after.strip();
    List<AuditEvent> page = events.list(wantedAction, null, start, PAGE_SIZE + 1);
    more = page.size() > PAGE_SIZE;
    rows = page.stream().limit(PAGE_SIZE).map(Row::new).toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isMore() {
    return more;
  }

  public String getLastId() {
    return rows.isEmpty() ? null : rows.get(rows.size() - 1).getId();
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
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

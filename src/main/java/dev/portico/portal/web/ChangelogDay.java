package dev.portico.portal.web;

import dev.portico.platform.api.ChangelogEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * The API changes of one day as the changelog page shows them. Getters, not record accessors:
 * Jakarta EL 5 reads bean properties only.
 */
public final class ChangelogDay {

  private final LocalDate date;
  private final List<Change> changes;

  ChangelogDay(LocalDate date, List<ChangelogEntry> entries) {
    this.date = date;
    this.changes = entries.stream().map(Change::new).toList();
  }

  /** The day as ISO 8601 text ({@code 2026-11-23}), for the heading and its {@code <time>}. */
  public String getDate() {
    return date.toString();
  }

  public List<Change> getChanges() {
    return changes;
  }

  /** One change: its kind, the API version it applies to, and what changed. */
  public static final class Change {

    private final ChangelogEntry entry;

    Change(ChangelogEntry entry) {
      this.entry = entry;
    }

    public String getKind() {
      return entry.kind();
    }

    public String getVersion() {
      return entry.version();
    }

    public String getSummary() {
      return entry.summary();
    }
  }
}

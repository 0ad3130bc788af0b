package dev.portico.portal.web;

import dev.portico.platform.api.Changelog;
import dev.portico.platform.api.ChangelogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /docs/changelog}: the entries {@code GET /api/v1/changelog} answers with, grouped by day,
 * newest first.
 */
@Named
@ApplicationScoped
public class ChangelogPage {

  @Inject Changelog changelog;

  public List<ChangelogDay> getDays() {
    return days(changelog.entries());
  }

  /** Consecutive entries of one date form a day; the order of the entries is kept. */
  static List<ChangelogDay> days(List<ChangelogEntry> entries) {
    Map<LocalDate, List<ChangelogEntry>> byDate = new LinkedHashMap<>();
    for (ChangelogEntry entry : entries) {
      byDate.computeIfAbsent(entry.date(), date -> new ArrayList<>()).add(entry);
    }
    return byDate.entrySet().stream()
        .map(day -> new ChangelogDay(day.getKey(), day.getValue()))
        .toList();
  }
}

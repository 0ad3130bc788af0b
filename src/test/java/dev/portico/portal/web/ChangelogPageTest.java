package dev.portico.portal.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import dev.portico.platform.api.Changelog;
import dev.portico.platform.api.ChangelogEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangelogPageTest {

  @Test
  void whenEntriesShareADateThenTheyFormOneDayInTheirOrder() {
    List<ChangelogDay> days =
        ChangelogPage.days(
            List.of(
                entry("2026-12-01", "added", "Jobs."),
                entry("2026-12-01", "changed", "Customers."),
                entry("2026-11-23", "added", "API v1 published.")));

    assertThat(
        days.stream().map(ChangelogDay::getDate).toList(), contains("2026-12-01", "2026-11-23"));
    assertThat(
        days.get(0).getChanges().stream().map(ChangelogDay.Change::getSummary).toList(),
        contains("Jobs.", "Customers."));
    ChangelogDay.Change first = days.get(1).getChanges().get(0);
    assertThat(first.getKind(), is("added"));
    assertThat(first.getVersion(), is("v1"));
  }

  @Test
  void whenPageIsReadThenItShowsEveryEntryOfTheApiChangelog() {
    ChangelogPage page = new ChangelogPage();
    page.changelog = new Changelog();

    List<String> shown =
        page.getDays().stream()
            .flatMap(day -> day.getChanges().stream())
            .map(ChangelogDay.Change::getSummary)
            .toList();

    assertThat(shown, is(page.changelog.entries().stream().map(ChangelogEntry::summary).toList()));
    assertThat(shown.isEmpty(), is(false));
  }

  private static ChangelogEntry entry(String date, String kind, String summary) {
    return new ChangelogEntry("changelog_entry", LocalDate.parse(date), "v1", kind, summary);
  }
}

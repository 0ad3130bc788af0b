package dev.portico.platform.id;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrefixedIdsTest {

  @Test
  void whenGeneratedThenPrefixAndFixedWidthBase62Body() {
    String id = PrefixedIds.generate("cus");

    assertThat(id, matchesPattern("cus_[0-9A-Za-z]{22}"));
    assertThat(PrefixedIds.isWellFormed(id, "cus"), is(true));
  }

  @Test
  void whenTheLongestPrefixIsUsedThenTheIdIsAsLongAsMaxLength() {
    assertThat(PrefixedIds.generate("abcdef").length(), is(PrefixedIds.MAX_LENGTH));
    assertThrows(IllegalArgumentException.class, () -> PrefixedIds.generate("abcdefg"));
  }

  @Test
  void whenGeneratedLaterThenSortsAfterEarlierIds() {
    Clock early = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    Clock late = Clock.fixed(Instant.parse("2026-11-23T09:00:00.001Z"), ZoneOffset.UTC);

    for (int i = 0; i < 100; i++) {
      assertThat(
          PrefixedIds.generate("job", early).compareTo(PrefixedIds.generate("job", late)),
          lessThan(0));
    }
  }

  @Test
  void whenManyGeneratedInTheSameMillisecondThenAllDistinct() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(PrefixedIds.generate("evt", clock));
    }
    assertThat(ids.size(), is(10_000));
  }

  @Test
  void whenPrefixIsNotLowercaseLettersThenRefused() {
    assertThrows(IllegalArgumentException.class, () -> PrefixedIds.generate("Cus"));
    assertThrows(IllegalArgumentException.class, () -> PrefixedIds.generate("c"));
    assertThrows(IllegalArgumentException.class, () -> PrefixedIds.generate("cus_"));
  }

  @Test
  void whenIdHasOtherPrefixOrBadBodyThenNotWellFormed() {
    String id = PrefixedIds.generate("inv");

    assertThat(PrefixedIds.isWellFormed(id, "pay"), is(false));
    assertThat(PrefixedIds.isWellFormed("inv_short", "inv"), is(false));
    assertThat(PrefixedIds.isWellFormed("inv_" + "!".repeat(22), "inv"), is(false));
    assertThat(PrefixedIds.isWellFormed(null, "inv"), is(false));
  }
}

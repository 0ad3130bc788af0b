package dev.portico.platform.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.portico.platform.id.PrefixedIds;
import org.junit.jupiter.api.Test;

class ParameterBoundsTest {

  @Test
  void whenAParameterNamesAnObjectThenItsBoundIsTheLongestId() {
    assertThat(ParameterBounds.maxLength("id"), is(PrefixedIds.MAX_LENGTH));
    assertThat(ParameterBounds.maxLength("customer"), is(PrefixedIds.MAX_LENGTH));
  }

  @Test
  void whenAParameterIsATimestampThenItsBoundIsTheLongestRfc3339DateTime() {
    assertThat(
        ParameterBounds.maxLength("created_gte"),
        is("2026-11-24T09:20:45.123456789+01:00".length()));
  }

  @Test
  void whenAParameterHasNoBoundOfItsOwnThenItGetsTheTextBound() {
    assertThat(ParameterBounds.maxLength("q"), is(ParameterBounds.TEXT_MAX_LENGTH));
    assertThat(ParameterBounds.maxLength("cursor"), is(512));
    assertThat(
        ParameterBounds.maxLength(ParameterBounds.IF_MATCH), is(ParameterBounds.TEXT_MAX_LENGTH));
  }
}

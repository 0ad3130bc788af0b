package dev.portico.platform.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class AcceptLanguageFilterTest {

  @Test
  void whenTheHeaderIsWellFormedThenItIsKept() {
    for (String header : new String[] {"en", "en-US,en;q=0.9,fr;q=0.5", "*", "de-CH;q=1.0"}) {
      assertThat(header, AcceptLanguageFilter.parses(header), is(true));
    }
  }

  @Test
  void whenTheHeaderCannotBeParsedThenItIsHidden() {
    for (String header : new String[] {";;;q=x,,-", "en-US;q=abc", "*;q=2", "en;q=-1"}) {
      assertThat(header, AcceptLanguageFilter.parses(header), is(false));
    }
  }
}

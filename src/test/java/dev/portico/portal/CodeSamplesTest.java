package dev.portico.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodeSamplesTest {

  @Test
  void whenSampleIsShownThenOnlyTrailingBlankLinesAreDropped() {
    String file = CodeSamples.read("verify_webhook.py");

    assertThat(CodeSamples.show("verify_webhook.py"), is(file.stripTrailing()));
    assertThat(file.startsWith(CodeSamples.show("verify_webhook.py")), is(true));
  }

  @Test
  void whenSampleIsMissingThenLoadingFailsNamingIt() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> CodeSamples.read("no-such-sample.txt"));

    assertThat(missing.getMessage(), containsString("no-such-sample.txt"));
  }
}

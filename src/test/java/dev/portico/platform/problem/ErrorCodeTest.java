package dev.portico.platform.problem;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

class ErrorCodeTest {

  @Test
  void whenAnyCodeThenTypeIsItsDocsPage() {
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(code.code(), matchesPattern("[a-z_]+"));
      assertThat(code.type(), is("/docs/errors/" + code.code()));
      assertThat(code.name(), code.defaultDetail().endsWith("."), is(true));
    }
  }

  @Test
  void whenContainerStatusThenMatchingCode() {
    assertThat(ErrorCode.forStatus(404), is(ErrorCode.NOT_FOUND));
    assertThat(ErrorCode.forStatus(405), is(ErrorCode.METHOD_NOT_ALLOWED));
    assertThat(ErrorCode.forStatus(413), is(ErrorCode.PAYLOAD_TOO_LARGE));
    assertThat(ErrorCode.forStatus(415), is(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
    assertThat(ErrorCode.forStatus(418), is(ErrorCode.BAD_REQUEST));
    assertThat(ErrorCode.forStatus(502), is(ErrorCode.INTERNAL_ERROR));
  }
}

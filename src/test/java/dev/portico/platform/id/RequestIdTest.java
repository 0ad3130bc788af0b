package dev.portico.platform.id;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"req_abcdefgh", "req_0GZlGz3ZzMXlqC1aYw8N1w"})
  void whenClientSendsWellFormedIdThenItIsKept(String clientId) {
    assertThat(RequestId.fromClientOrGenerate(clientId).value(), is(clientId));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "req_short",
        "abc_abcdefghij",
        "req_abcdefgh\r\nSet-Cookie: x=y",
        "req_abcdefgh<script>",
        "req_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void whenClientSendsMalformedIdThenAFreshOneIsGenerated(String clientId) {
    String id = RequestId.fromClientOrGenerate(clientId).value();

    assertThat(id, matchesPattern("req_[0-9A-Za-z]{22}"));
    assertThat(id, not(clientId));
  }
}

package dev.portico.account.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"/portal/audit-log", "/portal/audit-log?action=api_key.created", "/portal/"})
  void whenThePathIsInsideTheConsoleThenItIsKept(String path) {
    assertThat(ReturnPath.safe(path), equalTo(path));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "https://evil.example/portal/",
        "//evil.example/portal/",
        "/portal//evil.example",
        "/portal/\\evil",
        "/portal/../docs/",
        "/docs/",
        "/portal/login",
        "/portal/x\r\nSet-Cookie: a=b",
        ""
      })
  void whenThePathLeavesTheConsoleThenHomeIsUsed(String path) {
    assertThat(ReturnPath.safe(path), equalTo("/portal/"));
  }
}

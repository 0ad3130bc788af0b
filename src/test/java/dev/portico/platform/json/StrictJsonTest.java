package dev.portico.platform.json;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  private static ProblemException refused(byte[] body) {
    ProblemException refusal = assertThrows(ProblemException.class, () -> StrictJson.parse(body));
    assertThat(refusal.code(), is(ErrorCode.MALFORMED_JSON));
    return refusal;
  }

  private static ProblemException refused(String body) {
    return refused(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void whenBodyIsOneUtf8ObjectThenItIsRead() {
    JsonObject value =
        (JsonObject)
            StrictJson.parse(
                "{\"name\":\"Zoë\",\"tags\":[1,{\"a\":null}]} \n".getBytes(StandardCharsets.UTF_8));

    assertThat(value.getString("name"), is("Zoë"));
    assertThat(value.getJsonArray("tags").size(), is(2));
  }

  @Test
  void whenAKeyComesTwiceThenRefusedNamingIt() {
    assertThat(refused("{\"a\":1,\"a\":2}").getMessage(), containsString("\"a\" twice"));
    assertThat(refused("{\"o\":{\"b\":1,\"b\":1}}").getMessage(), containsString("\"b\" twice"));
  }

  @Test
  void whenSomethingFollowsTheValueThenRefused() {
    refused("{\"a\":1}{\"a\":2}");
    refused("{\"a\":1} x");
    refused("{\"a\":1}]");
  }

  @Test
  void whenBodyIsEmptyOrCutShortThenRefused() {
    refused("");
    refused("   ");
    refused("{\"a\":");
    refused("{\"a\":1,}");
  }

  @Test
  void whenNestedDeeperThanTheLimitThenRefusedWithoutOverflow() {
    String deep = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
    assertThat(refused(deep).getMessage(), containsString("deeper than 32"));
    refused("[".repeat(100_000));
    String justDeepEnough = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
    StrictJson.parse(justDeepEnough.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void whenNotUtf8ThenRefused() {
    refused(new byte[] {'{', '"', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    refused("{\"m\":\"bom\"}".getBytes(StandardCharsets.UTF_16));
    refused("{\"m\":\"x\"}".getBytes(StandardCharsets.UTF_16LE));
    byte[] bom = "\uFEFF{\"m\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(refused(bom).getMessage(), containsString("byte order mark"));
  }
}

package dev.portico.apikey.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

class ApiKeyTokenTest {

  private static final String BODY = "4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyjWDarjtT1z";

  @Test
  void whenGeneratedThenModePrefixAnd43Base62CharactersAndWellFormed() {
    ApiKeyToken test = ApiKeyToken.generate(false);
    ApiKeyToken live = ApiKeyToken.generate(true);

    assertThat(test.value(), matchesPattern("sk_test_[0-9A-Za-z]{43}"));
    assertThat(live.value(), matchesPattern("sk_live_[0-9A-Za-z]{43}"));
    assertThat(ApiKeyToken.isWellFormed(test.value()), is(true));
    assertThat(ApiKeyToken.isWellFormed(live.value()), is(true));
  }

  @Test
  void whenShapeIsWrongThenNotWellFormed() {
    assertThat(ApiKeyToken.isWellFormed("sk_test_" + BODY), is(true));
    assertThat(ApiKeyToken.isWellFormed(null), is(false));
    assertThat(ApiKeyToken.isWellFormed(""), is(false));
    assertThat(ApiKeyToken.isWellFormed("sk_prod_" + BODY), is(false));
    assertThat(ApiKeyToken.isWellFormed("pk_test_" + BODY), is(false));
    assertThat(ApiKeyToken.isWellFormed("sk_test_" + BODY.substring(1)), is(false));
    assertThat(ApiKeyToken.isWellFormed("sk_test_" + BODY + "x"), is(false));
    assertThat(ApiKeyToken.isWellFormed("sk_test_" + BODY.replace('4', '-')), is(false));
    assertThat(ApiKeyToken.isWellFormed("sk_test_" + BODY.replace('4', 'é')), is(false));
    assertThat(ApiKeyToken.isWellFormed("SK_TEST_" + BODY), is(false));
  }

  @Test
  void whenHashedThenLowerHexSha256OfTheWholeKey() {
    assertThat(ApiKeyToken.hashOf("sk_test_" + BODY), matchesPattern("[0-9a-f]{64}"));
    assertThat(
        ApiKeyToken.hashOf("sk_test_" + BODY).equals(ApiKeyToken.hashOf("sk_live_" + BODY)),
        is(false));
  }
}

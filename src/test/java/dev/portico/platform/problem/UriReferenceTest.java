package dev.portico.platform.problem;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UriReferenceTest {

  @Test
  void whenPathIsAlreadyAUriReferenceThenUnchanged() {
    String path = "/api/v1/customers/cus_1%C3%A9?limit=5&q=a+b";

    assertThat(UriReference.encode(path), is(path));
  }

  @Test
  void whenPathHoldsRawUtf8SpacesOrAStrayPercentThenEscaped() {
    String encoded = UriReference.encode("/api/v1/customers/é x%zz%4|");

    assertThat(encoded, is("/api/v1/customers/%C3%A9%20x%25zz%254%7C"));
    assertThat(URI.create(encoded).getPath(), is("/api/v1/customers/é x%zz%4|"));
  }
}

package dev.portico.platform.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

  static class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void whenBodyIsWithinLimitThenReadWhole() throws Exception {
    InputStream in =
        new BoundedInputStream(new ByteArrayInputStream(new byte[100]), 100, TooLarge::new);

    assertThat(in.readAllBytes().length, is(100));
  }

  @Test
  void whenBodyPassesLimitThenReadingStops() {
    InputStream in =
        new BoundedInputStream(new ByteArrayInputStream(new byte[101]), 100, TooLarge::new);

    assertThrows(TooLarge.class, in::readAllBytes);
  }

  @Test
  void whenReadByteByByteThenLimitStillHolds() throws Exception {
    InputStream in =
        new BoundedInputStream(new ByteArrayInputStream(new byte[3]), 2, TooLarge::new);

    in.read();
    in.read();
    assertThrows(TooLarge.class, in::read);
  }
}

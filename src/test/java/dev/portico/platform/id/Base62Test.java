package dev.portico.platform.id;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Base62Test {

  @Test
  void whenSixteenBytesThenTwentyTwoCharacters() {
    assertThat(Base62.widthFor(16), is(22));
    assertThat(Base62.encode(new byte[16], 22), is("0".repeat(22)));
  }

  @Test
  void whenBytesAreLargerThenEncodingSortsLater() {
    byte[] smaller = {0, 0, 1, (byte) 0xff};
    byte[] larger = {0, 1, 0, 0};

    assertThat(Base62.encode(smaller, 6).compareTo(Base62.encode(larger, 6)), lessThan(0));
  }

  @Test
  void whenRandomBytesThenSameDigitsAsArbitraryPrecisionArithmetic() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 1_000; i++) {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      assertThat(Base62.encode(bytes, 22), is(viaBigInteger(bytes)));
    }
  }

  private static String viaBigInteger(byte[] bytes) {
    java.math.BigInteger value = new java.math.BigInteger(1, bytes);
    java.math.BigInteger base = java.math.BigInteger.valueOf(62);
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 22; i++) {
      java.math.BigInteger[] division = value.divideAndRemainder(base);
      digits.append(Base62.ALPHABET.charAt(division[1].intValue()));
      value = division[0];
    }
    return digits.reverse().toString();
  }

  @Test
  void whenValueDoesNotFitThenRefused() {
    assertThrows(IllegalArgumentException.class, () -> Base62.encode(new byte[] {1, 0, 0}, 2));
  }
}

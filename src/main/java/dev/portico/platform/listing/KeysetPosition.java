package dev.portico.platform.listing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page ended: the last row's sort value (never null: sort keys are required columns) and
 * id. Written into a signed cursor, so it is only ever read back from a cursor this server made.
 */
public record KeysetPosition(Object value, String id) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** The row after which the next page starts. */
  public static <E> KeysetPosition after(E row, Sort<E> sort, String id) {
    return new KeysetPosition(sort.key().valueOf().apply(row), id);
  }

  String encode(SortKey.ValueKind kind) {
    byte[] text = kind.write(value).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(text) + "~" + id;
  }

  static Optional<KeysetPosition> decode(String text, SortKey.ValueKind kind) {
    int tilde = text.indexOf('~');
    if (tilde < 0) {
      return Optional.empty();
    }
    try {
      String value = new String(DECODER.decode(text.substring(0, tilde)), StandardCharsets.UTF_8);
      return Optional.of(new KeysetPosition(kind.read(value), text.substring(tilde + 1)));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}

package dev.portico.webhook.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.HttpEntity;

/**
 * The start of a response body, read no further than the limit, so that a receiver's huge or
 * endless answer costs Portico a few kilobytes and not the rest of the stream.
 *
 * @param text the bytes read, decoded as UTF-8 (malformed sequences replaced)
 * @param complete whether the body ended within what was read, so the connection may be reused
 */
record BodyExcerpt(String text, boolean complete) {

  /**
   * Reads at most {@code limit} bytes of the body and leaves the stream open: closing it would read
   * the rest, so the caller either closes it (complete) or discards the connection first.
   */
  static BodyExcerpt read(HttpEntity entity, int limit) {
    if (entity == null) {
      return new BodyExcerpt("", true);
    }
    byte[] buffer = new byte[limit];
    int length = 0;
    try {
      InputStream in = entity.getContent();
      if (in == null) {
        return new BodyExcerpt("", true);
      }
      while (length < limit) {
        int n = in.read(buffer, length, limit - length);
        if (n < 0) {
          return new BodyExcerpt(decode(buffer, length), true);
        }
        length += n;
      }
      return new BodyExcerpt(decode(buffer, length), entity.getContentLength() == length);
    } catch (IOException e) {
      // Cut short (the deadline, a reset): what arrived is still worth logging.
      return new BodyExcerpt(decode(buffer, length), false);
    }
  }

  private static String decode(byte[] bytes, int length) {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }
}

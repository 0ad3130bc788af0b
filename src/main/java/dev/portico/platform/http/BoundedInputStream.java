package dev.portico.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * An input stream that throws the supplied exception once more than {@code limit} bytes are read.
 */
public final class BoundedInputStream extends FilterInputStream {

  private final long limit;
  private final Supplier<? extends RuntimeException> onOverflow;
  private long count;

  public BoundedInputStream(
      InputStream in, long limit, Supplier<? extends RuntimeException> onOverflow) {
    super(in);
    this.limit = limit;
    this.onOverflow = onOverflow;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    advance(skipped);
    return skipped;
  }

  private void advance(long n) {
    count += n;
    if (count > limit) {
      throw onOverflow.get();
    }
  }
}

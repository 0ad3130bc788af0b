package dev.portico.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The code samples the docs show, read from {@code dev/portico/portal/samples/}: the same files the
 * build runs to prove each sample works, so a page never shows code that was not tested.
 */
public final class CodeSamples {

  static final String FOLDER = "samples/";

  private CodeSamples() {}

  /** The file's text as it is, with its final line break. */
  public static String read(String fileName) {
    try (InputStream in = CodeSamples.class.getResourceAsStream(FOLDER + fileName)) {
      if (in == null) {
        throw new IllegalStateException("code sample " + fileName + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's text as a page shows it: without trailing blank lines. */
  public static String show(String fileName) {
    return read(fileName).stripTrailing();
  }
}

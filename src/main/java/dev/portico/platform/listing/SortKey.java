package dev.portico.platform.listing;

import java.time.Instant;
import java.util.function.Function;

/**
 * A field a list may be sorted by: its API name, the entity attribute behind it (each backed by an
 * index that ends in the id), and how a row's value is written into and read from a cursor.
 */
public record SortKey<E>(
    String name, String attribute, Function<E, Object> valueOf, ValueKind kind) {

  /** How a sort value travels inside a cursor. */
  public enum ValueKind {
    TEXT,
    INSTANT;

    String write(Object value) {
      return this == INSTANT ? Long.toString(((Instant) value).toEpochMilli()) : (String) value;
    }

    Object read(String text) {
      return this == INSTANT ? Instant.ofEpochMilli(Long.parseLong(text)) : text;
    }
  }

  public static <E> SortKey<E> instant(String name, String attribute, Function<E, Instant> of) {
    return new SortKey<>(name, attribute, of::apply, ValueKind.INSTANT);
  }

  public static <E> SortKey<E> text(String name, String attribute, Function<E, String> of) {
    return new SortKey<>(name, attribute, of::apply, ValueKind.TEXT);
  }
}

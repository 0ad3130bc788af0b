package dev.portico.platform.listing;

/** A list's order: one documented field and a direction; the id breaks ties in the same one. */
public record Sort<E>(SortKey<E> key, boolean descending) {

  /** As written in a request and in the OpenAPI document, e.g. {@code created_at:desc}. */
  public String text() {
    return key.name() + (descending ? ":desc" : ":asc");
  }
}

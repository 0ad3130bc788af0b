package dev.portico.webhook.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One type of event Portico sends to webhook endpoints: its name, what it means, the record its
 * {@code data.object} is written from (the one the API answers with), and an example object.
 *
 * @param <T> that record
 */
public record WebhookEventType<T extends Record>(
    String type, String description, Class<T> objectType, T example) {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z_]*\\.[a-z][a-z_]*");

  public WebhookEventType {
    Objects.requireNonNull(type, "type is required");
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("an event type is <object>.<change>: " + type);
    }
    Objects.requireNonNull(description, "description is required");
    Objects.requireNonNull(objectType, "object type is required");
    if (!objectType.isInstance(example)) {
      throw new IllegalArgumentException(type + ": the example must be a " + objectType.getName());
    }
  }

  public static <T extends Record> WebhookEventType<T> of(
      String type, String description, Class<T> objectType, T example) {
    return new WebhookEventType<>(type, description, objectType, example);
  }
}

package dev.portico.webhook.catalog;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response records with parts taken out, to see the schemas accept what the API then writes. */
final class TestRecords {

  private TestRecords() {}

  /**
   * A copy of {@code record} with every component marked {@code @Schema(nullable = true)} null, and
   * the same done inside every record it holds.
   */
  static Record withNullablePartsNull(Record record) throws ReflectiveOperationException {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Object value = component.getAccessor().invoke(record);
      Schema schema =
          component
              .getAccessor()
              .getDeclaringClass()
              .getDeclaredField(component.getName())
              .getAnnotation(Schema.class);
      if (schema != null && schema.nullable()) {
        value = null;
      } else if (value instanceof Record nested) {
        value = withNullablePartsNull(nested);
      }
      values[i] = value;
    }
    Constructor<?> canonical =
        record
            .getClass()
            .getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
    return (Record) canonical.newInstance(values);
  }
}

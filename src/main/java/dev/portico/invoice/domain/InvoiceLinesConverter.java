package dev.portico.invoice.domain;

import dev.portico.platform.json.PorticoJsonb;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** An invoice's lines stored as one JSON array: they are always read and written together. */
@Converter
public class InvoiceLinesConverter implements AttributeConverter<List<InvoiceLine>, String> {

  private static final Type LINES =
      new ArrayList<InvoiceLine>() {}.getClass().getGenericSuperclass();

  @Override
  public String convertToDatabaseColumn(List<InvoiceLine> lines) {
    return PorticoJsonb.get().toJson(lines);
  }

  @Override
  public List<InvoiceLine> convertToEntityAttribute(String json) {
    List<InvoiceLine> lines = PorticoJsonb.get().fromJson(json, LINES);
    return List.copyOf(lines);
  }
}

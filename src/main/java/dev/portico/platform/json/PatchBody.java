package dev.portico.platform.json;

import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * A JSON merge-patch style body: the typed values, and which fields the client actually sent, so
 * that an absent field keeps its value while {@code null} clears it.
 */
public record PatchBody<T>(T value, Set<String> present) {

  /**
   * Binds {@code json} strictly (unknown fields and wrong types fail like any other body); a body
   * that is not a JSON object never gets here (JsonBodyReader refuses it).
   */
  public static <T> PatchBody<T> of(JsonObject json, Class<T> type) {
    return new PatchBody<>(PorticoJsonb.get().fromJson(json.toString(), type), json.keySet());
  }

  /** {@link #of} followed by Bean Validation of the bound value; violations are a 400. */
  public static <T> PatchBody<T> ofValid(JsonObject json, Class<T> type, Validator validator) {
    PatchBody<T> patch = of(json, type);
    Set<ConstraintViolation<T>> violations = validator.validate(patch.value());
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return patch;
  }

  public boolean has(String field) {
    return present.contains(field);
  }
}

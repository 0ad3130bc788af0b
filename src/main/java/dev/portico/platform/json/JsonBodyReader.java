package dev.portico.platform.json;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Reads every JSON request body of the API, whatever it binds to (a request record, or the JSON
 * object of a PATCH), through {@link StrictJson} and then JSON-B: one set of rules on every
 * operation, in place of the runtime's own JSON-B and JSON-P readers, which differ.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyReader implements MessageBodyReader<Object> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type != String.class
        && type != byte[].class
        && !InputStream.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] bytes = entity.readAllBytes();
    if (bytes.length == 0 && !required(annotations)) {
      return null;
    }
    JsonValue value = StrictJson.parse(bytes);
    if (JsonValue.class.isAssignableFrom(type)) {
      if (!type.isInstance(value) || !(value instanceof JsonObject)) {
        throw notAnObject();
      }
      return value;
    }
    if (!(value instanceof JsonObject)) {
      throw notAnObject();
    }
    return PorticoJsonb.get().fromJson(value.toString(), genericType);
  }

  /** An operation whose body is optional (a full refund) reads an empty one as none. */
  private static boolean required(Annotation[] annotations) {
    return Arrays.stream(annotations).anyMatch(NotNull.class::isInstance);
  }

  private static ProblemException notAnObject() {
    return new ProblemException(ErrorCode.INVALID_TYPE, "The request body must be a JSON object.");
  }
}

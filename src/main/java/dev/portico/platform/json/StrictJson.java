package dev.portico.platform.json;

import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The one reading of a request body's bytes as JSON, for every operation: UTF-8 without a byte
 * order mark, one value and nothing after it, no key twice in an object, nested at most {@value
 * #MAX_DEPTH} levels. Anything else is 400 {@code malformed_json}, never a guess at what the client
 * meant (which of two keys wins, what a U+FFFD stood for).
 */
public final class StrictJson {

  /** Far deeper than any Portico body; deep enough nesting would overflow the binder's stack. */
  public static final int MAX_DEPTH = 32;

  private StrictJson() {}

  public static JsonValue parse(byte[] body) {
    return parse(utf8(body));
  }

  static JsonValue parse(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw malformed("The request body is empty.");
      }
      JsonValue value = read(parser);
      if (parser.hasNext()) {
        throw malformed("The request body has more after its JSON value.");
      }
      return value;
    } catch (JsonException | NoSuchElementException | IllegalStateException e) {
      throw malformed(ErrorCode.MALFORMED_JSON.defaultDetail());
    }
  }

  private static String utf8(byte[] body) {
    if (body.length >= 2 && (isUtf8Bom(body) || isUtf16Bom(body))) {
      throw malformed("The request body must be UTF-8 without a byte order mark.");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed("The request body is not valid UTF-8.");
    }
  }

  private static boolean isUtf8Bom(byte[] body) {
    return body.length >= 3
        && (body[0] & 0xFF) == 0xEF
        && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF;
  }

  private static boolean isUtf16Bom(byte[] body) {
    int first = body[0] & 0xFF;
    int second = body[1] & 0xFF;
    return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE);
  }

  /** Builds the value event by event, with an explicit stack so depth never reaches the JVM's. */
  private static JsonValue read(JsonParser parser) {
    Deque<Container> open = new ArrayDeque<>();
    while (parser.hasNext()) {
      JsonParser.Event event = parser.next();
      JsonValue done = null;
      switch (event) {
        case START_OBJECT, START_ARRAY -> {
          if (open.size() == MAX_DEPTH) {
            throw malformed("The request body is nested deeper than " + MAX_DEPTH + " levels.");
          }
          open.push(new Container(event == JsonParser.Event.START_OBJECT));
        }
        case KEY_NAME -> open.peek().key(parser.getString());
        case END_OBJECT, END_ARRAY -> done = open.pop().build();
        default -> done = parser.getValue();
      }
      if (done != null) {
        if (open.isEmpty()) {
          return done;
        }
        open.peek().add(done);
      }
    }
    throw malformed(ErrorCode.MALFORMED_JSON.defaultDetail());
  }

  private static ProblemException malformed(String detail) {
    return new ProblemException(ErrorCode.MALFORMED_JSON, detail);
  }

  /** An object or array being read: its builder, and for an object the keys seen so far. */
  private static final class Container {
    private final JsonObjectBuilder object;
    private final JsonArrayBuilder array;
    private final Set<String> keys = new HashSet<>();
    private String key;

    Container(boolean isObject) {
      this.object = isObject ? Json.createObjectBuilder() : null;
      this.array = isObject ? null : Json.createArrayBuilder();
    }

    void key(String name) {
      if (!keys.add(name)) {
        throw malformed("The request body has the key \"" + name + "\" twice in one object.");
      }
      key = name;
    }

    void add(JsonValue value) {
      if (object != null) {
        object.add(key, value);
      } else {
        array.add(value);
      }
    }

    JsonValue build() {
      return object != null ? object.build() : array.build();
    }
  }
}

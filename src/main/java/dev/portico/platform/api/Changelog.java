package dev.portico.platform.api;

import dev.portico.platform.json.PorticoJsonb;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.List;

/** The API changelog, shipped with the code in {@code changelog.json}, newest entry first. */
@ApplicationScoped
public class Changelog {

  private static final String RESOURCE = "changelog.json";

  private final List<ChangelogEntry> entries = load();

  public List<ChangelogEntry> entries() {
    return entries;
  }

  private static List<ChangelogEntry> load() {
    try (InputStream in = Changelog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      List<ChangelogEntry> parsed = PorticoJsonb.get().fromJson(in, listOf(ChangelogEntry.class));
      return parsed.stream().sorted(Comparator.comparing(ChangelogEntry::date).reversed()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Type listOf(Class<?> element) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }
}

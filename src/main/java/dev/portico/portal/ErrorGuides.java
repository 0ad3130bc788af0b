package dev.portico.portal;

import dev.portico.platform.problem.ErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The guide of every {@link ErrorCode}, read from {@code
 * dev/portico/portal/error-guides.properties} ({@code <code>.causes}, {@code <code>.fix}). Loading
 * fails if a code has no guide ({@code ErrorGuidesTest} catches it in the build), so the {@code
 * type} URI of every problem Portico answers with leads to a real page.
 */
public final class ErrorGuides {

  private static final List<ErrorGuide> ALL = load();

  private ErrorGuides() {}

  /** Every guide, by status then code. */
  public static List<ErrorGuide> all() {
    return ALL;
  }

  public static Optional<ErrorGuide> find(String code) {
    return ALL.stream().filter(guide -> guide.getName().equals(code)).findFirst();
  }

  private static List<ErrorGuide> load() {
    ResourceBundle texts = ResourceBundle.getBundle("dev.portico.portal.error-guides");
    return Arrays.stream(ErrorCode.values())
        .map(
            code ->
                new ErrorGuide(
                    code,
                    texts.getString(code.code() + ".causes"),
                    texts.getString(code.code() + ".fix")))
        .sorted(
            (a, b) ->
                a.getStatus() != b.getStatus()
                    ? Integer.compare(a.getStatus(), b.getStatus())
                    : a.getName().compareTo(b.getName()))
        .toList();
  }
}

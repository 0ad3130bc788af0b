package dev.portico.portal;

import dev.portico.platform.problem.ErrorCode;
import java.util.Objects;

/**
 * The documentation page of one error code: what it means, why it happens, how to fix it. Getters,
 * not record accessors: Jakarta EL 5 reads bean properties only.
 */
public final class ErrorGuide {

  private final ErrorCode code;
  private final String causes;
  private final String fix;

  public ErrorGuide(ErrorCode code, String causes, String fix) {
    this.code = Objects.requireNonNull(code, "code is required");
    this.causes = Objects.requireNonNull(causes, "causes are required");
    this.fix = Objects.requireNonNull(fix, "fix is required");
  }

  public String getName() {
    return code.code();
  }

  public String getTitle() {
    return code.title();
  }

  public int getStatus() {
    return code.status();
  }

  public String getMeaning() {
    return code.defaultDetail();
  }

  public String getType() {
    return code.type();
  }

  public String getCauses() {
    return causes;
  }

  public String getFix() {
    return fix;
  }
}

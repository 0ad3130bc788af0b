package dev.portico.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import dev.portico.platform.problem.ErrorCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorGuidesTest {

  @Test
  void whenLoadedThenEveryErrorCodeHasAGuideWithCausesAndAFix() {
    assertThat(ErrorGuides.all().size(), is(ErrorCode.values().length));
    for (ErrorCode code : ErrorCode.values()) {
      ErrorGuide guide = ErrorGuides.find(code.code()).orElseThrow();
      assertThat(guide.getType(), is("/docs/errors/" + code.code()));
      assertThat(guide.getCauses().length(), greaterThan(40));
      assertThat(guide.getFix().length(), greaterThan(20));
    }
  }

  @Test
  void whenListedThenOrderedByStatusThenCode() {
    var guides = ErrorGuides.all();
    for (int i = 1; i < guides.size(); i++) {
      ErrorGuide before = guides.get(i - 1);
      ErrorGuide after = guides.get(i);
      boolean ordered =
          before.getStatus() < after.getStatus()
              || (before.getStatus() == after.getStatus()
                  && before.getName().compareTo(after.getName()) < 0);
      assertThat(before.getName() + " before " + after.getName(), ordered, is(true));
    }
  }

  @Test
  void whenCodeIsUnknownOrNotLowerCaseThenNoGuide() {
    assertThat(ErrorGuides.find("no_such_code"), is(Optional.empty()));
    assertThat(ErrorGuides.find("INVALID_CURSOR"), is(Optional.empty()));
    assertThat(ErrorGuides.find(""), is(Optional.empty()));
  }
}

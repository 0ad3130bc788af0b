package dev.portico.platform.time;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarScheduleTest {

  @Test
  void whenAttributesAreGivenThenTheyAreSetAndTheRestTakeTheDailyDefaultsInUtc() {
    ScheduleExpression daily = CalendarSchedule.parse("hour=0 minute=5").expression();

    assertThat(daily.getSecond(), is("0"));
    assertThat(daily.getMinute(), is("5"));
    assertThat(daily.getHour(), is("0"));
    assertThat(daily.getDayOfMonth(), is("*"));
    assertThat(daily.getDayOfWeek(), is("*"));
    assertThat(daily.getTimezone(), is("UTC"));
    ScheduleExpression often = CalendarSchedule.parse(" second=*/5  minute=* hour=* ").expression();
    assertThat(often.getSecond(), is("*/5"));
    assertThat(often.getHour(), is("*"));
  }

  @Test
  void whenAWordIsNotAKnownAttributeWithAValueThenParsingNamesIt() {
    for (String bad : List.of("hour", "hour=", "=5", "hours=1", "hour=0 minute")) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> CalendarSchedule.parse(bad), bad);
      assertThat(refused.getMessage(), containsString("not a calendar attribute=value pair"));
    }
  }

  @Test
  void whenATimerHasTheSameScheduleThenItIsKeptAndAnotherIsNot() {
    CalendarSchedule wanted = CalendarSchedule.parse("hour=0 minute=5");

    assertThat(wanted.sameAs(CalendarSchedule.parse("minute=5 hour=0").expression()), is(true));
    assertThat(wanted.sameAs(CalendarSchedule.parse("hour=1 minute=5").expression()), is(false));
    assertThat(
        wanted.sameAs(CalendarSchedule.parse("hour=0 minute=5").expression().timezone("CET")),
        is(false));
  }
}

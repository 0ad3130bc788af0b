package dev.portico.platform.time;

import jakarta.ejb.ScheduleExpression;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An EJB calendar schedule written in configuration as space-separated {@code attribute=value}
 * pairs in UTC, such as {@code "hour=0 minute=5 second=0"}; attributes left out take the EJB
 * defaults (every day, at second 0, minute 0, hour 0).
 */
public final class CalendarSchedule {

  private static final Set<String> ATTRIBUTES =
      Set.of("second", "minute", "hour", "dayOfMonth", "month", "dayOfWeek", "year");

  private final Map<String, String> values;

  private CalendarSchedule(Map<String, String> values) {
    this.values = values;
  }

  /**
   * @throws IllegalArgumentException naming the word that is not {@code attribute=value} with a
   *     known attribute
   */
  public static CalendarSchedule parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String word : text.strip().split("\\s+")) {
      int split = word.indexOf('=');
      String attribute = split < 0 ? word : word.substring(0, split);
      if (split <= 0 || split == word.length() - 1 || !ATTRIBUTES.contains(attribute)) {
        throw new IllegalArgumentException(
            "not a calendar attribute=value pair: \"" + word + "\"; attributes are " + ATTRIBUTES);
      }
      values.put(attribute, word.substring(split + 1));
    }
    return new CalendarSchedule(values);
  }

  public ScheduleExpression expression() {
    ScheduleExpression expression = new ScheduleExpression().timezone("UTC");
    expression.second(values.getOrDefault("second", "0"));
    expression.minute(values.getOrDefault("minute", "0"));
    expression.hour(values.getOrDefault("hour", "0"));
    expression.dayOfMonth(values.getOrDefault("dayOfMonth", "*"));
    expression.month(values.getOrDefault("month", "*"));
    expression.dayOfWeek(values.getOrDefault("dayOfWeek", "*"));
    expression.year(values.getOrDefault("year", "*"));
    return expression;
  }

  /** Whether {@code other} fires at the same times as this schedule. */
  public boolean sameAs(ScheduleExpression other) {
    ScheduleExpression mine = expression();
    return Objects.equals(mine.getSecond(), other.getSecond())
        && Objects.equals(mine.getMinute(), other.getMinute())
        && Objects.equals(mine.getHour(), other.getHour())
        && Objects.equals(mine.getDayOfMonth(), other.getDayOfMonth())
        && Objects.equals(mine.getMonth(), other.getMonth())
        && Objects.equals(mine.getDayOfWeek(), other.getDayOfWeek())
        && Objects.equals(mine.getYear(), other.getYear())
        && Objects.equals(mine.getTimezone(), other.getTimezone());
  }

  @Override
  public String toString() {
    return values.toString();
  }
}

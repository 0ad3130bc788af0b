package dev.portico.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.net.http.HttpResponse;
import java.util.List;

/**
 * One reading of a server's application metrics, as a Prometheus scraper gets them: {@code GET
 * /metrics?scope=application} in the text format, without a login.
 */
public final class ApplicationMetrics {

  private final List<String> samples;

  private ApplicationMetrics(List<String> samples) {
    this.samples = samples;
  }

  /** Reads the test server's metrics, or another server's when {@code baseUrl} is given. */
  public static ApplicationMetrics read(String baseUrl) {
    HttpResponse<String> answer = Api.get(baseUrl + "/metrics?scope=application");
    assertThat(answer.body(), answer.statusCode(), is(200));
    assertThat(answer.headers().firstValue("Content-Type").orElse(""), startsWith("text/plain"));
    return new ApplicationMetrics(
        answer.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
  }

  /** The test server's metrics. */
  public static ApplicationMetrics read() {
    return read("");
  }

  /**
   * The value of the series {@code name} (as exposed: a counter ends in {@code _total}) whose
   * labels include every {@code label="value"} given; fails when there is none.
   */
  public double value(String name, String... labels) {
    double sum = 0;
    boolean found = false;
    for (String sample : samples) {
      int space = sample.lastIndexOf(' ');
      String series = sample.substring(0, space);
      int brace = series.indexOf('{');
      String sampleName = brace < 0 ? series : series.substring(0, brace);
      String sampleLabels = brace < 0 ? "" : series.substring(brace);
      if (sampleName.equals(name) && hasAll(sampleLabels, labels)) {
        sum += Double.parseDouble(sample.substring(space + 1));
        found = true;
      }
    }
    if (!found) {
      throw new AssertionError(
          "no series " + name + " " + List.of(labels) + " among " + String.join("\n", samples));
    }
    return sum;
  }

  private static boolean hasAll(String sampleLabels, String... labels) {
    for (String label : labels) {
      if (!sampleLabels.contains(label)) {
        return false;
      }
    }
    return true;
  }
}

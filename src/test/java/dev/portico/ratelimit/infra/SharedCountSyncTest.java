package dev.portico.ratelimit.infra;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.optimization.batch.BatchingOptimization;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SharedCountSyncTest {

  @Test
  void whenNoRequestMayGoUnsynchronizedThenEveryBatchGoesToTheBackend() {
    assertThat(SharedCountSync.EXACT.exact(), is(true));
    assertThat(
        SharedCountSync.EXACT.optimization(TimeMeter.SYSTEM_MILLISECONDS),
        instanceOf(BatchingOptimization.class));
  }

  @Test
  void whenSomeRequestsMayGoUnsynchronizedThenTheyAreDelayed() {
    SharedCountSync twenty = new SharedCountSync(20, Duration.ofMillis(500));

    assertThat(twenty.exact(), is(false));
    assertThat(
        twenty.optimization(TimeMeter.SYSTEM_MILLISECONDS), instanceOf(DelayOptimization.class));
  }

  @Test
  void whenTheSettingsCannotWorkThenTheyAreRefusedNamingTheSetting() {
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class, () -> new SharedCountSync(-1, Duration.ofSeconds(1)));
    assertThat(negative.getMessage(), containsString("unsynchronized-requests"));

    IllegalArgumentException noTime =
        assertThrows(IllegalArgumentException.class, () -> new SharedCountSync(5, Duration.ZERO));
    assertThat(noTime.getMessage(), containsString("unsynchronized-for"));
  }
}

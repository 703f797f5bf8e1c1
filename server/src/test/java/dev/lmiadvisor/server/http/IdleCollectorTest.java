package dev.lmiadvisor.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdleCollectorTest {

  private static final Duration TICK = Duration.ofSeconds(5);
  private final AtomicInteger collections = new AtomicInteger();
  private final IdleCollector collector =
      new IdleCollector(Duration.ofSeconds(20), collections::incrementAndGet);

  private void request() throws IOException, ServletException {
    collector.filter().doFilter(null, null, (req, res) -> {});
  }

  @Test
  void aServerThatNeverServedAnything_isNeverCollected() {
    for (int i = 0; i < 20; i++) {
      assertFalse(collector.check(TICK));
    }
    assertEquals(0, collections.get());
  }

  @Test
  void afterTraffic_oneCollectionOnceTheQuietHasLasted() throws Exception {
    request();
    assertFalse(collector.check(TICK), "traffic in this interval");
    assertFalse(collector.check(TICK));
    assertFalse(collector.check(TICK));
    assertFalse(collector.check(TICK));
    assertTrue(collector.check(TICK), "20 s without a request");
    for (int i = 0; i < 10; i++) {
      collector.check(TICK);
    }
    assertEquals(1, collections.get(), "once per quiet spell, not every check");
  }

  @Test
  void steadyTraffic_isNeverInterrupted() throws Exception {
    for (int i = 0; i < 30; i++) {
      request();
      assertFalse(collector.check(TICK));
    }
    assertEquals(0, collections.get());
  }

  @Test
  void newTrafficAfterACollection_earnsTheNextOne() throws Exception {
    request();
    for (int i = 0; i < 6; i++) {
      collector.check(TICK);
    }
    request();
    collector.check(TICK);
    for (int i = 0; i < 4; i++) {
      collector.check(TICK);
    }
    assertEquals(2, collections.get());
  }
}

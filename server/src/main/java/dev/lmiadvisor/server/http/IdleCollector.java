package dev.lmiadvisor.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Gives memory back once the HTTP server has gone quiet after traffic. The collector the launcher
 * picks (Serial, for start-up) only shrinks the heap when it collects, and an idle server never
 * collects: after a burst the heap would stay at its peak for good. So when requests stop for
 * {@link #QUIET} after some arrived, it asks for one full collection, which compacts the heap and
 * hands what is free beyond {@code -XX:MaxHeapFreeRatio} back to the system. It asks again only
 * after new traffic.
 */
final class IdleCollector implements AutoCloseable {

  static final Duration QUIET = Duration.ofSeconds(20);
  private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

  private final LongAdder requests = new LongAdder();
  private final Duration quiet;
  private final Runnable collect;
  private ScheduledExecutorService timer;
  private long requestsAtLastCheck;
  private Duration quietFor = Duration.ZERO;
  private boolean trafficSinceCollection;

  /**
   * @param quiet how long no request may arrive before the collection
   * @param collect what a collection is ({@code System::gc} in the server)
   */
  IdleCollector(Duration quiet, Runnable collect) {
    this.quiet = quiet;
    this.collect = collect;
  }

  /** Checks every few seconds on a daemon thread of its own. */
  static IdleCollector started() {
    IdleCollector collector = new IdleCollector(QUIET, System::gc);
    collector.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("idle-collector").unstarted(r));
    long period = CHECK_EVERY.toMillis();
    collector.timer.scheduleWithFixedDelay(
        () -> collector.check(CHECK_EVERY), period, period, TimeUnit.MILLISECONDS);
    return collector;
  }

  /** Counts every request that reaches the server. */
  Filter filter() {
    return (ServletRequest request, ServletResponse response, FilterChain chain) -> {
      requests.increment();
      chain.doFilter(request, response);
    };
  }

  /**
   * One look at the traffic, {@code elapsed} after the last.
   *
   * @return whether it collected
   */
  synchronized boolean check(Duration elapsed) {
    long seen = requests.sum();
    if (seen != requestsAtLastCheck) {
      requestsAtLastCheck = seen;
      trafficSinceCollection = true;
      quietFor = Duration.ZERO;
      return false;
    }
    quietFor = quietFor.plus(elapsed);
    if (!trafficSinceCollection || quietFor.compareTo(quiet) < 0) {
      return false;
    }
    trafficSinceCollection = false;
    collect.run();
    return true;
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}

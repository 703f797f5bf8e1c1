package dev.lmiadvisor.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load on the Streamable HTTP transport: N concurrent MCP clients, each with its own session,
 * first sending only {@code ping} (the transport's own ceiling), then only a tool call, each phase
 * for a fixed time. Reports throughput, p50/p99 latency, errors and the server's RSS: idle before
 * the load, the highest seen during it (sampled every 100 ms), at its end, and after a rest.
 *
 * <p>Refuses any target that is not on this machine's loopback interface.
 *
 * <p>Usage: {@code HttpLoad <url> <clients> <seconds-per-phase> <server-pid> <tool>
 * <arguments-json> [rest-seconds]}
 */
public final class HttpLoad {

  private static final int MAX_REQUESTS_PER_CLIENT = 2_000_000;

  record Phase(
      String name, long requests, long errors, double seconds, long p50Micros, long p99Micros) {
    double throughput() {
      return requests / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "load is only ever sent to loopback, not " + url.getHost());
    }
    int clients = Integer.parseInt(args[1]);
    Duration phase = Duration.ofSeconds(Long.parseLong(args[2]));
    long pid = Long.parseLong(args[3]);
    String toolCall =
        "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"tools/call\",\"params\":{\"name\":\""
            + args[4]
            + "\",\"arguments\":"
            + args[5]
            + "}}";
    String ping = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"ping\"}";
    Duration rest = Duration.ofSeconds(args.length > 6 ? Long.parseLong(args[6]) : 0);

    long idleKb = rssKb(pid);
    RssPeak peak = RssPeak.sampling(pid);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      sessions.add(initialize(http, url));
    }
    Phase trivial = run("ping (transport ceiling)", http, url, sessions, ping, phase);
    Phase tool = run("tools/call " + args[4], http, url, sessions, toolCall, phase);
    long endKb = rssKb(pid);
    long peakKb = peak.stop();
    System.out.println("| phase | clients | requests | errors | throughput | p50 | p99 |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Phase p : List.of(trivial, tool)) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %.0f req/s | %.2f ms | %.2f ms |%n",
          p.name(),
          clients,
          p.requests(),
          p.errors(),
          p.throughput(),
          p.p50Micros() / 1000.0,
          p.p99Micros() / 1000.0);
    }
    System.out.printf(
        Locale.ROOT,
        "%ntool throughput / transport ceiling: %.2f%n",
        tool.throughput() / trivial.throughput());
    System.out.printf(
        Locale.ROOT,
        "server RSS: idle %d MB, peak under load %d MB, at the end %d MB%n",
        idleKb / 1024,
        peakKb / 1024,
        endKb / 1024);
    if (!rest.isZero()) {
      Thread.sleep(rest);
      System.out.printf(
          Locale.ROOT,
          "server RSS after %d s of rest: %d MB%n",
          rest.toSeconds(),
          rssKb(pid) / 1024);
    }
    FIRST_ERRORS.forEach(e -> System.out.println("error: " + e));
  }

  private static Phase run(
      String name,
      HttpClient http,
      URI url,
      List<String> sessions,
      String template,
      Duration length)
      throws InterruptedException {
    ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(sessions.size());
    long start = System.nanoTime();
    long end = start + length.toNanos();
    for (String session : sessions) {
      Thread.ofVirtual()
          .start(
              () -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                try {
                  for (int id = 1; System.nanoTime() < end && id < MAX_REQUESTS_PER_CLIENT; id++) {
                    long t0 = System.nanoTime();
                    boolean ok = send(http, url, session, template.formatted(id));
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (!ok) {
                      errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                      latencies.add(java.util.Arrays.copyOf(mine, n));
                      n = 0;
                    }
                    mine[n++] = micros;
                  }
                } finally {
                  latencies.add(java.util.Arrays.copyOf(mine, n));
                  done.countDown();
                }
              });
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> all = new ArrayList<>();
    latencies.forEach(
        chunk -> {
          for (long l : chunk) all.add(l);
        });
    Collections.sort(all);
    long p50 = all.isEmpty() ? 0 : all.get(all.size() / 2);
    long p99 =
        all.isEmpty() ? 0 : all.get((int) Math.min(all.size() - 1, Math.floor(all.size() * 0.99)));
    return new Phase(name, all.size(), errors.get(), seconds, p50, p99);
  }

  private static String initialize(HttpClient http, URI url)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            request(
                url,
                null,
                "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"load\",\"version\":\"1\"}}}"),
            HttpResponse.BodyHandlers.ofString());
    String session =
        response
            .headers()
            .firstValue("Mcp-Session-Id")
            .orElseThrow(() -> new IllegalStateException("no session: " + response.body()));
    http.send(
        request(url, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"),
        HttpResponse.BodyHandlers.discarding());
    return session;
  }

  /** The first few failures, shown after the run: an error count alone explains nothing. */
  private static final ConcurrentLinkedQueue<String> FIRST_ERRORS = new ConcurrentLinkedQueue<>();

  private static boolean send(HttpClient http, URI url, String session, String body) {
    try {
      HttpResponse<String> response =
          http.send(request(url, session, body), HttpResponse.BodyHandlers.ofString());
      boolean ok =
          response.statusCode() == 200
              && response.body().contains("\"result\"")
              && !response.body().contains("\"isError\":true");
      if (!ok && FIRST_ERRORS.size() < 5) {
        FIRST_ERRORS.add(response.statusCode() + " " + response.body().strip());
      }
      return ok;
    } catch (IOException e) {
      if (FIRST_ERRORS.size() < 5) {
        FIRST_ERRORS.add(e.toString());
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static HttpRequest request(URI url, String session, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      builder.header("Mcp-Session-Id", session);
    }
    return builder.build();
  }

  /** The highest RSS seen, sampled on a thread of its own until stopped. */
  private static final class RssPeak {
    private final AtomicLong highestKb = new AtomicLong();
    private final Thread sampler;

    private RssPeak(long pid) {
      sampler =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                      highestKb.accumulateAndGet(rssKb(pid), Math::max);
                      try {
                        Thread.sleep(100);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });
    }

    static RssPeak sampling(long pid) {
      return new RssPeak(pid);
    }

    long stop() throws InterruptedException {
      sampler.interrupt();
      sampler.join();
      return highestKb.get();
    }
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}

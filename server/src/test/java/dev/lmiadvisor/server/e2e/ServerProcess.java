package dev.lmiadvisor.server.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts the real packaged jar as a child process, the way clients start it. */
final class ServerProcess implements AutoCloseable {

  static final Path JAR = Path.of(System.getProperty("lmi.jar", "target/lmi-advisor.jar"));

  private final Process process;
  final int port;
  final Path stderr;

  private ServerProcess(Process process, int port, Path stderr) {
    this.process = process;
    this.port = port;
    this.stderr = stderr;
  }

  /** The java launcher running this test: a JDK 25, whatever the machine's default java is. */
  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  static List<String> command(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(java(), "--add-modules", "jdk.incubator.vector", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts {@code --http} on a free loopback port and waits until /health answers. */
  static ServerProcess http(Map<String, String> env, String... extraArgs) throws Exception {
    int port = freePort();
    List<String> args = new ArrayList<>(List.of("--http", "--port", String.valueOf(port)));
    args.addAll(List.of(extraArgs));
    Path stderr = Files.createTempFile("lmi-http", ".log");
    ProcessBuilder builder = new ProcessBuilder(command(args.toArray(String[]::new)));
    builder.environment().putAll(env);
    builder.redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    ServerProcess server = new ServerProcess(builder.start(), port, stderr);
    server.awaitHealthy();
    return server;
  }

  private void awaitHealthy() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited: " + Files.readString(stderr));
      }
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("server not healthy in 30 s: " + Files.readString(stderr));
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

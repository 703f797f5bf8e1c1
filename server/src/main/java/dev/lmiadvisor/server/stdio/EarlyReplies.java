package dev.lmiadvisor.server.stdio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK's own results for the requests a client sends the moment it starts ({@code initialize}
 * for each protocol version the server speaks, and the first page of {@code tools/list}, {@code
 * resources/list} and {@code prompts/list}), recorded at build time by {@link EarlyRepliesWriter}
 * from the full inventory. {@code EarlyRepliesTest} checks that they are what the SDK answers.
 */
public final class EarlyReplies {

  /** Where the build puts them, beside these classes. */
  static final String RESOURCE = "early-replies.txt";

  /** The list requests answered early; each has only a first page here. */
  static final List<String> LISTS = List.of("tools/list", "resources/list", "prompts/list");

  static final String INITIALIZE = "initialize";

  /** The client's word that it has read the initialize reply; the SDK answers nothing before it. */
  static final String INITIALIZED = "notifications/initialized";

  private final Map<String, String> results;

  EarlyReplies(Map<String, String> results) {
    this.results = Map.copyOf(results);
  }

  /**
   * The recorded replies of the full inventory, or empty when the classes were built without them.
   */
  public static Optional<EarlyReplies> forFullInventory() {
    try (InputStream in = EarlyReplies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(read(in));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** One result per line: the key ({@code initialize <version>} or a method), a tab, the JSON. */
  static EarlyReplies read(InputStream in) throws IOException {
    Map<String, String> results = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        results.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return new EarlyReplies(results);
  }

  /**
   * The response to an {@code initialize} request, when the client asks for a protocol version the
   * server speaks (the SDK answers any other with its own choice, so those go to the SDK).
   */
  Optional<String> initialize(EarlyRequest request) {
    if (!request.isRequest()
        || !request.method().equals(INITIALIZE)
        || request.protocolVersion() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(results.get(key(request.protocolVersion()))).map(request::reply);
  }

  /** The response to the first page of a list request, or empty for any other request. */
  Optional<String> list(EarlyRequest request) {
    if (!request.isRequest() || request.paged() || !LISTS.contains(request.method())) {
      return Optional.empty();
    }
    return Optional.ofNullable(results.get(request.method())).map(request::reply);
  }

  static String key(String protocolVersion) {
    return INITIALIZE + " " + protocolVersion;
  }

  Map<String, String> results() {
    return results;
  }
}

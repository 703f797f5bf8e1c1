package dev.lmiadvisor.server.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * What a tool says about its output fields beyond their Java types: which may be null, which text
 * fields take fixed values, and each field's description ({@code output-descriptions.properties},
 * under {@code tool.json.path}). A note on a field the output does not have is an error, so the
 * notes cannot outlive the fields they describe.
 *
 * <p>A path is dotted JSON ({@code standard_lambda.monthly_usd}; an array's fields under the
 * array's path, its items under {@code path[]}), or {@code *.name} for a field wherever it occurs.
 */
final class FieldNotes {

  private final String tool;
  private final Set<String> nullable = new HashSet<>();
  private final Map<String, List<?>> values = new HashMap<>();
  private final Set<String> seen = new HashSet<>();

  FieldNotes(String tool) {
    this.tool = tool;
  }

  void nullable(String... paths) {
    nullable.addAll(List.of(paths));
  }

  void values(String path, List<?> allowed) {
    values.put(path, List.copyOf(allowed));
  }

  /** Records that the output has this path. */
  void saw(String path) {
    seen.add(path);
  }

  boolean isNullable(String path) {
    return nullable.stream().anyMatch(p -> matches(p, path));
  }

  Optional<List<?>> valuesOf(String path) {
    return values.entrySet().stream()
        .filter(e -> matches(e.getKey(), path))
        .<List<?>>map(Map.Entry::getValue)
        .findFirst();
  }

  Optional<String> description(String path) {
    return Optional.ofNullable(Descriptions.ALL.getProperty(tool + "." + path));
  }

  /**
   * @throws IllegalStateException naming the notes whose field the output does not have
   */
  void checkAllUsed() {
    List<String> unknown = new ArrayList<>();
    nullable.stream()
        .filter(p -> seen.stream().noneMatch(s -> matches(p, s)))
        .forEach(unknown::add);
    values.keySet().stream()
        .filter(p -> seen.stream().noneMatch(s -> matches(p, s)))
        .forEach(unknown::add);
    String prefix = tool + ".";
    Descriptions.ALL.stringPropertyNames().stream()
        .filter(k -> k.startsWith(prefix))
        .map(k -> k.substring(prefix.length()))
        .filter(p -> !seen.contains(p))
        .forEach(unknown::add);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          tool + ": the output has no field " + unknown + " (see output-descriptions.properties)");
    }
  }

  private static boolean matches(String pattern, String path) {
    if (pattern.equals(path)) {
      return true;
    }
    if (pattern.startsWith("*.")) {
      String name = pattern.substring(2);
      return path.equals(name) || path.endsWith("." + name);
    }
    return false;
  }

  /** Read only when a schema is derived, which a packaged server never does at start-up. */
  private static final class Descriptions {
    static final Properties ALL = load();
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = FieldNotes.class.getResourceAsStream("output-descriptions.properties")) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}

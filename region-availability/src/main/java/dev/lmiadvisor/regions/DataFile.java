package dev.lmiadvisor.regions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one of the embedded JSON data files and checks its fields as it goes. A broken data file is
 * our bug, not the caller's, so problems are {@link IllegalStateException}s that name the file and
 * the field.
 */
final class DataFile {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String FOLDER = "/dev/lmiadvisor/regions/";

  private final String name;
  private final JsonNode root;

  private DataFile(String name, JsonNode root) {
    this.name = name;
    this.root = root;
  }

  static DataFile read(String name) {
    try (InputStream in = DataFile.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("data file " + FOLDER + name + " is missing");
      }
      return new DataFile(name, MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("data file " + name + " cannot be read", e);
    }
  }

  /** For tests: a data file given as text. */
  static DataFile parse(String name, String json) {
    try {
      return new DataFile(name, MAPPER.readTree(json));
    } catch (IOException e) {
      throw new IllegalStateException("data file " + name + " is not valid JSON", e);
    }
  }

  String name() {
    return name;
  }

  JsonNode root() {
    return root;
  }

  List<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw problem(field + " must be a list");
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return items;
  }

  String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw problem(field + " must be a non-blank string in " + abbreviate(node));
    }
    return value.asText();
  }

  Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(text(node, field));
  }

  List<String> texts(JsonNode node, String field) {
    return array(node, field).stream()
        .map(
            item -> {
              if (!item.isTextual() || item.asText().isBlank()) {
                throw problem(field + " must hold non-blank strings in " + abbreviate(node));
              }
              return item.asText();
            })
        .toList();
  }

  LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw problem(field + " must be a date (yyyy-mm-dd), not '" + value + "'");
    }
  }

  Optional<LocalDate> optionalDate(JsonNode node, String field) {
    return optionalText(node, field).map(v -> date(node, field));
  }

  IllegalStateException problem(String message) {
    return new IllegalStateException("data file " + name + ": " + message);
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}

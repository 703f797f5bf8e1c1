package dev.lmiadvisor.slack.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tool's input schema (the JSON Schema maps the server's Schema builder produces): the
 * arguments, their types, enum values and descriptions, and which are required.
 */
public record InputSchema(Map<String, Map<String, Object>> properties, List<String> required) {

  public static InputSchema of(Map<String, Object> schema) {
    Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
    if (schema.get("properties") instanceof Map<?, ?> map) {
      map.forEach(
          (name, property) -> {
            if (property instanceof Map<?, ?> p) {
              properties.put(name.toString(), copy(p));
            }
          });
    }
    return new InputSchema(properties, strings(schema.get("required")));
  }

  /** The type of an argument; for a nullable {@code ["integer","null"]} the non-null one. */
  public static String type(Map<String, Object> property) {
    Object type = property.get("type");
    if (type instanceof List<?> types) {
      return types.stream()
          .map(String::valueOf)
          .filter(t -> !t.equals("null"))
          .findFirst()
          .orElse("string");
    }
    return type == null ? "string" : type.toString();
  }

  public static List<String> enumValues(Map<String, Object> property) {
    return strings(property.get("enum"));
  }

  private static Map<String, Object> copy(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k.toString(), v));
    return copy;
  }

  private static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> result.add(String.valueOf(v)));
    }
    return result;
  }
}

package dev.lmiadvisor.server.console;

import dev.lmiadvisor.errors.UserInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A calculator form's fields as a tool's arguments, typed by the tool's input schema: integers,
 * numbers, check boxes as booleans, the rest as text; an empty field is left out, so the tool's own
 * default applies, exactly as when an MCP client leaves the argument out.
 */
final class FormArguments {

  private FormArguments() {}

  static Map<String, Object> of(Map<String, Object> inputSchema, Function<String, String> form) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    if (!(inputSchema.get("properties") instanceof Map<?, ?> properties)) {
      return arguments;
    }
    properties.forEach(
        (key, value) -> {
          String field = String.valueOf(key);
          String type = value instanceof Map<?, ?> p ? String.valueOf(p.get("type")) : "string";
          String raw = form.apply(field);
          if (type.equals("boolean")) {
            if (raw != null) {
              arguments.put(field, raw.equals("on") || raw.equals("true"));
            }
            return;
          }
          if (raw == null || raw.isBlank()) {
            return;
          }
          String text = raw.strip();
          try {
            switch (type) {
              case "integer" -> arguments.put(field, Long.parseLong(text.replace("_", "")));
              case "number" -> arguments.put(field, Double.parseDouble(text));
              case "array" -> arguments.put(field, List.of(text.split("\\s*,\\s*")));
              default -> arguments.put(field, text);
            }
          } catch (NumberFormatException e) {
            throw new UserInputException(
                "'%s' must be a %s, not '%s'"
                    .formatted(field, type.equals("integer") ? "whole number" : "number", text));
          }
        });
    return arguments;
  }
}

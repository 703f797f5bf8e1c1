package dev.lmiadvisor.server.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.tools.vocabulary.Suggestions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a call's arguments against the tool's input schema with the JSON Schema validator the MCP
 * SDK uses (networknt, draft 2020-12), and fills in the schema's defaults. A failure becomes one
 * {@link UserInputException} naming the argument and what it accepts, in words rather than the
 * validator's JSON paths.
 */
final class InputCheck {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(Dialects.getDraft202012());
  private static final Map<String, InputCheck> CHECKS = new ConcurrentHashMap<>();

  private final ToolDefinition tool;
  private final Schema schema;

  private InputCheck(ToolDefinition tool) {
    this.tool = tool;
    this.schema = REGISTRY.getSchema(PLAIN.valueToTree(tool.inputSchema()));
  }

  static InputCheck of(ToolDefinition tool) {
    InputCheck check = CHECKS.get(tool.name());
    if (check == null || check.tool != tool) {
      check = new InputCheck(tool);
      CHECKS.put(tool.name(), check);
    }
    return check;
  }

  /**
   * @return the arguments with the schema's defaults added for those not given
   * @throws UserInputException for the first problem, by argument name
   */
  Map<String, Object> check(Map<String, Object> arguments) {
    Map<String, Object> given = new LinkedHashMap<>();
    arguments.forEach(
        (name, value) -> {
          if (value != null) {
            given.put(name, value);
          }
        });
    JsonNode node = PLAIN.valueToTree(given);
    List<Error> errors = schema.validate(node);
    if (!errors.isEmpty()) {
      Error first = errors.stream().min(Comparator.comparingInt(InputCheck::rank)).orElseThrow();
      throw new UserInputException(message(first), argument(first));
    }
    defaults().forEach(given::putIfAbsent);
    return given;
  }

  /** Unknown and missing arguments first: they explain the other errors. */
  private static int rank(Error error) {
    return switch (error.getKeyword()) {
      case "additionalProperties" -> 0;
      case "required" -> 1;
      case "type" -> 2;
      default -> 3;
    };
  }

  private Map<String, Object> defaults() {
    Map<String, Object> defaults = new LinkedHashMap<>();
    properties()
        .forEach(
            (name, property) -> {
              if (property instanceof Map<?, ?> p && p.containsKey("default")) {
                defaults.put(String.valueOf(name), p.get("default"));
              }
            });
    return defaults;
  }

  private Map<?, ?> properties() {
    return tool.inputSchema().get("properties") instanceof Map<?, ?> p ? p : Map.of();
  }

  private String argument(Error error) {
    if (error.getProperty() != null
        && ("required".equals(error.getKeyword())
            || "additionalProperties".equals(error.getKeyword()))) {
      return error.getProperty();
    }
    var location = error.getInstanceLocation();
    return location.getNameCount() == 0 ? null : String.valueOf(location.getElement(0));
  }

  private String message(Error error) {
    String name = argument(error);
    Map<?, ?> property = name == null ? Map.of() : asMap(properties().get(name));
    JsonNode value = error.getInstanceNode();
    Object limit = limit(error, property);
    return switch (error.getKeyword()) {
      case "required" -> "'%s' is required: %s".formatted(name, describe(property));
      case "additionalProperties" ->
          "'%s' is not an argument of %s%s; it takes %s"
              .formatted(name, tool.name(), suggest(name, names()), String.join(", ", names()));
      case "type" -> "'%s' must be %s, not %s".formatted(name, typeWords(property), shown(value));
      case "enum" ->
          "'%s' must be one of %s, not %s%s"
              .formatted(name, enumWords(property), shown(value), closest(value, property));
      case "minimum", "exclusiveMinimum" ->
          "'%s' must be %s %s, not %s"
              .formatted(
                  name,
                  "minimum".equals(error.getKeyword()) ? "at least" : "above",
                  plain(limit),
                  shown(value));
      case "maximum", "exclusiveMaximum" ->
          "'%s' must be at most %s, not %s".formatted(name, plain(limit), shown(value));
      case "minLength" ->
          value != null && value.asText().isEmpty()
              ? "'%s' is empty; give %s".formatted(name, describe(property))
              : "'%s' is too short".formatted(name);
      case "maxLength" ->
          "'%s' is %d characters long; at most %s are accepted"
              .formatted(name, value == null ? 0 : value.asText().length(), plain(limit));
      case "pattern" -> "'%s' does not look right: %s".formatted(name, shown(value));
      case "minItems", "maxItems" -> "'%s' needs %s".formatted(name, itemsWords(property));
      default ->
          "'%s': %s"
              .formatted(name == null ? "arguments" : name, error.getMessage().replace("$.", ""));
    };
  }

  /** The keyword's bound: from the failing schema node, else from the argument's own schema. */
  private static Object limit(Error error, Map<?, ?> property) {
    JsonNode node = error.getSchemaNode();
    if (node != null && node.isNumber()) {
      return node.numberValue();
    }
    return property.get(error.getKeyword());
  }

  private static String closest(JsonNode value, Map<?, ?> property) {
    if (value == null || !value.isTextual() || !(property.get("enum") instanceof List<?> values)) {
      return "";
    }
    return suggest(value.asText(), values.stream().map(String::valueOf).toList());
  }

  /** {@code " (did you mean a?)"} when a candidate is a likely typo of the text, else "". */
  private static String suggest(String text, List<String> candidates) {
    List<String> close = Suggestions.closest(text, candidates, 2);
    return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
  }

  private List<String> names() {
    return properties().keySet().stream().map(String::valueOf).toList();
  }

  private static Map<?, ?> asMap(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }

  private static String describe(Map<?, ?> property) {
    Object description = property.get("description");
    if (property.get("enum") instanceof List<?>) {
      return "one of " + enumWords(property);
    }
    return description == null ? typeWords(property) : description.toString();
  }

  private static String enumWords(Map<?, ?> property) {
    return property.get("enum") instanceof List<?> values
        ? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
        : "?";
  }

  private static String itemsWords(Map<?, ?> property) {
    Object min = property.get("minItems");
    Object max = property.get("maxItems");
    return "%s to %s items"
        .formatted(min == null ? "0" : plain(min), max == null ? "any number of" : plain(max));
  }

  private static String typeWords(Map<?, ?> property) {
    return switch (String.valueOf(property.get("type"))) {
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "array" -> "a list";
      case "object" -> "an object";
      default -> "text";
    };
  }

  private static String shown(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    return text.length() > 80 ? text.substring(0, 77) + "…'" : text;
  }

  private static String plain(Object number) {
    if (number instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Long.toString(n.longValue());
    }
    return String.valueOf(number);
  }
}

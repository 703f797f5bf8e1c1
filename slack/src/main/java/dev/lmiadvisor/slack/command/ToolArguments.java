package dev.lmiadvisor.slack.command;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words a person typed into a tool's arguments, typed by the tool's own input schema: the
 * schema is the one definition of what a tool takes, so a tool that gains an argument on the server
 * can be used from Slack without a change here.
 *
 * <p>Three forms are accepted: {@code name=value} (any argument), a bare value that is an enum
 * value of exactly one argument ({@code java}, {@code arm64}), and a bare value in the subcommand's
 * positional order ({@code /lmi cost 50M 120 2048}). The MCP SDK validates arguments against the
 * schema before a handler runs; Slack calls handlers directly, so the same checks happen here, each
 * failure naming what to type instead.
 */
public final class ToolArguments {

  private static final Pattern NUMBER =
      Pattern.compile("(-?\\d+(?:\\.\\d+)?)([kmb])?", Pattern.CASE_INSENSITIVE);

  private final Subcommand subcommand;
  private final Map<String, Map<String, Object>> properties;
  private final List<String> required;

  private ToolArguments(Subcommand subcommand, Map<String, Object> inputSchema) {
    InputSchema schema = InputSchema.of(inputSchema);
    this.subcommand = subcommand;
    this.properties = schema.properties();
    this.required = schema.required();
  }

  /**
   * @throws IllegalArgumentException naming the argument and what it accepts
   */
  public static Map<String, Object> parse(
      Subcommand subcommand, Map<String, Object> inputSchema, List<String> words) {
    return new ToolArguments(subcommand, inputSchema).parse(words);
  }

  /**
   * The whole text as the subcommand's one free-text argument (a question, an AWS command), checked
   * against that argument's schema.
   */
  public static Map<String, Object> freeText(
      Subcommand subcommand, Map<String, Object> inputSchema, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          "`/lmi %s` needs %s. Usage: `%s`"
              .formatted(subcommand.word(), subcommand.freeTextArgument(), subcommand.usage()));
    }
    ToolArguments arguments = new ToolArguments(subcommand, inputSchema);
    Map<String, Object> result = new LinkedHashMap<>();
    arguments.put(result, subcommand.freeTextArgument(), text);
    subcommand.fixedArguments().forEach(result::putIfAbsent);
    return result;
  }

  private Map<String, Object> parse(List<String> words) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    Deque<String> positional = new ArrayDeque<>(subcommand.positional());
    for (String word : words) {
      int equals = word.indexOf('=');
      if (equals > 0) {
        String name = word.substring(0, equals).toLowerCase(Locale.ROOT).replace('-', '_');
        put(arguments, name, word.substring(equals + 1));
        positional.remove(name);
        continue;
      }
      Optional<String> enumOwner = enumOwner(word, arguments);
      if (enumOwner.isPresent()) {
        put(arguments, enumOwner.get(), word);
        positional.remove(enumOwner.get());
        continue;
      }
      if (positional.isEmpty()) {
        throw new IllegalArgumentException(
            "I don't know which argument `%s` is. Write it as name=value; `%s` takes: %s."
                .formatted(word, subcommand.usage(), String.join(", ", properties.keySet())));
      }
      put(arguments, positional.removeFirst(), word);
    }
    subcommand.fixedArguments().forEach(arguments::putIfAbsent);
    List<String> missing = required.stream().filter(r -> !arguments.containsKey(r)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "`%s` needs %s. Usage: `%s`"
              .formatted(
                  "/lmi " + subcommand.word(), String.join(" and ", missing), subcommand.usage()));
    }
    return arguments;
  }

  /**
   * The one argument whose enum contains the word, if exactly one does; when several do, the one
   * not yet set.
   */
  private Optional<String> enumOwner(String word, Map<String, Object> set) {
    List<String> owners =
        properties.entrySet().stream()
            .filter(
                p ->
                    InputSchema.enumValues(p.getValue()).stream()
                        .anyMatch(v -> v.equalsIgnoreCase(word)))
            .map(Map.Entry::getKey)
            .toList();
    if (owners.size() > 1) {
      owners = owners.stream().filter(o -> !set.containsKey(o)).toList();
    }
    return owners.size() == 1 ? Optional.of(owners.getFirst()) : Optional.empty();
  }

  private void put(Map<String, Object> arguments, String name, String raw) {
    Map<String, Object> schema = properties.get(name);
    if (schema == null) {
      throw new IllegalArgumentException(
          "`%s` is not an argument of `/lmi %s`; it takes: %s."
              .formatted(name, subcommand.word(), String.join(", ", properties.keySet())));
    }
    if (arguments.containsKey(name)) {
      throw new IllegalArgumentException("`%s` is given twice; keep one.".formatted(name));
    }
    arguments.put(name, value(name, schema, raw));
  }

  private static Object value(String name, Map<String, Object> schema, String raw) {
    String type = InputSchema.type(schema);
    Object value =
        switch (type) {
          case "integer" -> wholeNumber(name, raw);
          case "number" -> number(name, raw);
          case "boolean" -> bool(name, raw);
          case "array" ->
              Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
          default -> enumCase(schema, raw);
        };
    checkEnum(name, schema, value);
    checkRange(name, schema, value);
    checkLength(name, schema, value);
    return value;
  }

  private static Object wholeNumber(String name, String raw) {
    BigDecimal number = parseNumber(name, raw);
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "`%s` must be a whole number, not `%s`.".formatted(name, raw));
    }
  }

  private static Object number(String name, String raw) {
    return parseNumber(name, raw).doubleValue();
  }

  /** Accepts {@code 50M}, {@code 1.5k}, {@code 2B}, {@code 1,000,000} and {@code 1_000_000}. */
  private static BigDecimal parseNumber(String name, String raw) {
    Matcher m = NUMBER.matcher(raw.replace(",", "").replace("_", ""));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "`%s` must be a number (like 2048, 1.5k or 50M), not `%s`.".formatted(name, raw));
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String suffix = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    return switch (suffix) {
      case "k" -> number.scaleByPowerOfTen(3);
      case "m" -> number.scaleByPowerOfTen(6);
      case "b" -> number.scaleByPowerOfTen(9);
      default -> number;
    };
  }

  private static Object bool(String name, String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default ->
          throw new IllegalArgumentException(
              "`%s` must be true or false, not `%s`.".formatted(name, raw));
    };
  }

  /** An enum value in the schema's own spelling, so {@code ARM64} works as {@code arm64}. */
  private static Object enumCase(Map<String, Object> schema, String raw) {
    return InputSchema.enumValues(schema).stream()
        .filter(v -> v.equalsIgnoreCase(raw))
        .findFirst()
        .orElse(raw);
  }

  private static void checkEnum(String name, Map<String, Object> schema, Object value) {
    List<String> allowed = InputSchema.enumValues(schema);
    if (!allowed.isEmpty() && !allowed.contains(String.valueOf(value))) {
      throw new IllegalArgumentException(
          "`%s` must be one of %s, not `%s`."
              .formatted(name, String.join(", ", allowed), String.valueOf(value)));
    }
  }

  private static void checkRange(String name, Map<String, Object> schema, Object value) {
    if (!(value instanceof Number n)) {
      return;
    }
    if (schema.get("minimum") instanceof Number min && n.doubleValue() < min.doubleValue()) {
      throw new IllegalArgumentException(
          "`%s` must be at least %s.".formatted(name, plain(min.doubleValue())));
    }
    if (schema.get("maximum") instanceof Number max && n.doubleValue() > max.doubleValue()) {
      throw new IllegalArgumentException(
          "`%s` must be at most %s.".formatted(name, plain(max.doubleValue())));
    }
  }

  private static void checkLength(String name, Map<String, Object> schema, Object value) {
    if (!(value instanceof String s)) {
      return;
    }
    if (schema.get("maxLength") instanceof Number max && s.length() > max.intValue()) {
      throw new IllegalArgumentException(
          "`%s` is %d characters long; at most %d are accepted. Shorten it."
              .formatted(name, s.length(), max.intValue()));
    }
    if (schema.get("minLength") instanceof Number min && s.length() < min.intValue()) {
      throw new IllegalArgumentException("`%s` is empty; write one.".formatted(name));
    }
    if (schema.get("pattern") instanceof String regex
        && !Pattern.compile(regex).matcher(s).find()) {
      throw new IllegalArgumentException("`%s` does not look right: `%s`.".formatted(name, s));
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}

package dev.lmiadvisor.slack.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Read access to a tool's structured output (the snake_case JSON tree of SPEC.md) and the one way
 * its values are written for people.
 */
public record Output(Map<String, Object> fields) {

  public Output {
    fields = fields == null ? Map.of() : fields;
  }

  public Optional<Object> get(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  public String text(String name) {
    return get(name).map(Output::format).orElse("");
  }

  public Optional<Double> number(String name) {
    return get(name).filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue());
  }

  public boolean flag(String name) {
    return Boolean.TRUE.equals(fields.get(name));
  }

  public List<Object> list(String name) {
    return fields.get(name) instanceof List<?> list
        ? java.util.Collections.unmodifiableList(new java.util.ArrayList<Object>(list))
        : List.of();
  }

  public List<Output> objects(String name) {
    return list(name).stream().filter(Map.class::isInstance).map(Output::of).toList();
  }

  public Optional<Output> object(String name) {
    return get(name).filter(Map.class::isInstance).map(Output::of);
  }

  public List<String> strings(String name) {
    return list(name).stream().map(Output::format).toList();
  }

  @SuppressWarnings("unchecked")
  static Output of(Object map) {
    return new Output((Map<String, Object>) map);
  }

  /** A value for people: grouped whole numbers, at most four decimals, yes/no, joined lists. */
  public static String format(Object value) {
    return switch (value) {
      case null -> "—";
      case Boolean b -> b ? "yes" : "no";
      case Number n -> number(n.doubleValue());
      case List<?> list -> list.stream().map(Output::format).collect(Collectors.joining(", "));
      case Map<?, ?> map ->
          map.entrySet().stream()
              .map(e -> e.getKey() + ": " + format(e.getValue()))
              .collect(Collectors.joining(", "));
      default -> value.toString();
    };
  }

  public static String number(double value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value);
  }

  public static String dollars(double value) {
    DecimalFormat format =
        new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value);
  }

  /** {@code snake_case} as a label: {@code "Min execution environments"}. */
  public static String label(String name) {
    String words = name.replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}

package dev.lmiadvisor.server.inventory;

import dev.lmiadvisor.errors.UserInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one tool call, already checked against the tool's input schema by the {@code
 * ToolInvoker} (with its defaults filled in), with typed accessors, and what the server knows of
 * the caller.
 */
public record ToolRequest(Map<String, Object> arguments, Caller caller) {

  public ToolRequest {
    arguments = arguments == null ? Map.of() : Map.copyOf(withoutNulls(arguments));
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> map) {
    var copy = new java.util.HashMap<String, Object>();
    map.forEach(
        (k, v) -> {
          if (v != null) {
            copy.put(k, v);
          }
        });
    return copy;
  }

  public String string(String name) {
    return optionalString(name)
        .orElseThrow(() -> new UserInputException("'" + name + "' is required"));
  }

  public Optional<String> optionalString(String name) {
    Object value = arguments.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String s) {
      return Optional.of(s);
    }
    throw new UserInputException("'" + name + "' must be a string");
  }

  public Optional<Long> optionalLong(String name) {
    Object value = arguments.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Optional.of(n.longValue());
    }
    throw new UserInputException("'" + name + "' must be a whole number");
  }

  public Optional<Integer> optionalInt(String name) {
    return optionalLong(name)
        .map(
            v -> {
              if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                throw new UserInputException("'" + name + "' is out of range");
              }
              return v.intValue();
            });
  }

  public Optional<Double> optionalDouble(String name) {
    Object value = arguments.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    throw new UserInputException("'" + name + "' must be a number");
  }

  public Optional<Boolean> optionalBoolean(String name) {
    Object value = arguments.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    throw new UserInputException("'" + name + "' must be true or false");
  }

  public Optional<List<String>> optionalStrings(String name) {
    Object value = arguments.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return Optional.of(list.stream().map(String.class::cast).toList());
    }
    throw new UserInputException("'" + name + "' must be a list of strings");
  }
}

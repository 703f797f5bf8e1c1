package dev.lmiadvisor.tools.sandbox.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS CLI's shorthand syntax ({@code SubnetIds=a,b,SecurityGroupIds=sg-1}, {@code
 * Key={Nested=value}}, {@code Key=[a,b]}, quoted values), a port of awscli's {@code
 * shorthand.ShorthandParser}. It works on the text alone: values come out as strings, lists and
 * maps, and {@link RequestBinder} then types them with the SDK's field metadata, as awscli's
 * back-compat visitor does with the model.
 *
 * <p>Stricter than awscli in two places, both to keep one meaning per command: a key given twice is
 * an error at every level (awscli silently keeps the last one inside braces), and the {@code
 * key@=file://...} form is refused (use {@code file://} for the whole parameter, which is checked
 * against the working folder).
 */
public final class ShorthandParser {

  private static final int EOF = -1;

  private final String input;
  private int index;

  private ShorthandParser(String input) {
    this.input = input;
  }

  /**
   * @throws IllegalArgumentException with the position and what was expected
   */
  public static Map<String, Object> parse(String value) {
    ShorthandParser parser = new ShorthandParser(value);
    Map<String, Object> result = parser.parameter();
    return result;
  }

  private Map<String, Object> parameter() {
    Map<String, Object> params = new LinkedHashMap<>();
    keyval(params);
    while (index < input.length()) {
      expect(',', true);
      keyval(params);
    }
    return params;
  }

  private void keyval(Map<String, Object> into) {
    int start = index;
    String key = key();
    consumeWhitespace();
    if (current() == '@') {
      throw error(
          "the key@=file:// form is not supported; pass the whole parameter as file://name instead",
          index);
    }
    expect('=', true);
    Object value = values();
    put(into, key, value, start);
  }

  private void put(Map<String, Object> into, String key, Object value, int at) {
    if (into.containsKey(key)) {
      throw error("key '" + key + "' is given twice", at);
    }
    into.put(key, value);
  }

  private String key() {
    int start = index;
    while (!atEof() && isKeyChar(current())) {
      index++;
    }
    if (start == index) {
      throw error("expected a key such as Name=value", index);
    }
    return input.substring(start, index);
  }

  private static boolean isKeyChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '#'
        || c == '/'
        || c == ':';
  }

  private Object values() {
    if (atEof()) {
      return "";
    }
    if (current() == '[') {
      return explicitList();
    }
    if (current() == '{') {
      return hashLiteral();
    }
    return csvValue();
  }

  private Object csvValue() {
    Object first = firstValue();
    consumeWhitespace();
    if (atEof() || current() != ',') {
      return first;
    }
    expect(',', true);
    List<Object> list = new ArrayList<>();
    list.add(first);
    while (true) {
      int before = index;
      String next;
      try {
        next = secondValue();
      } catch (IllegalArgumentException e) {
        if (atEof()) {
          throw e;
        }
        backtrackToComma();
        break;
      }
      consumeWhitespace();
      if (atEof()) {
        list.add(next);
        break;
      }
      if (current() != ',') {
        // "a=b,c=d": 'c' was the next key, not a second value.
        index = before;
        backtrackToComma();
        break;
      }
      expect(',', true);
      list.add(next);
    }
    return list.size() == 1 ? first : list;
  }

  private Object explicitList() {
    expect('[', true);
    List<Object> values = new ArrayList<>();
    while (current() != ']') {
      if (atEof()) {
        throw error("a list opened with '[' is not closed", index);
      }
      values.add(explicitValue());
      consumeWhitespace();
      if (current() != ']') {
        expect(',', false);
        consumeWhitespace();
      }
    }
    expect(']', false);
    return values;
  }

  private Object explicitValue() {
    if (current() == '[') {
      return explicitList();
    }
    if (current() == '{') {
      return hashLiteral();
    }
    return firstValue();
  }

  private Map<String, Object> hashLiteral() {
    expect('{', true);
    Map<String, Object> map = new LinkedHashMap<>();
    while (current() != '}') {
      if (atEof()) {
        throw error("a structure opened with '{' is not closed", index);
      }
      int start = index;
      String key = key();
      consumeWhitespace();
      if (current() == '@') {
        throw error("the key@=file:// form is not supported", index);
      }
      expect('=', true);
      Object value = explicitValue();
      consumeWhitespace();
      if (current() != '}') {
        expect(',', false);
        consumeWhitespace();
      }
      put(map, key, value, start);
    }
    expect('}', false);
    return map;
  }

  private String firstValue() {
    if (current() == '\'') {
      return quoted('\'');
    }
    if (current() == '"') {
      return quoted('"');
    }
    return unquoted(true);
  }

  private String secondValue() {
    if (current() == '\'') {
      return quoted('\'');
    }
    if (current() == '"') {
      return quoted('"');
    }
    String value = unquoted(false);
    if (value.isEmpty()) {
      throw error("expected a value", index);
    }
    return value;
  }

  /** awscli's _FIRST_VALUE / _SECOND_VALUE regular expressions, as character predicates. */
  private String unquoted(boolean first) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    while (!atEof()) {
      int c = current();
      if (c == '\\' && index + 1 < input.length() && input.charAt(index + 1) == ',') {
        out.append(',');
        index += 2;
      } else if (start ? isStartChar(c) : (first ? isFirstFollow(c) : isSecondFollow(c))) {
        out.append((char) c);
        index++;
      } else {
        break;
      }
      start = false;
    }
    return out.toString().stripTrailing();
  }

  private static boolean isStartChar(int c) {
    return c == '!'
        || (c >= '#' && c <= '&')
        || (c >= '(' && c <= '+')
        || (c >= '-' && c <= '<')
        || (c >= '>' && c <= 'Z')
        || (c >= '\\' && c <= 'z')
        || c >= '|';
  }

  private static boolean isFirstFollow(int c) {
    return Character.isWhitespace(c)
        || c == '!'
        || (c >= '#' && c <= '&')
        || (c >= '(' && c <= '+')
        || (c >= '-' && c <= '\\')
        || (c >= '^' && c <= '|')
        || c >= '~';
  }

  private static boolean isSecondFollow(int c) {
    return Character.isWhitespace(c)
        || c == '!'
        || (c >= '#' && c <= '&')
        || (c >= '(' && c <= '+')
        || (c >= '-' && c <= '<')
        || c >= '>';
  }

  private String quoted(char quote) {
    int start = index;
    index++;
    StringBuilder raw = new StringBuilder();
    while (!atEof()) {
      char c = input.charAt(index);
      if (c == '\\' && index + 1 < input.length() && input.charAt(index + 1) == quote) {
        raw.append('\\').append(quote);
        index += 2;
        continue;
      }
      if (c == quote) {
        index++;
        return raw.toString().replace("\\" + quote, String.valueOf(quote)).replace("\\\\", "\\");
      }
      raw.append(c);
      index++;
    }
    throw error("a quoted value is not closed", start);
  }

  private void backtrackToComma() {
    while (index >= 0 && (index >= input.length() || input.charAt(index) != ',')) {
      index--;
    }
  }

  private void expect(char c, boolean consumeWhitespace) {
    if (consumeWhitespace) {
      consumeWhitespace();
    }
    if (atEof()) {
      throw error("expected '" + c + "' but the value ended", index);
    }
    if (current() != c) {
      throw error("expected '" + c + "' but found '" + (char) current() + "'", index);
    }
    index++;
    if (consumeWhitespace) {
      consumeWhitespace();
    }
  }

  private void consumeWhitespace() {
    while (!atEof() && Character.isWhitespace(current())) {
      index++;
    }
  }

  private int current() {
    return atEof() ? EOF : input.charAt(index);
  }

  private boolean atEof() {
    return index >= input.length();
  }

  private IllegalArgumentException error(String what, int at) {
    return new IllegalArgumentException(
        "shorthand syntax error at character %d: %s (write Key=value,Other=value, or JSON)"
            .formatted(at + 1, what));
  }
}

package dev.lmiadvisor.tools.sandbox.bind;

import dev.lmiadvisor.tools.sandbox.CommandDenied;
import dev.lmiadvisor.tools.sandbox.parse.CliNames;
import dev.lmiadvisor.tools.sandbox.parse.CliWords;
import dev.lmiadvisor.tools.sandbox.parse.OperationModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Stage 2: turns the operation's {@code --parameter value} words into the real SDK request
 * object, using only the SDK's field metadata ({@code sdkFields()}: member names, marshalling
 * types, list members, map values, nested structures) to find and type each value. Values are
 * read as the AWS CLI reads them: JSON when they start with {@code {} or {@code [}, the CLI
 * shorthand otherwise; {@code file://} and {@code fileb://} through {@link LocalFiles}.
 */
public final class RequestBinder {

  public static final String RULE_UNKNOWN_PARAMETER = "unknown-parameter";
  public static final String RULE_INVALID_VALUE = "invalid-parameter-value";
  public static final String RULE_MISSING = "missing-required-parameter";

  private final OperationModel operation;
  private final LocalFiles files;
  private final boolean rawBinary;
  private final boolean planOnly;
  private final List<String> deferredFiles = new ArrayList<>();

  /**
   * @param rawBinary blob values are raw text ({@code --cli-binary-format raw-in-base64-out})
   * @param planOnly a {@code fileb://} blob that does not exist yet is allowed (plans name
   *     deployment packages that are built later); it is read when the command is executed
   */
  public RequestBinder(
      OperationModel operation, LocalFiles files, boolean rawBinary, boolean planOnly) {
    this.operation = operation;
    this.files = files;
    this.rawBinary = rawBinary;
    this.planOnly = planOnly;
  }

  /** The request, and the blob files that were not read because they do not exist yet. */
  public record BoundRequest(SdkRequest request, List<String> deferredFiles) {}

  /** A blob named by a {@code fileb://} that is not there yet (plan mode only). */
  private record DeferredFile(String reference) {}

  public BoundRequest bind(Map<String, List<String>> options) {
    SdkPojo builder = operation.newRequestBuilder();
    Map<String, SdkField<?>> parameters = operation.parameters();
    Map<SdkField<?>, Object> raw = new LinkedHashMap<>();
    Map<SdkField<?>, String> optionNames = new LinkedHashMap<>();
    Map<String, List<String>> remaining = new LinkedHashMap<>(options);
    CliCustomizations.apply(operation, remaining, this, raw, optionNames);
    for (Map.Entry<String, List<String>> option : remaining.entrySet()) {
      String name = option.getKey();
      SdkField<?> field = parameters.get(name);
      boolean negated = false;
      if (field == null && name.startsWith("no-")) {
        SdkField<?> positive = parameters.get(name.substring(3));
        if (positive != null && positive.marshallingType() == MarshallingType.BOOLEAN) {
          field = positive;
          negated = true;
        }
      }
      if (field == null) {
        List<String> close = CliNames.closest(name, allOptionNames(parameters));
        throw new CommandDenied(
            RULE_UNKNOWN_PARAMETER,
            "unknown parameter --%s for aws %s %s%s"
                .formatted(
                    name,
                    operation.service(),
                    operation.cliName(),
                    close.isEmpty() ? "" : "; did you mean " + dashed(close) + "?"),
            close.stream().map(c -> "--" + c).toList());
      }
      if (raw.containsKey(field)) {
        throw new CommandDenied(
            CliWords.RULE_DUPLICATE,
            "--" + name + " sets a value that another option already set; give it once");
      }
      raw.put(field, topLevelValue(field, name, option.getValue(), negated));
      optionNames.put(field, "--" + CliNames.cli(field.memberName()));
    }
    Set<String> given = new LinkedHashSet<>();
    for (Map.Entry<SdkField<?>, Object> entry : raw.entrySet()) {
      SdkField<?> field = entry.getKey();
      Object value = convert(field, entry.getValue(), field.memberName(), optionNames.get(field));
      if (value != null) {
        field.set(builder, value);
        given.add(field.memberName());
      }
    }
    Set<String> missing = new TreeSet<>(operation.requiredMembers("", builder.sdkFields()));
    missing.removeAll(given);
    if (!missing.isEmpty()) {
      List<String> names = missing.stream().map(m -> "--" + CliNames.cli(m)).toList();
      throw new CommandDenied(
          RULE_MISSING,
          "aws %s %s needs %s"
              .formatted(operation.service(), operation.cliName(), String.join(", ", names)),
          names);
    }
    return new BoundRequest(
        (SdkRequest) ((SdkBuilder<?, ?>) builder).build(), List.copyOf(deferredFiles));
  }

  private static Set<String> allOptionNames(Map<String, SdkField<?>> parameters) {
    Set<String> names = new TreeSet<>(parameters.keySet());
    parameters.forEach(
        (name, field) -> {
          if (field.marshallingType() == MarshallingType.BOOLEAN) {
            names.add("no-" + name);
          }
        });
    return names;
  }

  private static String dashed(List<String> names) {
    return String.join(" or ", names.stream().map(n -> "--" + n).toList());
  }

  // ---- reading the words of one top-level option, as the AWS CLI does ----

  private Object topLevelValue(
      SdkField<?> field, String name, List<String> words, boolean negated) {
    MarshallingType<?> type = field.marshallingType();
    String option = "--" + name;
    if (type == MarshallingType.BOOLEAN) {
      if (!words.isEmpty()) {
        String base = negated ? name.substring(3) : name;
        throw invalid(
            "--%s is a switch: write --%s or --no-%s, without a value".formatted(name, base, base));
      }
      return !negated;
    }
    if (words.isEmpty()) {
      throw invalid(option + " needs a value");
    }
    if (type == MarshallingType.DOCUMENT) {
      throw invalid(option + " takes a free-form document, which the sandbox does not accept");
    }
    if (type == MarshallingType.LIST) {
      return listValue(field, option, words);
    }
    if (words.size() > 1) {
      // The AWS CLI reads the second word as a positional argument, as does this.
      throw CliWords.unexpected(words.get(1));
    }
    String word = words.getFirst();
    if (type == MarshallingType.SDK_POJO || type == MarshallingType.MAP) {
      String text = text(word, option);
      if (text.strip().startsWith("{")) {
        return json(text, option);
      }
      if (type == MarshallingType.SDK_POJO
          && isSingleValueStructure(field)
          && !text.contains("=")) {
        // awscli: a structure whose only member is a string "Value" may be given bare.
        return Map.of("Value", text);
      }
      return shorthand(text, option);
    }
    return scalarWord(field, word, option);
  }

  private Object listValue(SdkField<?> field, String option, List<String> words) {
    SdkField<?> member = listMember(field);
    if (words.size() == 1) {
      String text =
          LocalFiles.isFileReference(words.getFirst())
              ? text(words.getFirst(), option)
              : words.getFirst();
      if (text.strip().startsWith("[")) {
        return json(text, option);
      }
    }
    List<Object> values = new ArrayList<>();
    for (String word : words) {
      if (isComplex(member)) {
        String text = text(word, option);
        values.add(text.strip().startsWith("{") ? json(text, option) : shorthand(text, option));
      } else {
        values.add(scalarWord(member, word, option));
      }
    }
    return values;
  }

  private Object scalarWord(SdkField<?> field, String word, String option) {
    if (!LocalFiles.isFileReference(word)) {
      return word;
    }
    boolean binary = word.startsWith("fileb://");
    if (field.marshallingType() == MarshallingType.SDK_BYTES) {
      return blobFile(word);
    }
    if (binary) {
      throw invalid(option + " is text: use file:// rather than fileb://");
    }
    return files.readText(word);
  }

  /** Raw bytes of a fileb:// (or the text of a file://, which is then read like any blob text). */
  Object blobFile(String word) {
    if (word.startsWith("file://")) {
      return files.readText(word);
    }
    if (planOnly && files.locate(word).isEmpty()) {
      deferredFiles.add(word);
      return new DeferredFile(word);
    }
    return files.readBytes(word, LocalFiles.MAX_BINARY_BYTES);
  }

  private String text(String word, String option) {
    if (word.startsWith("fileb://")) {
      throw invalid(option + " is a document: use file:// rather than fileb://");
    }
    return word.startsWith("file://") ? files.readText(word) : word;
  }

  private static Object json(String text, String option) {
    try {
      return CliJson.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid(option + ": " + e.getMessage());
    }
  }

  private static Object shorthand(String text, String option) {
    try {
      return ShorthandParser.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid(option + ": " + e.getMessage());
    }
  }

  // ---- typing values with the SDK's field metadata ----

  /**
   * @param path member path for required-member lookups ({@code VpcConfig}, {@code Tags[]})
   * @param where how the value is named in error messages
   */
  private Object convert(SdkField<?> field, Object value, String path, String where) {
    if (value == null) {
      return null;
    }
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      if (value instanceof String s) {
        return s;
      }
      if (value instanceof List<?>) {
        throw invalid(
            where + " takes a single value; quote a value that contains commas, e.g. Key='a,b'");
      }
      throw invalid(where + " takes text, not " + describe(value));
    }
    if (type == MarshallingType.INTEGER) {
      return (int) whole(value, where, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == MarshallingType.LONG) {
      return whole(value, where, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type == MarshallingType.SHORT) {
      return (short) whole(value, where, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    if (type == MarshallingType.BYTE) {
      return (byte) whole(value, where, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }
    if (type == MarshallingType.DOUBLE) {
      return decimal(value, where).doubleValue();
    }
    if (type == MarshallingType.FLOAT) {
      return decimal(value, where).floatValue();
    }
    if (type == MarshallingType.BIG_DECIMAL) {
      return decimal(value, where);
    }
    if (type == MarshallingType.BOOLEAN) {
      if (value instanceof Boolean b) {
        return b;
      }
      if (value instanceof String s
          && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
        return Boolean.parseBoolean(s);
      }
      throw invalid(where + " must be true or false");
    }
    if (type == MarshallingType.INSTANT) {
      return instant(value, where);
    }
    if (type == MarshallingType.SDK_BYTES) {
      return bytes(value, where);
    }
    if (type == MarshallingType.SDK_POJO) {
      return structure(field, value, path, where);
    }
    if (type == MarshallingType.LIST) {
      SdkField<?> member = listMember(field);
      List<?> items = value instanceof List<?> list ? list : List.of(value);
      List<Object> converted = new ArrayList<>();
      for (Object item : items) {
        Object typed = convert(member, item, path + "[]", where);
        if (typed != null) {
          converted.add(typed);
        }
      }
      return converted;
    }
    if (type == MarshallingType.MAP) {
      if (!(value instanceof Map<?, ?> map)) {
        throw invalid(where + " takes key=value pairs or a JSON object");
      }
      SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> converted = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Object typed = convert(valueField, entry.getValue(), path + "{}", where + " " + key);
        if (typed != null) {
          converted.put(key, typed);
        }
      }
      return converted;
    }
    throw invalid(where + " has a type the sandbox does not accept (" + type + ")");
  }

  private Object structure(SdkField<?> field, Object value, String path, String where) {
    Object shaped = value;
    if (value instanceof String s && isSingleValueStructure(field)) {
      shaped = Map.of("Value", s);
    }
    if (!(shaped instanceof Map<?, ?> map)) {
      throw invalid(where + " takes a structure: Key=value,... or a JSON object");
    }
    SdkPojo builder = field.constructor().get();
    Map<String, SdkField<?>> members = new LinkedHashMap<>();
    for (SdkField<?> member : builder.sdkFields()) {
      members.put(member.memberName(), member);
    }
    Set<String> given = new LinkedHashSet<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      SdkField<?> member = members.get(key);
      if (member == null) {
        List<String> close = CliNames.closest(key, members.keySet());
        throw new CommandDenied(
            RULE_UNKNOWN_PARAMETER,
            "%s has no member '%s'%s; its members are %s"
                .formatted(
                    where,
                    key,
                    close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)",
                    String.join(", ", members.keySet())),
            close);
      }
      Object typed = convert(member, entry.getValue(), path + "." + key, where + " " + key);
      if (typed != null) {
        member.set(builder, typed);
        given.add(key);
      }
    }
    Set<String> missing = new TreeSet<>(operation.requiredMembers(path, builder.sdkFields()));
    missing.removeAll(given);
    if (!missing.isEmpty()) {
      throw new CommandDenied(
          RULE_MISSING, where + " needs " + String.join(", ", missing), List.copyOf(missing));
    }
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static boolean isSingleValueStructure(SdkField<?> field) {
    List<SdkField<?>> members = field.constructor().get().sdkFields();
    return members.size() == 1
        && members.getFirst().memberName().equals("Value")
        && members.getFirst().marshallingType() == MarshallingType.STRING;
  }

  private static SdkField<?> listMember(SdkField<?> field) {
    return field.getTrait(ListTrait.class).memberFieldInfo();
  }

  private static boolean isComplex(SdkField<?> field) {
    MarshallingType<?> type = field.marshallingType();
    return type == MarshallingType.SDK_POJO
        || type == MarshallingType.MAP
        || type == MarshallingType.LIST;
  }

  private static long whole(Object value, String where, long min, long max) {
    BigInteger number;
    try {
      if (value instanceof String s) {
        number = new BigInteger(s.strip());
      } else if (value instanceof Integer
          || value instanceof Long
          || value instanceof Short
          || value instanceof BigInteger) {
        number = new BigInteger(value.toString());
      } else {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw invalid(where + " must be a whole number, not " + describe(value));
    }
    if (number.compareTo(BigInteger.valueOf(min)) < 0
        || number.compareTo(BigInteger.valueOf(max)) > 0) {
      throw invalid(where + " is out of range: " + number);
    }
    return number.longValue();
  }

  private static BigDecimal decimal(Object value, String where) {
    try {
      if (value instanceof String s) {
        return new BigDecimal(s.strip());
      }
      if (value instanceof Number n
          && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
        return new BigDecimal(n.toString());
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw invalid(where + " must be a number, not " + describe(value));
  }

  private static Instant instant(Object value, String where) {
    if (value instanceof Number n) {
      return Instant.ofEpochMilli(Math.round(n.doubleValue() * 1000));
    }
    if (value instanceof String s) {
      String text = s.strip();
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException ignored) {
        // try the other forms the CLI accepts
      }
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException ignored) {
        // next form
      }
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // next form
      }
      try {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // next form
      }
      try {
        return Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000));
      } catch (NumberFormatException ignored) {
        // error below
      }
    }
    throw invalid(where + " must be a time such as 2026-11-21T10:00:00Z or seconds since 1970");
  }

  private SdkBytes bytes(Object value, String where) {
    if (value instanceof byte[] b) {
      return SdkBytes.fromByteArray(b);
    }
    if (value instanceof DeferredFile) {
      return SdkBytes.fromByteArray(new byte[0]);
    }
    if (value instanceof String s) {
      if (rawBinary) {
        return SdkBytes.fromString(s, StandardCharsets.UTF_8);
      }
      try {
        return SdkBytes.fromByteArray(Base64.getDecoder().decode(s.strip()));
      } catch (IllegalArgumentException e) {
        throw invalid(
            where
                + " is binary and, as in the AWS CLI v2, read as base64: pass base64, fileb://file, or add --cli-binary-format raw-in-base64-out for raw text");
      }
    }
    throw invalid(where + " takes binary data (base64 text or fileb://file)");
  }

  private static String describe(Object value) {
    if (value instanceof Map<?, ?>) {
      return "a structure";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    return "'" + value + "'";
  }

  static CommandDenied invalid(String reason) {
    return new CommandDenied(RULE_INVALID_VALUE, reason);
  }
}

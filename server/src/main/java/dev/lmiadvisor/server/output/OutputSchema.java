package dev.lmiadvisor.server.output;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The output schema of a tool, derived from the record it returns with the very mapper that writes
 * it ({@link ToolJson#OUTPUT}): the properties Jackson serialises, under the names it gives them,
 * with {@code Optional} and boxed numbers nullable, lists as arrays, enums with their wire values
 * and {@code @JsonUnwrapped} records merged in. Nothing is written twice: add a component to a
 * domain record and it is in the schema, its snapshot diff the point of review.
 *
 * <p>The build derives every tool's schema once and ships them ({@link PrebuiltSchemas}): the walk
 * through Jackson's introspection cost a third of the stdio start-up.
 *
 * <p>What a Java type cannot say is added per tool: that a {@code String} may be null, the allowed
 * values of a {@code String} field, and descriptions (kept in {@code
 * output-descriptions.properties} under {@code tool.json.path}; a description of a path that does
 * not exist fails the build).
 */
public final class OutputSchema {

  private final String tool;
  private final Class<?> type;
  private final FieldNotes notes;

  private OutputSchema(String tool, Class<?> type) {
    this.tool = tool;
    this.type = type;
    this.notes = new FieldNotes(tool);
  }

  /**
   * @param tool the tool's name, the prefix of its descriptions
   */
  public static OutputSchema of(String tool, Class<?> type) {
    return new OutputSchema(tool, type);
  }

  /**
   * Fields whose value may be null: dotted JSON paths (an array's fields under the array's path),
   * or {@code *.name} for a field wherever it occurs.
   */
  public OutputSchema nullable(String... paths) {
    notes.nullable(paths);
    return this;
  }

  /** The allowed values of a text field the record types as a plain {@code String}. */
  public OutputSchema values(String path, String... allowed) {
    notes.values(path, List.of(allowed));
    return this;
  }

  /** The allowed values of a number field. */
  public OutputSchema values(String path, Number... allowed) {
    notes.values(path, List.of(allowed));
    return this;
  }

  /** The allowed values of a text field, from an enum of the domain. */
  public OutputSchema values(String path, Class<? extends Enum<?>> allowed) {
    notes.values(path, EnumWire.values(allowed));
    return this;
  }

  /**
   * @throws IllegalStateException when a note names a field the output does not have
   */
  public Map<String, Object> toMap() {
    return PrebuiltSchemas.of(tool).orElseGet(this::derive);
  }

  /**
   * The schema derived from the record now, never the one the build wrote.
   *
   * @throws IllegalStateException when a note names a field the output does not have
   */
  public Map<String, Object> derive() {
    Map<String, Object> schema = walk(ToolJson.types().constructType(type), "");
    notes.checkAllUsed();
    return schema;
  }

  private Map<String, Object> walk(JavaType type, String path) {
    Map<String, Object> node = shape(type, path);
    if (!path.isEmpty() && notes.isNullable(path)) {
      orNull(node);
    }
    return describe(path, withValues(path, node));
  }

  private Map<String, Object> shape(JavaType type, String path) {
    Class<?> raw = type.getRawClass();
    if (raw == Optional.class) {
      return orNull(shape(type.containedTypeOrUnknown(0), path));
    }
    if (raw.isPrimitive()) {
      return scalar(raw == boolean.class ? "boolean" : isWhole(raw) ? "integer" : "number");
    }
    if (raw == Boolean.class) {
      return orNull(scalar("boolean"));
    }
    if (Number.class.isAssignableFrom(raw)) {
      return orNull(scalar(isWhole(raw) ? "integer" : "number"));
    }
    if (CharSequence.class.isAssignableFrom(raw)) {
      return scalar("string");
    }
    if (raw.isEnum()) {
      Map<String, Object> text = scalar("string");
      text.put("enum", EnumWire.values(raw));
      return text;
    }
    if (raw == LocalDate.class) {
      return format("date");
    }
    if (raw == Instant.class || raw == OffsetDateTime.class) {
      return format("date-time");
    }
    if (Temporal.class.isAssignableFrom(raw)) {
      return scalar("string");
    }
    if (type.isCollectionLikeType()
        || type.isArrayType()
        || Collection.class.isAssignableFrom(raw)) {
      Map<String, Object> array = scalar("array");
      array.put("items", items(type.getContentType(), path));
      return array;
    }
    if (type.isMapLikeType() || raw == Object.class) {
      return scalar("object");
    }
    return object(type, path);
  }

  /** An array's items: their own description sits under {@code path[]}, their fields under path. */
  private Map<String, Object> items(JavaType type, String path) {
    Map<String, Object> node = withValues(path, shape(type, path));
    notes.saw(path + "[]");
    return describe(path + "[]", node);
  }

  /** Adds the allowed values given for a path to its scalar node (of a list: to its items). */
  private Map<String, Object> withValues(String path, Map<String, Object> node) {
    if (!"array".equals(node.get("type"))) {
      notes.valuesOf(path).ifPresent(values -> node.put("enum", values));
    }
    return node;
  }

  private Map<String, Object> object(JavaType type, String path) {
    BeanDescription bean = ToolJson.config().introspect(type);
    AnnotatedMember value = bean.findJsonValueAccessor();
    if (value != null) {
      return shape(value.getType(), path);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    collect(type, path, Set.of(), properties);
    Map<String, Object> object = scalar("object");
    object.put("properties", properties);
    object.put("required", List.copyOf(properties.keySet()));
    return object;
  }

  /** The serialised properties of a bean or record, with {@code @JsonUnwrapped} ones merged in. */
  private void collect(
      JavaType type, String path, Set<String> ignored, Map<String, Object> properties) {
    BeanDescription bean = ToolJson.config().introspect(type);
    for (BeanPropertyDefinition property : bean.findProperties()) {
      AnnotatedMember accessor = property.getAccessor();
      if (accessor == null || ignored.contains(property.getName())) {
        continue;
      }
      JavaType valueType = accessor.getType();
      if (accessor.getAnnotation(JsonUnwrapped.class) != null) {
        JsonIgnoreProperties skip = accessor.getAnnotation(JsonIgnoreProperties.class);
        collect(valueType, path, skip == null ? Set.of() : Set.of(skip.value()), properties);
        continue;
      }
      String name = property.getName();
      String child = path.isEmpty() ? name : path + "." + name;
      notes.saw(child);
      properties.put(name, walk(valueType, child));
    }
  }

  private Map<String, Object> describe(String path, Map<String, Object> node) {
    Optional<String> description = notes.description(path);
    if (description.isEmpty()) {
      return node;
    }
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("type", node.get("type"));
    described.put("description", description.get());
    node.forEach(described::putIfAbsent);
    return described;
  }

  private static Map<String, Object> orNull(Map<String, Object> node) {
    Object type = node.get("type");
    if (!(type instanceof List<?>)) {
      node.put("type", List.of(type, "null"));
    }
    return node;
  }

  private static Map<String, Object> scalar(String type) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("type", type);
    return node;
  }

  private static Map<String, Object> format(String format) {
    Map<String, Object> node = scalar("string");
    node.put("format", format);
    return node;
  }

  private static boolean isWhole(Class<?> type) {
    return type == int.class
        || type == long.class
        || type == short.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class;
  }
}

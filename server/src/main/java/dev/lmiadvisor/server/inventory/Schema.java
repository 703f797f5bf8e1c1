package dev.lmiadvisor.server.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small builder for the JSON Schemas (2020-12) of tool inputs and outputs. Schemas are written
 * out explicitly per tool so that a change to one is a reviewed diff of its snapshot.
 */
public final class Schema {

  private final Map<String, Object> node = new LinkedHashMap<>();

  private Schema(String type, String description) {
    if (type != null) {
      node.put("type", type);
    }
    if (description != null) {
      node.put("description", description);
    }
  }

  public static Schema string(String description) {
    return new Schema("string", description);
  }

  public static Schema integer(String description) {
    return new Schema("integer", description);
  }

  public static Schema number(String description) {
    return new Schema("number", description);
  }

  public static Schema bool(String description) {
    return new Schema("boolean", description);
  }

  public static Schema enumOf(String description, String... values) {
    return new Schema("string", description).with("enum", List.of(values));
  }

  public static Schema arrayOf(Schema items, String description) {
    return new Schema("array", description).with("items", items.toMap());
  }

  /** A value of the given schema or null (for optional objects such as a runner-up). */
  public static Schema nullable(Schema schema) {
    Map<String, Object> copy = new LinkedHashMap<>(schema.toMap());
    Object type = copy.get("type");
    copy.put("type", List.of(type, "null"));
    Schema result = new Schema(null, null);
    result.node.putAll(copy);
    return result;
  }

  public static ObjectSchema object(String description) {
    return new ObjectSchema(description);
  }

  public Schema min(Number minimum) {
    return with("minimum", minimum);
  }

  public Schema max(Number maximum) {
    return with("maximum", maximum);
  }

  public Schema minLength(int length) {
    return with("minLength", length);
  }

  public Schema maxLength(int length) {
    return with("maxLength", length);
  }

  public Schema pattern(String regex) {
    return with("pattern", regex);
  }

  public Schema defaultValue(Object value) {
    return with("default", value);
  }

  public Schema maxItems(int items) {
    return with("maxItems", items);
  }

  public Schema with(String keyword, Object value) {
    node.put(keyword, value);
    return this;
  }

  public Map<String, Object> toMap() {
    return node;
  }

  /** An object schema with named properties; {@code additionalProperties} is closed on inputs. */
  public static final class ObjectSchema {
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private final String description;
    private Boolean additionalProperties;

    private ObjectSchema(String description) {
      this.description = description;
    }

    public ObjectSchema required(String name, Schema schema) {
      properties.put(name, schema.toMap());
      required.add(name);
      return this;
    }

    public ObjectSchema required(String name, ObjectSchema schema) {
      return required(name, schema.asSchema());
    }

    public ObjectSchema optional(String name, Schema schema) {
      properties.put(name, schema.toMap());
      return this;
    }

    public ObjectSchema optional(String name, ObjectSchema schema) {
      return optional(name, schema.asSchema());
    }

    /**
     * Refuse arguments the tool does not know, so that a misspelt name is an error, not ignored.
     */
    public ObjectSchema closed() {
      additionalProperties = false;
      return this;
    }

    public Schema asSchema() {
      Schema schema = new Schema("object", description);
      schema.node.put("properties", properties);
      if (!required.isEmpty()) {
        schema.node.put("required", List.copyOf(required));
      }
      if (additionalProperties != null) {
        schema.node.put("additionalProperties", additionalProperties);
      }
      return schema;
    }

    public Map<String, Object> toMap() {
      return asSchema().toMap();
    }
  }

  /** Values of an enum's {@code toString()}, for {@link #enumOf}. */
  public static String[] names(Object[] values) {
    return Arrays.stream(values).map(Object::toString).toArray(String[]::new);
  }
}

package dev.lmiadvisor.server.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;

/**
 * The one Jackson configuration of tool outputs: the domain records are written as they are, their
 * fields as snake_case properties (SPEC: "JSON fields are snake_case"), {@code Optional} as the
 * value or null, {@code java.time} values as ISO-8601 text and enums as their wire value ({@link
 * EnumWire}). Output schemas are derived from the same records with this same mapper ({@link
 * OutputSchema}), so what is served and what is declared cannot drift apart.
 */
public final class ToolJson {

  /** Maps tool outputs; null fields stay (a null runner-up is an answer). */
  public static final ObjectMapper OUTPUT =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(wireEnums())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};

  private ToolJson() {}

  /**
   * A tool output as a JSON object tree (maps, lists, scalars), as structuredContent carries it.
   */
  public static Map<String, Object> toMap(Object output) {
    return OUTPUT.convertValue(output, TREE);
  }

  public static String pretty(Object output) {
    try {
      return OUTPUT.writeValueAsString(output);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("tool output cannot be written as JSON", e);
    }
  }

  /** A value as JSON on one line, for text that names a call and its arguments. */
  public static String compact(Object value) {
    try {
      return OUTPUT.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("value cannot be written as JSON", e);
    }
  }

  static TypeFactory types() {
    return OUTPUT.getTypeFactory();
  }

  static SerializationConfig config() {
    return OUTPUT.getSerializationConfig();
  }

  private static SimpleModule wireEnums() {
    SimpleModule module = new SimpleModule("wire-enums");
    module.setSerializerModifier(
        new BeanSerializerModifier() {
          @Override
          public JsonSerializer<?> modifyEnumSerializer(
              SerializationConfig config,
              com.fasterxml.jackson.databind.JavaType valueType,
              BeanDescription description,
              JsonSerializer<?> serializer) {
            return new JsonSerializer<Enum<?>>() {
              @Override
              public void serialize(Enum<?> value, JsonGenerator out, SerializerProvider provider)
                  throws IOException {
                out.writeString(EnumWire.of(value));
              }
            };
          }
        });
    return module;
  }
}

package dev.lmiadvisor.server.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * The tools' output schemas as the build derived them from the output records ({@code
 * OutputSchemasWriter}, at process-classes), one JSON file in the jar. A server that starts reads
 * them instead of walking every record with Jackson's introspection. Where the file is missing (a
 * build that skipped the step) each schema is derived on first use, with the same result.
 */
public final class PrebuiltSchemas {

  /** The resource beside this class. */
  public static final String FILE = "output-schemas.json";

  private static final JsonFactory JSON = new JsonFactory();
  private static final ScopedValue<Boolean> DERIVING = ScopedValue.newInstance();

  private PrebuiltSchemas() {}

  /** The schema the build wrote for this tool, unless the caller is {@link #deriving} them. */
  static Optional<Map<String, Object>> of(String tool) {
    return DERIVING.isBound() ? Optional.empty() : Optional.ofNullable(Shipped.SCHEMAS.get(tool));
  }

  /**
   * Runs work in which every schema is derived from its record, never read from the shipped file:
   * the writer, which must not copy a stale file, and the test that the file is current.
   */
  public static <R> R deriving(Supplier<R> work) {
    return ScopedValue.where(DERIVING, Boolean.TRUE).call(work::get);
  }

  /** Writes the schemas (tool name to schema) where the jar will carry them. */
  public static void write(Path classesDirectory, SortedMap<String, Map<String, Object>> schemas)
      throws IOException {
    Path file = classesDirectory.resolve(PrebuiltSchemas.class.getPackageName().replace('.', '/'));
    Files.createDirectories(file);
    new ObjectMapper().writeValue(file.resolve(FILE).toFile(), schemas);
  }

  private static final class Shipped {
    static final Map<String, Map<String, Object>> SCHEMAS = load();

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> load() {
      try (InputStream in = PrebuiltSchemas.class.getResourceAsStream(FILE)) {
        if (in == null) {
          return Map.of();
        }
        try (JsonParser parser = JSON.createParser(in)) {
          parser.nextToken();
          return (Map<String, Map<String, Object>>) (Map<?, ?>) object(parser);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the packaged output schemas cannot be read", e);
      }
    }

    // The streaming parser alone: binding with a mapper costs a starting server its first
    // deserialisers, for a file of nothing but objects, arrays, text and numbers.
    private static Object value(JsonParser parser) throws IOException {
      return switch (parser.currentToken()) {
        case START_OBJECT -> object(parser);
        case START_ARRAY -> array(parser);
        case VALUE_STRING -> parser.getText();
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
        case VALUE_TRUE -> Boolean.TRUE;
        case VALUE_FALSE -> Boolean.FALSE;
        case VALUE_NULL -> null;
        default -> throw new IOException("unexpected " + parser.currentToken());
      };
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
      Map<String, Object> object = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        object.put(name, value(parser));
      }
      return object;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
      List<Object> array = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(value(parser));
      }
      return array;
    }
  }
}

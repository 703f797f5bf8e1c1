package dev.lmiadvisor.tools.review.config.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON template with Jackson's streaming parser, which reports the line of every token and
 * of every syntax error.
 */
public final class JsonTemplateReader {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonTemplateReader() {}

  public static TemplateNode read(String text) throws TemplateSyntaxException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new TemplateSyntaxException("the template has no content", 1, 1);
      }
      TemplateNode root = new Converter(parser).value(0);
      if (parser.nextToken() != null) {
        throw new TemplateSyntaxException(
            "unexpected content after the end of the JSON document",
            parser.currentTokenLocation().getLineNr(),
            parser.currentTokenLocation().getColumnNr());
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new TemplateSyntaxException(
          e.getOriginalMessage(),
          at == null ? 1 : Math.max(1, at.getLineNr()),
          at == null ? 1 : Math.max(1, at.getColumnNr()));
    } catch (IOException e) {
      throw new TemplateSyntaxException("the template cannot be read: " + e.getMessage(), 1, 1);
    }
  }

  private static final class Converter {
    private final JsonParser parser;
    private final NodeBudget budget = new NodeBudget();

    Converter(JsonParser parser) {
      this.parser = parser;
    }

    /** Converts the value at the current token. */
    TemplateNode value(int depth) throws IOException, TemplateSyntaxException {
      int line = parser.currentTokenLocation().getLineNr();
      budget.enter(depth, line);
      JsonToken token = parser.currentToken();
      return switch (token) {
        case START_OBJECT -> object(depth, line);
        case START_ARRAY -> array(depth, line);
        case VALUE_STRING -> new Scalar(parser.getText(), Scalar.Kind.STRING, line);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            new Scalar(parser.getText(), Scalar.Kind.NUMBER, line);
        case VALUE_TRUE, VALUE_FALSE -> new Scalar(parser.getText(), Scalar.Kind.BOOLEAN, line);
        case VALUE_NULL -> new Scalar("", Scalar.Kind.NULL, line);
        default -> throw new TemplateSyntaxException("unexpected JSON token " + token, line, 1);
      };
    }

    private TemplateNode object(int depth, int line) throws IOException, TemplateSyntaxException {
      List<Mapping.Entry> entries = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int keyLine = parser.currentTokenLocation().getLineNr();
        if (!keys.add(key)) {
          throw new TemplateSyntaxException("duplicate key '" + key + "'", keyLine, 1);
        }
        parser.nextToken();
        entries.add(new Mapping.Entry(key, keyLine, value(depth + 1)));
      }
      if (entries.size() == 1 && Intrinsics.isLongForm(entries.getFirst().key())) {
        Mapping.Entry only = entries.getFirst();
        return Intrinsics.of(only.key(), only.value(), line);
      }
      return new Mapping(entries, line);
    }

    private TemplateNode array(int depth, int line) throws IOException, TemplateSyntaxException {
      List<TemplateNode> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(depth + 1));
      }
      return new Sequence(items, line);
    }
  }
}

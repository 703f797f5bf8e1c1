package dev.lmiadvisor.server.stdio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.Optional;

/**
 * One of a client's first requests, read with Jackson's streaming parser (the data binding the SDK
 * uses costs about a hundred milliseconds on its first use, which is what the front door saves).
 *
 * @param method the JSON-RPC method
 * @param id the request id as JSON text, ready to be written back ({@code 7} or {@code "a"}); null
 *     for a notification
 * @param protocolVersion {@code params.protocolVersion}, or null
 * @param paged whether the params name a {@code cursor}: only a first page is answered early
 */
record EarlyRequest(String method, String id, String protocolVersion, boolean paged) {

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The request or notification on this line, or empty when the line is anything else: a batch, a
   * response, an id that is not an integer or a string, or not JSON at all. Those go to the SDK.
   */
  static Optional<EarlyRequest> parse(String line) {
    return Fields.of(line)
        .filter(Fields::isMessage)
        .map(f -> new EarlyRequest(f.method, f.id, f.protocolVersion, f.paged));
  }

  /**
   * The id of the response on this line, as {@link #id()} writes ids, or empty when the line is not
   * a response (a request, a notification, or not JSON).
   */
  static Optional<String> responseId(String line) {
    return Fields.of(line).filter(Fields::isResponse).map(f -> f.id);
  }

  /** What one pass of the streaming parser over a line's top-level object finds. */
  private static final class Fields {
    String jsonrpc;
    String method;
    boolean hasMethod;
    String id;
    boolean hasId;
    String protocolVersion;
    boolean paged;
    boolean params = true;
    boolean answer;
    boolean single;

    static Optional<Fields> of(String line) {
      try (JsonParser parser = JSON.createParser(line)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return Optional.empty();
        }
        Fields f = new Fields();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          switch (field) {
            case "jsonrpc" -> f.jsonrpc = text(parser, value);
            case "method" -> {
              f.hasMethod = true;
              f.method = text(parser, value);
            }
            case "id" -> {
              f.hasId = true;
              f.id = idJson(parser, value);
            }
            case "params" -> f.params(parser, value);
            case "result", "error" -> {
              f.answer = true;
              parser.skipChildren();
            }
            default -> parser.skipChildren();
          }
        }
        f.single = f.endsHere(parser);
        return Optional.of(f);
      } catch (IOException e) {
        // Not JSON: the SDK reads it and answers as the protocol says.
        return Optional.empty();
      }
    }

    /** Whether the object just read is all there is; text after it makes the line no message. */
    private boolean endsHere(JsonParser parser) {
      try {
        return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null;
      } catch (IOException trailing) {
        return false;
      }
    }

    private void params(JsonParser parser, JsonToken value) throws IOException {
      if (value != JsonToken.START_OBJECT) {
        params = value == JsonToken.VALUE_NULL;
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken member = parser.nextToken();
        if (name.equals("protocolVersion")) {
          protocolVersion = text(parser, member);
        } else if (name.equals("cursor")) {
          paged = true;
        }
        parser.skipChildren();
      }
    }

    /** A single request or notification: JSON-RPC 2.0, a method, an id that can be written back. */
    boolean isMessage() {
      return single && params && "2.0".equals(jsonrpc) && method != null && !(hasId && id == null);
    }

    /** A result or an error for a request, with its id. */
    boolean isResponse() {
      return answer && !hasMethod && id != null;
    }
  }

  boolean isRequest() {
    return id != null;
  }

  /** The JSON-RPC response carrying this result, on one line as the stdio transport frames it. */
  String reply(String resultJson) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + resultJson + "}";
  }

  private static String text(JsonParser parser, JsonToken value) throws IOException {
    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
  }

  private static String idJson(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT) {
      return parser.getText();
    }
    if (value == JsonToken.VALUE_STRING) {
      return "\""
          + new String(JsonStringEncoder.getInstance().quoteAsString(parser.getText()))
          + "\"";
    }
    parser.skipChildren();
    return null;
  }
}

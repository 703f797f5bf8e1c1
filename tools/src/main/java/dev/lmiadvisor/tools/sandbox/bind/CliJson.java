package dev.lmiadvisor.tools.sandbox.bind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Strict JSON for parameter values and policy documents: a key given twice is an error, never
 * silently resolved, because the sandbox and AWS must read a document the same way.
 */
public final class CliJson {

  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private CliJson() {}

  /**
   * @return maps, lists, strings, numbers, booleans or null
   * @throws IllegalArgumentException with Jackson's short description of what is wrong
   */
  public static Object parse(String text) {
    try {
      return STRICT.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
    }
  }

  public static ObjectMapper mapper() {
    return STRICT;
  }
}

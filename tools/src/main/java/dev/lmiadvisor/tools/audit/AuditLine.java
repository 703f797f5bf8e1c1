package dev.lmiadvisor.tools.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The byte format of one audit record, and its hash.
 *
 * <p>A line is a JSON object whose last member is {@code "hash"}. The hash is the SHA-256 of the
 * exact bytes of the line without that member, that is {@code {...,"prev_hash":"..."}}; {@code
 * prev_hash} is the hash of the record before (64 zeros for the first). Hashing the bytes as
 * written, not a re-serialisation, means any change of any byte is detected.
 */
final class AuditLine {

  static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern HASH_SUFFIX = Pattern.compile(",\"hash\":\"([0-9a-f]{64})\"}$");

  private AuditLine() {}

  /** The line (without its newline) and its hash, for the given fields. */
  record Encoded(String line, String hash) {}

  static Encoded encode(Map<String, Object> fieldsWithPrevHash) {
    String body;
    try {
      body = JSON.writeValueAsString(fieldsWithPrevHash);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit record cannot be written as JSON", e);
    }
    String hash = sha256(body);
    return new Encoded(body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}", hash);
  }

  /** A line read back, checked against its own hash. */
  record Decoded(Map<String, Object> fields, String hash, boolean hashMatches) {}

  /**
   * @throws IllegalArgumentException when the line is not a well-formed audit record
   */
  static Decoded decode(String line) {
    var m = HASH_SUFFIX.matcher(line);
    if (!m.find()) {
      throw new IllegalArgumentException("the line does not end with its hash");
    }
    String hash = m.group(1);
    String body = line.substring(0, m.start()) + "}";
    Map<String, Object> fields;
    try {
      fields = JSON.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the line is not valid JSON");
    }
    return new Decoded(fields, hash, sha256(body).equals(hash));
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The byte format of one audit record, and what it is chained with.
 *
 * <p>A line is a JSON object whose last member is its seal over the exact bytes of the line without
 * that member ({@code {...,"prev_mac":"..."}}), so any change of any byte is detected:
 *
 * <ul>
 *   <li>{@code "mac"}: HMAC-SHA256 under the {@link AuditKey}; {@code prev_mac} is the seal of the
 *       record before. Every record written by this version.
 *   <li>{@code "hash"}: plain SHA-256 with {@code prev_hash}, as logs were written before the key.
 *       Still read and verified, but only before the first keyed record: once the chain has a keyed
 *       record, a plain one can only have been written by someone without the key.
 * </ul>
 *
 * The first keyed record chains to the last plain one, so the key also seals the older records.
 */
final class AuditLine {

  static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern SEAL = Pattern.compile(",\"(mac|hash)\":\"([0-9a-f]{64})\"}$");

  private AuditLine() {}

  /** The line (without its newline) and its seal, for the given fields. */
  record Encoded(String line, String seal) {}

  static Encoded encode(Map<String, Object> fieldsWithPrevMac, AuditKey key) {
    String body;
    try {
      body = JSON.writeValueAsString(fieldsWithPrevMac);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit record cannot be written as JSON", e);
    }
    String mac = key.mac(body);
    return new Encoded(body.substring(0, body.length() - 1) + ",\"mac\":\"" + mac + "\"}", mac);
  }

  /**
   * A line read back.
   *
   * @param keyed sealed with the key ({@code mac}) rather than plain SHA-256 ({@code hash})
   * @param previous the seal this record names as the one before it
   */
  record Decoded(
      Map<String, Object> fields, String seal, boolean keyed, String previous, String body) {

    /** Whether the seal matches the bytes: the MAC under the key, or the SHA-256. */
    boolean sealMatches(AuditKey key) {
      return keyed ? key != null && key.verifies(body, seal) : sha256(body).equals(seal);
    }
  }

  /**
   * @throws IllegalArgumentException when the line is not a well-formed audit record
   */
  static Decoded decode(String line) {
    Matcher m = SEAL.matcher(line);
    if (!m.find()) {
      throw new IllegalArgumentException("the line does not end with its seal");
    }
    boolean keyed = m.group(1).equals("mac");
    String body = line.substring(0, m.start()) + "}";
    Map<String, Object> fields;
    try {
      fields = JSON.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the line is not valid JSON");
    }
    Object previous = fields.get(keyed ? "prev_mac" : "prev_hash");
    return new Decoded(fields, m.group(2), keyed, String.valueOf(previous), body);
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

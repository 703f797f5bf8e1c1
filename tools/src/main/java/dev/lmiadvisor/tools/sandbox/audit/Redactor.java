package dev.lmiadvisor.tools.sandbox.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hides secrets in requests and results before they reach a client, a log or the audit trail. Two
 * sources decide what is secret: the service model's {@code sensitive} trait ({@link
 * SensitiveMembers}), and name rules for what models do not mark: Lambda environment variable
 * values, secret strings, passwords, private keys, session tokens and secret access keys, instance
 * user data, SecureString parameter values and presigned URLs. Keys stay visible so that people can
 * see what was there.
 */
public final class Redactor {

  public static final String MASK = "***redacted***";

  private static final Set<String> SECRET_MEMBERS =
      Set.of(
          "secretstring",
          "secretbinary",
          "secretaccesskey",
          "sessiontoken",
          "password",
          "newpassword",
          "oldpassword",
          "passworddata",
          "privatekey",
          "keymaterial",
          "clientsecret",
          "authtoken",
          "userdata",
          "secretkey",
          "sslcustomerkey",
          "ssecustomerkey",
          "copysourcessecustomerkey",
          "privatekeyplaintext",
          "certificateprivatekey");

  private Redactor() {}

  /** An SDK request or response as a plain tree, with sensitive members and secrets masked. */
  public static Map<String, Object> tree(
      software.amazon.awssdk.core.SdkPojo pojo, boolean bytesAsText) {
    Map<String, Object> tree =
        dev.lmiadvisor.tools.sandbox.bind.RequestView.tree(
            pojo,
            bytesAsText,
            (type, member) -> SensitiveMembers.of(type).contains(member) || isSecretMember(member),
            MASK);
    return redactMap(tree);
  }

  /** A copy of a plain tree (maps, lists, scalars) with secret values masked. */
  public static Object redact(Object tree) {
    return redact(tree, null);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> redactMap(Map<String, Object> tree) {
    return (Map<String, Object>) redact(tree, null);
  }

  private static Object redact(Object node, String parentKey) {
    if (node instanceof Map<?, ?> map) {
      boolean secureParameter = "SecureString".equals(map.get("Type"));
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Object value = entry.getValue();
        if (isSecretMember(key)
            || (secureParameter && key.equals("Value"))
            || ("Variables".equals(key)
                && "Environment".equals(parentKey)
                && !(value instanceof Map<?, ?>))) {
          copy.put(key, MASK);
        } else if ("Variables".equals(key)
            && "Environment".equals(parentKey)
            && value instanceof Map<?, ?> variables) {
          Map<String, Object> masked = new LinkedHashMap<>();
          variables.keySet().forEach(name -> masked.put(String.valueOf(name), MASK));
          copy.put(key, masked);
        } else {
          copy.put(key, redact(value, key));
        }
      }
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(redact(item, parentKey)));
      return copy;
    }
    if (node instanceof String s && isPresignedUrl(s)) {
      return MASK + " (presigned URL)";
    }
    return node;
  }

  /** The name rules: a member named like a password, secret, token or key material. */
  public static boolean isSecretMember(String memberName) {
    String lower = memberName.toLowerCase(Locale.ROOT);
    return SECRET_MEMBERS.contains(lower)
        || lower.endsWith("password")
        || lower.endsWith("secret")
        || lower.endsWith("secretstring")
        || (lower.endsWith("token")
            && !lower.endsWith("nexttoken")
            && !lower.endsWith("continuationtoken")
            && !lower.endsWith("startingtoken")
            && !lower.endsWith("paginationtoken")
            && !lower.endsWith("clienttoken")
            && !lower.endsWith("idempotencytoken"));
  }

  private static boolean isPresignedUrl(String s) {
    return s.contains("X-Amz-Signature=")
        || s.contains("X-Amz-Credential=")
        || s.contains("X-Amz-Security-Token=");
  }
}

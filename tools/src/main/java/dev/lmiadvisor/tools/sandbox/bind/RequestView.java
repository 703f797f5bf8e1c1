package dev.lmiadvisor.tools.sandbox.bind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Reads a built SDK request (or response) through its {@code sdkFields()}: values by member path
 * for the policy, and the whole object as plain maps and lists for plans, results and the audit
 * log. Policy rules therefore see exactly what would be sent, however the command spelled it.
 */
public final class RequestView {

  private RequestView() {}

  /**
   * Every value at a dotted member path; a list on the way contributes each of its items. {@code
   * valuesAt(req, "IpPermissions.IpRanges.CidrIp")} gives every CIDR of every permission.
   */
  public static List<Object> valuesAt(SdkPojo pojo, String path) {
    List<Object> current = new ArrayList<>();
    current.add(pojo);
    for (String member : path.split("\\.")) {
      List<Object> next = new ArrayList<>();
      for (Object node : current) {
        if (node instanceof SdkPojo p) {
          Object value = member(p, member);
          flattenInto(value, next);
        } else if (node instanceof Map<?, ?> map) {
          flattenInto(map.get(member), next);
        }
      }
      current = next;
    }
    return current;
  }

  /** The first value at a path, or null. */
  public static Object valueAt(SdkPojo pojo, String path) {
    List<Object> values = valuesAt(pojo, path);
    return values.isEmpty() ? null : values.getFirst();
  }

  /** Text values at a path. */
  public static List<String> stringsAt(SdkPojo pojo, String path) {
    return valuesAt(pojo, path).stream().map(String::valueOf).toList();
  }

  /** Whether a member is set (an auto-constructed empty list or map counts as not set). */
  public static boolean isSet(SdkPojo pojo, String path) {
    return !valuesAt(pojo, path).isEmpty();
  }

  private static Object member(SdkPojo pojo, String memberName) {
    for (SdkField<?> field : pojo.sdkFields()) {
      if (field.memberName().equals(memberName)) {
        return field.getValueOrDefault(pojo);
      }
    }
    return null;
  }

  private static void flattenInto(Object value, List<Object> into) {
    if (value == null
        || value instanceof SdkAutoConstructList<?>
        || value instanceof SdkAutoConstructMap<?, ?>) {
      return;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(v -> flattenInto(v, into));
      return;
    }
    into.add(value);
  }

  /**
   * The object as maps (member name to value), lists, text, numbers and booleans; binary values
   * shown by their size.
   */
  public static Map<String, Object> tree(SdkPojo pojo) {
    return tree(pojo, false);
  }

  /**
   * @param bytesAsText show binary values that are UTF-8 text as that text (a Lambda invoke's
   *     payload), others as base64
   */
  public static Map<String, Object> tree(SdkPojo pojo, boolean bytesAsText) {
    return tree(pojo, bytesAsText, (type, member) -> false, null);
  }

  /**
   * @param hidden members whose values are replaced by {@code mask}, by model class and member name
   */
  public static Map<String, Object> tree(
      SdkPojo pojo,
      boolean bytesAsText,
      java.util.function.BiPredicate<Class<?>, String> hidden,
      String mask) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object raw = field.getValueOrDefault(pojo);
      Object value = plain(raw, bytesAsText, hidden, mask);
      if (value != null) {
        map.put(
            field.memberName(),
            hidden.test(pojo.getClass(), field.memberName()) ? masked(value, mask) : value);
      }
    }
    return map;
  }

  /**
   * A hidden map keeps its keys, so that people can see what was there; anything else is masked.
   */
  private static Object masked(Object value, String mask) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> keys = new LinkedHashMap<>();
      map.keySet().forEach(k -> keys.put(String.valueOf(k), mask));
      return keys;
    }
    return mask;
  }

  private static Object plain(Object value, boolean bytesAsText) {
    return plain(value, bytesAsText, (type, member) -> false, null);
  }

  private static Object plain(
      Object value,
      boolean bytesAsText,
      java.util.function.BiPredicate<Class<?>, String> hidden,
      String mask) {
    if (value == null
        || value instanceof SdkAutoConstructList<?>
        || value instanceof SdkAutoConstructMap<?, ?>) {
      return null;
    }
    if (value instanceof SdkPojo pojo) {
      return tree(pojo, bytesAsText, hidden, mask);
    }
    if (value instanceof Collection<?> collection) {
      List<Object> list = new ArrayList<>();
      for (Object item : collection) {
        Object plain = plain(item, bytesAsText, hidden, mask);
        if (plain != null) {
          list.add(plain);
        }
      }
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            Object plain = plain(v, bytesAsText, hidden, mask);
            if (plain != null) {
              copy.put(String.valueOf(k), plain);
            }
          });
      return copy;
    }
    if (value instanceof SdkBytes bytes) {
      if (!bytesAsText) {
        return "<" + bytes.asByteArrayUnsafe().length + " bytes>";
      }
      try {
        return java.nio.charset.StandardCharsets.UTF_8
            .newDecoder()
            .decode(java.nio.ByteBuffer.wrap(bytes.asByteArrayUnsafe()))
            .toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        return java.util.Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
      }
    }
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return String.valueOf(value);
  }
}

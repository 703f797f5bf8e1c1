package dev.lmiadvisor.tools.sandbox.audit;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The members of an SDK model class that the service model marks {@code sensitive} (a password, a
 * parameter value, a function's environment variables, a zip file).
 *
 * <p>Where the trait comes from: the SDK does not put the model's sensitive trait on {@link
 * SdkField}, but it honours it in every generated {@code toString()}, which prints {@value
 * #REDACTED} instead of the value. A probe object with every member set is printed once per class,
 * and the members shown redacted are the sensitive ones.
 */
public final class SensitiveMembers {

  static final String REDACTED = "*** Sensitive Data Redacted ***";

  private static final Map<Class<?>, Set<String>> BY_CLASS = new ConcurrentHashMap<>();

  private SensitiveMembers() {}

  /**
   * The sensitive member names of a model class; empty when it has none or is not a model class.
   */
  public static Set<String> of(Class<?> modelClass) {
    return BY_CLASS.computeIfAbsent(modelClass, SensitiveMembers::discover);
  }

  /** Whether a member of a structure, or anything inside it, is sensitive. */
  public static boolean reachesSensitive(SdkField<?> field) {
    return reaches(field, new HashSet<>());
  }

  private static boolean reaches(SdkField<?> field, Set<Class<?>> seen) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.LIST) {
      return reaches(
          field.getTrait(software.amazon.awssdk.core.traits.ListTrait.class).memberFieldInfo(),
          seen);
    }
    if (type == MarshallingType.MAP) {
      return reaches(
          field.getTrait(software.amazon.awssdk.core.traits.MapTrait.class).valueFieldInfo(), seen);
    }
    if (type != MarshallingType.SDK_POJO) {
      return false;
    }
    SdkPojo builder = field.constructor().get();
    SdkPojo built = (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
    Class<?> nested = built.getClass();
    if (!seen.add(nested)) {
      return false;
    }
    if (!of(nested).isEmpty()) {
      return true;
    }
    for (SdkField<?> member : builder.sdkFields()) {
      if (reaches(member, seen)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> discover(Class<?> modelClass) {
    SdkPojo builder;
    try {
      Method factory = modelClass.getMethod("builder");
      builder = (SdkPojo) factory.invoke(null);
    } catch (ReflectiveOperationException | ClassCastException | IllegalArgumentException e) {
      return Set.of();
    }
    Map<String, SdkField<?>> fields = new HashMap<>();
    for (SdkField<?> field : builder.sdkFields()) {
      Object probe = probe(field);
      if (probe != null) {
        try {
          field.set(builder, probe);
          fields.put(field.memberName(), field);
        } catch (RuntimeException e) {
          // a member that takes no such value is simply not probed
        }
      }
    }
    String shown = ((SdkBuilder<?, ?>) builder).build().toString();
    Set<String> sensitive = new HashSet<>();
    for (String member : fields.keySet()) {
      if (shown.contains(member + "=" + REDACTED)) {
        sensitive.add(member);
      }
    }
    return Set.copyOf(sensitive);
  }

  private static Object probe(SdkField<?> field) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      return "probe";
    }
    if (type == MarshallingType.INTEGER) {
      return 1;
    }
    if (type == MarshallingType.LONG) {
      return 1L;
    }
    if (type == MarshallingType.BOOLEAN) {
      return Boolean.TRUE;
    }
    if (type == MarshallingType.DOUBLE) {
      return 1.0;
    }
    if (type == MarshallingType.FLOAT) {
      return 1.0f;
    }
    if (type == MarshallingType.INSTANT) {
      return Instant.EPOCH;
    }
    if (type == MarshallingType.SDK_BYTES) {
      return SdkBytes.fromUtf8String("probe");
    }
    if (type == MarshallingType.LIST) {
      return new ArrayList<>();
    }
    if (type == MarshallingType.MAP) {
      return new HashMap<>();
    }
    if (type == MarshallingType.SDK_POJO) {
      return ((SdkBuilder<?, ?>) field.constructor().get()).build();
    }
    return null;
  }
}

package dev.lmiadvisor.tools.sandbox.validate;

import dev.lmiadvisor.tools.sandbox.CommandDenied;
import dev.lmiadvisor.tools.sandbox.bind.RequestBinder;
import dev.lmiadvisor.tools.sandbox.parse.CliNames;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Checks every enum-typed value of a bound request against the values the service model allows,
 * exactly and case-sensitively, as the API does ({@code --auth-type none} is not {@code NONE}).
 *
 * <p>Where the enums come from: the SDK generates one Java enum per model enum, and for a member of
 * such a type a pair of accessors on the model class, {@code authType()} returning the enum and
 * {@code authTypeAsString()} returning the text sent. {@link SdkField} carries the member name but
 * not the enum, so the pairing is read once per model class from the generated accessors: a probe
 * object with every text member set to its own name shows which {@code ...AsString} accessor reads
 * which member. Lists of enums ({@code ...AsStrings()}) are paired the same way.
 */
public final class EnumValues {

  public static final String RULE = RequestBinder.RULE_INVALID_VALUE;

  private static final String PROBE = "\u0001";
  private static final Map<Class<?>, Map<String, Set<String>>> BY_CLASS = new ConcurrentHashMap<>();

  private EnumValues() {}

  /**
   * @throws CommandDenied naming the member, the value given and the values allowed
   */
  public static void check(SdkPojo request) {
    walk(request, "");
  }

  /** The allowed values of each enum-typed member of a model class, by member name. */
  public static Map<String, Set<String>> of(Class<?> modelClass) {
    return BY_CLASS.computeIfAbsent(modelClass, EnumValues::discover);
  }

  private static void walk(SdkPojo pojo, String where) {
    Map<String, Set<String>> enums = of(pojo.getClass());
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value == null) {
        continue;
      }
      String name =
          where.isEmpty()
              ? "--" + CliNames.cli(field.memberName())
              : where + " " + field.memberName();
      Set<String> allowed = enums.get(field.memberName());
      if (allowed != null) {
        if (value instanceof Collection<?> list) {
          for (Object item : list) {
            checkValue(String.valueOf(item), allowed, name);
          }
        } else {
          checkValue(String.valueOf(value), allowed, name);
        }
        continue;
      }
      descend(value, name);
    }
  }

  private static void descend(Object value, String where) {
    if (value instanceof SdkPojo nested) {
      walk(nested, where);
    } else if (value instanceof Collection<?> list) {
      for (Object item : list) {
        descend(item, where);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        descend(entry.getValue(), where + " " + entry.getKey());
      }
    }
  }

  private static void checkValue(String value, Set<String> allowed, String where) {
    if (allowed.contains(value)) {
      return;
    }
    String sameLetters =
        allowed.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst().orElse(null);
    if (sameLetters != null) {
      throw new CommandDenied(
          RULE,
          "%s is '%s', but enum values are case-sensitive: write %s"
              .formatted(where, value, sameLetters),
          List.of(sameLetters));
    }
    List<String> close = CliNames.closest(value, allowed);
    List<String> shown = allowed.stream().limit(12).toList();
    throw new CommandDenied(
        RULE,
        "%s is '%s', which is not one of its values (%s%s)%s"
            .formatted(
                where,
                value.length() <= 60 ? value : value.substring(0, 60) + "...",
                String.join(", ", shown),
                allowed.size() > shown.size() ? ", ..." : "",
                close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"),
        close);
  }

  private static Map<String, Set<String>> discover(Class<?> modelClass) {
    SdkPojo probe = probe(modelClass);
    if (probe == null) {
      return Map.of();
    }
    Map<String, Set<String>> result = new LinkedHashMap<>();
    for (Method accessor : modelClass.getMethods()) {
      String name = accessor.getName();
      boolean single = name.endsWith("AsString") && accessor.getReturnType() == String.class;
      boolean list = name.endsWith("AsStrings") && List.class == accessor.getReturnType();
      if ((!single && !list) || accessor.getParameterCount() != 0) {
        continue;
      }
      Class<?> enumType =
          enumType(modelClass, name.substring(0, name.length() - (single ? 8 : 9)), list);
      if (enumType == null) {
        continue;
      }
      Object read;
      try {
        read = accessor.invoke(probe);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      Object first = read instanceof List<?> l && !l.isEmpty() ? l.getFirst() : read;
      if (first instanceof String s && s.startsWith(PROBE)) {
        result.put(s.substring(PROBE.length()), knownValues(enumType));
      }
    }
    return Map.copyOf(result);
  }

  /** An instance with every text member, and every list of text, set to its own member name. */
  private static SdkPojo probe(Class<?> modelClass) {
    SdkPojo builder;
    try {
      Method factory = modelClass.getMethod("builder");
      if (!Modifier.isStatic(factory.getModifiers())) {
        return null;
      }
      builder = (SdkPojo) factory.invoke(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return null;
    }
    for (SdkField<?> field : builder.sdkFields()) {
      MarshallingType<?> type = field.marshallingType();
      if (type == MarshallingType.STRING) {
        field.set(builder, PROBE + field.memberName());
      } else if (type == MarshallingType.LIST
          && field.getTrait(ListTrait.class).memberFieldInfo().marshallingType()
              == MarshallingType.STRING) {
        field.set(builder, new ArrayList<>(List.of(PROBE + field.memberName())));
      }
    }
    return (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
  }

  private static Class<?> enumType(Class<?> modelClass, String accessor, boolean list) {
    try {
      Method typed = modelClass.getMethod(accessor);
      if (!list) {
        return typed.getReturnType().isEnum() ? typed.getReturnType() : null;
      }
      Type generic = typed.getGenericReturnType();
      if (generic instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> c
          && c.isEnum()) {
        return c;
      }
      return null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Set<String> knownValues(Class<?> enumType) {
    Set<String> values = new TreeSet<>();
    for (Object constant : enumType.getEnumConstants()) {
      String wire = constant.toString();
      // The SDK adds UNKNOWN_TO_SDK_VERSION (toString "null") for values newer than the model.
      if (wire != null
          && !wire.equals("null")
          && !((Enum<?>) constant).name().equals("UNKNOWN_TO_SDK_VERSION")) {
        values.add(wire);
      }
    }
    return java.util.Collections.unmodifiableSet(values);
  }
}

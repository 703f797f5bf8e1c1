package dev.lmiadvisor.server.output;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How an enum of a domain module is written in tool outputs and schemas. The domain enums already
 * name their wire value, each in the word of its own module: {@code wire()} (sandbox), {@code id()}
 * (regions, sizing, review) or {@code code()} (languages). The first of those an enum has is used;
 * an enum with none is written as its {@code toString()}. Domain modules stay free of Jackson.
 */
public final class EnumWire {

  private static final List<String> ACCESSORS = List.of("wire", "id", "code");
  private static final Map<Class<?>, Method> ACCESSOR = new ConcurrentHashMap<>();

  private EnumWire() {}

  public static String of(Enum<?> value) {
    Method accessor = ACCESSOR.computeIfAbsent(value.getDeclaringClass(), EnumWire::accessor);
    if (accessor.getDeclaringClass() == Object.class) {
      return value.toString();
    }
    try {
      return (String) accessor.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the wire value of " + value, e);
    }
  }

  /** Every wire value of an enum type, in declaration order. */
  public static List<String> values(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(e -> of((Enum<?>) e)).toList();
  }

  private static Method accessor(Class<?> type) {
    for (String name : ACCESSORS) {
      try {
        Method method = type.getMethod(name);
        if (method.getReturnType() == String.class && !Modifier.isStatic(method.getModifiers())) {
          return method;
        }
      } catch (NoSuchMethodException e) {
        // try the next name
      }
    }
    try {
      return Object.class.getMethod("toString");
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}

package dev.lmiadvisor.tools.sandbox.parse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.RequiredTrait;
import software.amazon.awssdk.core.traits.TraitType;

/**
 * One operation of a service: its SDK request class and client method, its parameters as the SDK's
 * own field metadata describes them ({@code sdkFields()}), and which of them are required.
 */
public final class OperationModel {

  private final String service;
  private final String name;
  private final Class<? extends SdkRequest> requestClass;
  private final Method clientMethod;
  private final RequiredMembers required;
  private final Method builderFactory;
  private volatile Map<String, SdkField<?>> parameters;

  OperationModel(
      String service,
      String name,
      Class<? extends SdkRequest> requestClass,
      Method clientMethod,
      RequiredMembers required) {
    this.service = service;
    this.name = name;
    this.requestClass = requestClass;
    this.clientMethod = clientMethod;
    this.required = required;
    try {
      this.builderFactory = requestClass.getMethod("builder");
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(requestClass + " has no builder()", e);
    }
  }

  /** CLI service name, e.g. {@code lambda}. */
  public String service() {
    return service;
  }

  /** The model's operation name, e.g. {@code CreateCapacityProvider}. */
  public String name() {
    return name;
  }

  /** The AWS CLI spelling, e.g. {@code create-capacity-provider}. */
  public String cliName() {
    return CliNames.cli(name);
  }

  public Class<? extends SdkRequest> requestClass() {
    return requestClass;
  }

  /** The method of the synchronous SDK client that sends this request. */
  public Method clientMethod() {
    return clientMethod;
  }

  /**
   * The client's paginator for this operation ({@code listFunctionsPaginator}), when the service
   * model declares the operation paginated; empty otherwise.
   */
  public java.util.Optional<Method> paginatorMethod() {
    try {
      return java.util.Optional.of(
          clientMethod
              .getDeclaringClass()
              .getMethod(clientMethod.getName() + "Paginator", requestClass));
    } catch (NoSuchMethodException e) {
      return java.util.Optional.empty();
    }
  }

  /** A fresh builder of the SDK request; it is an {@link SdkPojo} whose fields can be set. */
  public SdkPojo newRequestBuilder() {
    try {
      return (SdkPojo) builderFactory.invoke(null);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot create a builder for " + requestClass, e);
    }
  }

  /** Top-level parameters by their CLI option name (without the leading dashes). */
  public Map<String, SdkField<?>> parameters() {
    Map<String, SdkField<?>> result = parameters;
    if (result == null) {
      Map<String, SdkField<?>> byCli = new LinkedHashMap<>();
      for (SdkField<?> field : newRequestBuilder().sdkFields()) {
        byCli.put(CliNames.cli(field.memberName()), field);
      }
      result = Collections.unmodifiableMap(byCli);
      parameters = result;
    }
    return result;
  }

  /**
   * Required member names among {@code fields} at {@code path} ({@code ""} for the top level): from
   * the service model's required lists, the SDK's {@code RequiredTrait}, and members bound to the
   * URI path.
   */
  public Set<String> requiredMembers(String path, List<SdkField<?>> fields) {
    Set<String> names = new LinkedHashSet<>(required.at(service, name, path));
    for (SdkField<?> field : fields) {
      boolean inUriPath =
          field.location() == MarshallLocation.PATH
              || field.location() == MarshallLocation.GREEDY_PATH;
      if (inUriPath || field.containsTrait(RequiredTrait.class, TraitType.REQUIRED_TRAIT)) {
        names.add(field.memberName());
      }
    }
    return names;
  }

  @Override
  public String toString() {
    return service + " " + cliName();
  }
}

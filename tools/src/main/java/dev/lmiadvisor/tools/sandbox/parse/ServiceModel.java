package dev.lmiadvisor.tools.sandbox.parse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkRequest;

/**
 * One AWS service as the SDK client on the classpath describes it: every operation is a method of
 * the synchronous client that takes the operation's {@code ...Request} object.
 */
public final class ServiceModel {

  private final String cliName;
  private final Class<? extends SdkClient> clientClass;
  private final Map<String, OperationModel> operations;
  private final Map<String, String> streamingOperations;

  ServiceModel(String cliName, Class<? extends SdkClient> clientClass, RequiredMembers required) {
    this.cliName = cliName;
    this.clientClass = clientClass;
    Map<String, OperationModel> ops = new TreeMap<>();
    Map<String, String> streaming = new TreeMap<>();
    for (Method method : clientClass.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() == 0) {
        continue;
      }
      Class<?> first = method.getParameterTypes()[0];
      if (!SdkRequest.class.isAssignableFrom(first) || !first.getSimpleName().endsWith("Request")) {
        continue;
      }
      String operation = first.getSimpleName().substring(0, first.getSimpleName().length() - 7);
      // Paginator and waiter helpers take the same request; only the method named after the
      // operation is the operation.
      if (!method.getName().equals(lowerFirst(operation))) {
        continue;
      }
      String cli = CliNames.cli(operation);
      if (method.getParameterCount() == 1) {
        @SuppressWarnings("unchecked")
        Class<? extends SdkRequest> requestClass = (Class<? extends SdkRequest>) first;
        ops.put(cli, new OperationModel(cliName, operation, requestClass, method, required));
      } else {
        streaming.putIfAbsent(cli, operation);
      }
    }
    streaming.keySet().removeAll(ops.keySet());
    this.operations = Map.copyOf(ops);
    this.streamingOperations = Map.copyOf(streaming);
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  public String cliName() {
    return cliName;
  }

  public Class<? extends SdkClient> clientClass() {
    return clientClass;
  }

  public Optional<OperationModel> operation(String cliOperation) {
    return Optional.ofNullable(operations.get(cliOperation));
  }

  /** Operations whose request or response is a byte stream (e.g. s3api put-object). */
  public boolean isStreamingOperation(String cliOperation) {
    return streamingOperations.containsKey(cliOperation);
  }

  public Set<String> operationNames() {
    return new java.util.TreeSet<>(operations.keySet());
  }
}

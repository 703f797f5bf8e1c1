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
      String requestName = first.getSimpleName().substring(0, first.getSimpleName().length() - 7);
      // Paginator and waiter helpers take the same request; only the method named after the
      // operation is the operation. The request class spells acronyms as words
      // (SendSshPublicKeyRequest), the method keeps the model's spelling (sendSSHPublicKey), which
      // is the operation's name.
      if (!method.getName().equalsIgnoreCase(requestName)) {
        continue;
      }
      String operation =
          Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
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

  /** The model's operation names, e.g. {@code CreateCapacityProvider}. */
  public Set<String> modelOperationNames() {
    Set<String> names = new java.util.TreeSet<>();
    operations.values().forEach(o -> names.add(o.name()));
    names.addAll(streamingOperations.values());
    return names;
  }

  public Set<String> operationNames() {
    return new java.util.TreeSet<>(operations.keySet());
  }
}

package dev.lmiadvisor.tools.sandbox.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which members of an operation's input are required, by member path.
 *
 * <p>Why a data file: the AWS SDK for Java v2 (2.40.2) keeps the service models' {@code required}
 * lists out of its run-time metadata. {@code SdkField} can carry a {@code RequiredTrait}, but the
 * code generator sets it only on a handful of S3 members. The sandbox therefore combines three
 * sources, in {@link OperationModel}: this file, copied from the AWS CLI's botocore service models
 * by {@code tools/scripts/generate_sandbox_model_data.py} (source and version inside the file); the
 * SDK's {@code RequiredTrait} where present; and members bound to the URI path, which the HTTP
 * binding cannot send without. A test checks that every name in the file is a member the SDK knows.
 *
 * <p>Paths use member names: {@code ""} is the input itself, {@code VpcConfig} a nested structure,
 * {@code Tags[]} a list item, {@code Variables{}} a map value.
 */
public final class RequiredMembers {

  private static final String RESOURCE = "/sandbox/required-members.json";
  private static volatile RequiredMembers loaded;

  private final Map<String, Map<String, Map<String, List<String>>>> byService;
  private final String source;

  private RequiredMembers(
      Map<String, Map<String, Map<String, List<String>>>> byService, String source) {
    this.byService = byService;
    this.source = source;
  }

  public static RequiredMembers load() {
    RequiredMembers result = loaded;
    if (result == null) {
      synchronized (RequiredMembers.class) {
        result = loaded;
        if (result == null) {
          result = read();
          loaded = result;
        }
      }
    }
    return result;
  }

  private static RequiredMembers read() {
    try (InputStream in = RequiredMembers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Map<String, Map<String, List<String>>>> services = new HashMap<>();
      root.get("services")
          .properties()
          .forEach(
              service -> {
                Map<String, Map<String, List<String>>> operations = new HashMap<>();
                service
                    .getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          Map<String, List<String>> paths = new HashMap<>();
                          operation
                              .getValue()
                              .properties()
                              .forEach(
                                  path -> {
                                    List<String> names = new ArrayList<>();
                                    path.getValue().forEach(n -> names.add(n.asText()));
                                    paths.put(path.getKey(), List.copyOf(names));
                                  });
                          operations.put(operation.getKey(), Map.copyOf(paths));
                        });
                services.put(service.getKey(), Map.copyOf(operations));
              });
      return new RequiredMembers(Map.copyOf(services), root.path("source").asText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Required member names at {@code path} of the input of {@code operation}; empty when none. */
  public List<String> at(String service, String operation, String path) {
    return byService
        .getOrDefault(service, Map.of())
        .getOrDefault(operation, Map.of())
        .getOrDefault(path, List.of());
  }

  /** Every path with required members, for one operation. */
  public Map<String, List<String>> paths(String service, String operation) {
    return byService.getOrDefault(service, Map.of()).getOrDefault(operation, Map.of());
  }

  /** Every operation listed for a service. */
  public java.util.Set<String> operations(String service) {
    return byService.getOrDefault(service, Map.of()).keySet();
  }

  /** Where the lists come from (botocore version). */
  public String source() {
    return source;
  }
}

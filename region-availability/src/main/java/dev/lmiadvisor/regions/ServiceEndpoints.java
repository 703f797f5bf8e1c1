package dev.lmiadvisor.regions;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

/** Whether a service has an endpoint in a Region. */
@FunctionalInterface
interface ServiceEndpoints {

  boolean has(String endpointPrefix, String region);

  /**
   * The SDK's own endpoint metadata ({@link ServiceMetadata#regions()}), the same data the SDK uses
   * to reach the service. A Region missing there has no such service for the SDK.
   */
  static ServiceEndpoints fromSdk() {
    Map<String, Set<String>> cache = new ConcurrentHashMap<>();
    return (prefix, region) ->
        cache
            .computeIfAbsent(
                prefix,
                p ->
                    ServiceMetadata.of(p).regions().stream()
                        .map(Region::id)
                        .collect(Collectors.toUnmodifiableSet()))
            .contains(region);
  }
}

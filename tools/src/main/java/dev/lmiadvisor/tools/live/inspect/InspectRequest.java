package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.LiveInputs;
import java.util.Optional;

/**
 * What inspect_deployment is asked: a Region, and optionally which capacity provider or function to
 * look at. With neither, the Region's providers are listed and one that is not Active is preferred
 * (the one most likely to be the question), else the first.
 *
 * @param capacityProvider a capacity provider name or ARN
 * @param functionName a function name or ARN, without a version (its newest published version is
 *     read)
 */
public record InspectRequest(
    String region, Optional<String> capacityProvider, Optional<String> functionName) {

  public InspectRequest {
    region = LiveInputs.region(region);
    capacityProvider = capacityProvider.map(String::strip).filter(s -> !s.isEmpty());
    capacityProvider.ifPresent(LiveInputs::capacityProviderName);
    functionName = functionName.map(String::strip).filter(s -> !s.isEmpty());
    functionName.ifPresent(LiveInputs::functionName);
  }

  /** The arguments as the audit log records them. */
  public String describe() {
    return "region="
        + region
        + capacityProvider.map(p -> " capacity_provider=" + p).orElse("")
        + functionName.map(f -> " function_name=" + f).orElse("");
  }
}

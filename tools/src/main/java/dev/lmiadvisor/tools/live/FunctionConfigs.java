package dev.lmiadvisor.tools.live;

import java.util.Optional;
import software.amazon.awssdk.services.lambda.model.CapacityProviderConfig;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.LambdaManagedInstancesCapacityProviderConfig;

/** What a function's configuration says about LMI. */
public final class FunctionConfigs {

  private FunctionConfigs() {}

  /** The function's LMI configuration, when it is attached to a capacity provider. */
  public static Optional<LambdaManagedInstancesCapacityProviderConfig> lmiConfig(
      GetFunctionConfigurationResponse function) {
    return Optional.ofNullable(function.capacityProviderConfig())
        .map(CapacityProviderConfig::lambdaManagedInstancesCapacityProviderConfig);
  }

  public static Optional<String> capacityProviderArn(GetFunctionConfigurationResponse function) {
    return lmiConfig(function)
        .map(LambdaManagedInstancesCapacityProviderConfig::capacityProviderArn)
        .filter(a -> !a.isEmpty());
  }
}

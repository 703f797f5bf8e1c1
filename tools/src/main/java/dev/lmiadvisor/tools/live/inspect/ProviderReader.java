package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.AccountCalls;
import dev.lmiadvisor.tools.live.AwsOperation;
import dev.lmiadvisor.tools.live.CallResult;
import dev.lmiadvisor.tools.live.FunctionConfigs;
import dev.lmiadvisor.tools.live.LiveErrors;
import dev.lmiadvisor.tools.live.LiveInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CapacityProvider;
import software.amazon.awssdk.services.lambda.model.CapacityProviderScalingConfig;
import software.amazon.awssdk.services.lambda.model.GetCapacityProviderRequest;
import software.amazon.awssdk.services.lambda.model.GetCapacityProviderResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.ListCapacityProvidersRequest;
import software.amazon.awssdk.services.lambda.model.ListCapacityProvidersResponse;
import software.amazon.awssdk.services.lambda.model.TargetTrackingScalingPolicy;

/**
 * Finds the capacity provider to inspect: the one named, the one the named function is attached to,
 * or, with neither, one of the Region's (a provider that is not Active first).
 */
final class ProviderReader {

  /** Providers asked for per ListCapacityProviders page (the API allows 1 to 50). */
  static final int PAGE_SIZE = 50;

  private final AccountCalls calls;
  private final LambdaClient lambda;

  ProviderReader(AccountCalls calls, LambdaClient lambda) {
    this.calls = calls;
    this.lambda = lambda;
  }

  /**
   * @param provider the provider, when it could be read
   * @param state its state, or {@code unknown} (not readable), {@code none} (no provider in the
   *     Region) or {@code not_lmi} (the named function has no capacity provider)
   * @param others the Region's other providers, when they were listed
   * @param function the named function's $LATEST configuration, when it was read to find the
   *     provider
   */
  record Resolution(
      Optional<ProviderView> provider,
      String state,
      Optional<String> name,
      List<String> others,
      Optional<GetFunctionConfigurationResponse> function) {}

  Resolution resolve(InspectRequest request) {
    if (request.capacityProvider().isPresent()) {
      return named(request.capacityProvider().get(), request.region(), Optional.empty());
    }
    if (request.functionName().isPresent()) {
      return throughFunction(request.functionName().get(), request.region());
    }
    return fromList();
  }

  private Resolution named(
      String nameOrArn, String region, Optional<GetFunctionConfigurationResponse> function) {
    String name = LiveInputs.nameOf(nameOrArn);
    CallResult<GetCapacityProviderResponse> result =
        calls.call(
            AwsOperation.GET_CAPACITY_PROVIDER,
            name,
            GetCapacityProviderRequest.builder().capacityProviderName(name).build(),
            lambda::getCapacityProvider);
    calls.requireAcceptedCredentials();
    if (result.notFound()) {
      List<String> existing =
          list().orElse(List.of()).stream()
              .map(p -> LiveInputs.nameOf(p.capacityProviderArn()))
              .toList();
      throw LiveErrors.invalid(
          "capacity provider '"
              + name
              + "' was not found in "
              + region
              + (existing.isEmpty()
                  ? "; the Region has no capacity provider"
                  : "; the Region has: " + String.join(", ", existing)),
          "capacity_provider");
    }
    Optional<ProviderView> view = result.value().map(r -> view(r.capacityProvider()));
    return new Resolution(
        view,
        view.map(ProviderView::state).orElse("unknown"),
        Optional.of(name),
        List.of(),
        function);
  }

  private Resolution throughFunction(String functionName, String region) {
    CallResult<GetFunctionConfigurationResponse> result =
        calls.call(
            AwsOperation.GET_FUNCTION_CONFIGURATION,
            LiveInputs.nameOf(functionName),
            GetFunctionConfigurationRequest.builder().functionName(functionName).build(),
            lambda::getFunctionConfiguration);
    calls.requireAcceptedCredentials();
    if (result.notFound()) {
      throw LiveErrors.invalid(
          "function '" + functionName + "' was not found in " + region, "function_name");
    }
    if (result.value().isEmpty()) {
      return new Resolution(
          Optional.empty(), "unknown", Optional.empty(), List.of(), Optional.empty());
    }
    GetFunctionConfigurationResponse function = result.value().get();
    Optional<String> providerArn = FunctionConfigs.capacityProviderArn(function);
    if (providerArn.isEmpty()) {
      return new Resolution(
          Optional.empty(), "not_lmi", Optional.empty(), List.of(), Optional.of(function));
    }
    return named(providerArn.get(), region, Optional.of(function));
  }

  private Resolution fromList() {
    Optional<List<CapacityProvider>> listed = list();
    if (listed.isEmpty() || listed.get().isEmpty()) {
      return new Resolution(
          Optional.empty(),
          listed.isPresent() ? "none" : "unknown",
          Optional.empty(),
          List.of(),
          Optional.empty());
    }
    List<CapacityProvider> providers = listed.get();
    CapacityProvider chosen =
        providers.stream()
            .filter(p -> !"Active".equals(p.stateAsString()))
            .findFirst()
            .orElse(providers.getFirst());
    List<String> others =
        providers.stream()
            .filter(p -> p != chosen)
            .map(p -> LiveInputs.nameOf(p.capacityProviderArn()) + " (" + p.stateAsString() + ")")
            .toList();
    ProviderView view = view(chosen);
    return new Resolution(
        Optional.of(view), view.state(), Optional.of(view.name()), others, Optional.empty());
  }

  /** The Region's providers, or empty when the first page could not be read. */
  private Optional<List<CapacityProvider>> list() {
    List<CapacityProvider> providers = new ArrayList<>();
    String marker = null;
    for (int page = 0; page < calls.maxPages(); page++) {
      CallResult<ListCapacityProvidersResponse> result =
          calls.call(
              AwsOperation.LIST_CAPACITY_PROVIDERS,
              "page " + (page + 1),
              ListCapacityProvidersRequest.builder().maxItems(PAGE_SIZE).marker(marker).build(),
              lambda::listCapacityProviders);
      calls.requireAcceptedCredentials();
      if (result.value().isEmpty()) {
        return page == 0 ? Optional.empty() : Optional.of(providers);
      }
      providers.addAll(result.value().get().capacityProviders());
      marker = result.value().get().nextMarker();
      if (marker == null || marker.isEmpty()) {
        break;
      }
    }
    return Optional.of(providers);
  }

  static ProviderView view(CapacityProvider p) {
    CapacityProviderScalingConfig scaling = p.capacityProviderScalingConfig();
    return new ProviderView(
        LiveInputs.nameOf(p.capacityProviderArn()),
        p.capacityProviderArn(),
        p.stateAsString() == null ? "unknown" : p.stateAsString(),
        p.vpcConfig() == null ? List.of() : p.vpcConfig().subnetIds(),
        p.vpcConfig() == null ? List.of() : p.vpcConfig().securityGroupIds(),
        p.instanceRequirements() == null
            ? List.of()
            : p.instanceRequirements().architecturesAsStrings(),
        p.instanceRequirements() == null
            ? List.of()
            : p.instanceRequirements().allowedInstanceTypes(),
        p.instanceRequirements() == null
            ? List.of()
            : p.instanceRequirements().excludedInstanceTypes(),
        Optional.ofNullable(scaling).map(CapacityProviderScalingConfig::maxVCpuCount),
        Optional.ofNullable(scaling).map(CapacityProviderScalingConfig::scalingModeAsString),
        scaling == null
            ? List.of()
            : scaling.scalingPolicies().stream()
                .map(TargetTrackingScalingPolicy::targetValue)
                .filter(v -> v != null)
                .toList(),
        p.permissionsConfig() == null
                || p.permissionsConfig().capacityProviderOperatorRoleArn() == null
            ? ""
            : p.permissionsConfig().capacityProviderOperatorRoleArn(),
        Optional.ofNullable(p.kmsKeyArn()).filter(k -> !k.isEmpty()),
        Optional.ofNullable(p.lastModified()));
  }
}

package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.AccountCalls;
import dev.lmiadvisor.tools.live.AwsOperation;
import dev.lmiadvisor.tools.live.CallResult;
import dev.lmiadvisor.tools.live.FunctionConfigs;
import dev.lmiadvisor.tools.live.LiveInputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionScalingConfig;
import software.amazon.awssdk.services.lambda.model.FunctionVersionsByCapacityProviderListItem;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionScalingConfigRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionScalingConfigResponse;
import software.amazon.awssdk.services.lambda.model.LambdaManagedInstancesCapacityProviderConfig;
import software.amazon.awssdk.services.lambda.model.ListFunctionVersionsByCapacityProviderRequest;
import software.amazon.awssdk.services.lambda.model.ListFunctionVersionsByCapacityProviderResponse;

/**
 * Reads the functions attached to a capacity provider: the versions the provider lists, then for
 * each function (at most {@link #MAX_FUNCTIONS}) the configuration and scaling floor of its newest
 * published version.
 */
final class FunctionReader {

  /** Functions read in detail per provider; the rest are named in the report's notes. */
  static final int MAX_FUNCTIONS = 8;

  /** Versions asked for per page (the API allows 1 to 50). */
  static final int PAGE_SIZE = 50;

  private final AccountCalls calls;
  private final LambdaClient lambda;

  FunctionReader(AccountCalls calls, LambdaClient lambda) {
    this.calls = calls;
    this.lambda = lambda;
  }

  /** The functions read, and the names of those left unread by the limit. */
  record Functions(List<FunctionView> read, List<String> notRead) {}

  Functions read(
      ProviderView provider,
      Optional<String> onlyFunction,
      Optional<GetFunctionConfigurationResponse> latestOfNamed) {
    Map<String, List<FunctionView.VersionState>> byFunction = listVersions(provider.name());
    Optional<String> wanted = onlyFunction.map(LiveInputs::nameOf);
    if (wanted.isPresent()) {
      byFunction.keySet().retainAll(List.of(wanted.get()));
      byFunction.putIfAbsent(wanted.get(), List.of());
    }
    List<FunctionView> read = new ArrayList<>();
    List<String> notRead = new ArrayList<>();
    for (Map.Entry<String, List<FunctionView.VersionState>> entry : byFunction.entrySet()) {
      if (read.size() >= MAX_FUNCTIONS) {
        notRead.add(entry.getKey());
        continue;
      }
      read.add(function(entry.getKey(), entry.getValue(), latestOfNamed));
    }
    return new Functions(read, notRead);
  }

  private Map<String, List<FunctionView.VersionState>> listVersions(String provider) {
    Map<String, List<FunctionView.VersionState>> byFunction = new LinkedHashMap<>();
    String marker = null;
    for (int page = 0; page < calls.maxPages(); page++) {
      CallResult<ListFunctionVersionsByCapacityProviderResponse> result =
          calls.call(
              AwsOperation.LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER,
              provider,
              ListFunctionVersionsByCapacityProviderRequest.builder()
                  .capacityProviderName(provider)
                  .maxItems(PAGE_SIZE)
                  .marker(marker)
                  .build(),
              lambda::listFunctionVersionsByCapacityProvider);
      if (result.value().isEmpty()) {
        break;
      }
      for (FunctionVersionsByCapacityProviderListItem item :
          result.value().get().functionVersions()) {
        FunctionArn arn = FunctionArn.parse(item.functionArn());
        byFunction
            .computeIfAbsent(arn.name(), k -> new ArrayList<>())
            .add(new FunctionView.VersionState(arn.qualifier(), item.stateAsString()));
      }
      marker = result.value().get().nextMarker();
      if (marker == null || marker.isEmpty()) {
        break;
      }
    }
    byFunction.values().forEach(v -> v.sort(Comparator.comparing(FunctionReader::versionOrder)));
    return byFunction;
  }

  private FunctionView function(
      String name,
      List<FunctionView.VersionState> versions,
      Optional<GetFunctionConfigurationResponse> latestOfNamed) {
    Optional<String> newest =
        versions.stream()
            .map(FunctionView.VersionState::version)
            .filter(v -> v.matches("\\d+"))
            .max(Comparator.comparingLong(Long::parseLong));
    String version = newest.orElse("$LATEST");
    Optional<GetFunctionConfigurationResponse> config =
        newest.isEmpty() && latestOfNamed.isPresent()
            ? latestOfNamed
            : calls
                .call(
                    AwsOperation.GET_FUNCTION_CONFIGURATION,
                    name + ":" + version,
                    GetFunctionConfigurationRequest.builder()
                        .functionName(name)
                        .qualifier(version)
                        .build(),
                    lambda::getFunctionConfiguration)
                .value();
    Optional<FunctionScalingConfig> scaling =
        newest.flatMap(
            v ->
                calls
                    .call(
                        AwsOperation.GET_FUNCTION_SCALING_CONFIG,
                        name + ":" + v,
                        GetFunctionScalingConfigRequest.builder()
                            .functionName(name)
                            .qualifier(v)
                            .build(),
                        lambda::getFunctionScalingConfig)
                    .value()
                    .map(FunctionReader::effective));
    Optional<LambdaManagedInstancesCapacityProviderConfig> lmi =
        config.flatMap(FunctionConfigs::lmiConfig);
    return new FunctionView(
        name,
        version,
        List.copyOf(versions),
        config.map(GetFunctionConfigurationResponse::stateAsString),
        config.map(GetFunctionConfigurationResponse::stateReasonCodeAsString),
        config.map(GetFunctionConfigurationResponse::stateReason),
        config.map(GetFunctionConfigurationResponse::runtimeAsString),
        config.map(GetFunctionConfigurationResponse::memorySize),
        config
            .flatMap(c -> c.architecturesAsStrings().stream().findFirst())
            .or(() -> config.map(c -> "x86_64")),
        lmi.map(LambdaManagedInstancesCapacityProviderConfig::capacityProviderArn),
        lmi.map(
            LambdaManagedInstancesCapacityProviderConfig::perExecutionEnvironmentMaxConcurrency),
        lmi.map(LambdaManagedInstancesCapacityProviderConfig::executionEnvironmentMemoryGiBPerVCpu),
        scaling.map(FunctionScalingConfig::minExecutionEnvironments),
        scaling.map(FunctionScalingConfig::maxExecutionEnvironments),
        config.isPresent());
  }

  /** What is applied, or, while a change is being applied, what was asked for. */
  private static FunctionScalingConfig effective(GetFunctionScalingConfigResponse response) {
    return response.appliedFunctionScalingConfig() != null
        ? response.appliedFunctionScalingConfig()
        : response.requestedFunctionScalingConfig();
  }

  private static long versionOrder(FunctionView.VersionState v) {
    return v.version().matches("\\d+") ? Long.parseLong(v.version()) : -1;
  }

  /** {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]}. */
  record FunctionArn(String name, String qualifier) {
    static FunctionArn parse(String arn) {
      String[] parts = arn.split(":");
      if (parts.length >= 7 && parts[5].equals("function")) {
        return new FunctionArn(parts[6], parts.length > 7 ? parts[7] : "$LATEST");
      }
      return new FunctionArn(arn, "$LATEST");
    }
  }
}

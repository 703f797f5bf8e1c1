package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.live.Finding;
import dev.lmiadvisor.tools.live.FixCommands;
import dev.lmiadvisor.tools.live.LiveRule;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The provider's own state and the checks of each attached function as the account shows it. */
final class FunctionChecks {

  private FunctionChecks() {}

  static List<Finding> provider(ProviderView provider, Optional<NetworkView> network) {
    List<Finding> findings = new ArrayList<>();
    if (!"Active".equals(provider.state())) {
      Finding state =
          Finding.of(
              LiveRule.PROVIDER_NOT_ACTIVE,
              provider.name(),
              "The capacity provider is %s. It must be Active before a version can run on it; see"
                      .formatted(provider.state())
                  + " likely_cause for what the account shows.");
      findings.add("Deleting".equals(provider.state()) ? state.withSeverity(Severity.INFO) : state);
    }
    int zones = network.map(NetworkView::availabilityZones).orElse(0);
    int subnets = provider.subnetIds().size();
    if (subnets < LmiLimits.RECOMMENDED_SUBNETS
        || (zones > 0 && zones < LmiLimits.RECOMMENDED_SUBNETS)) {
      findings.add(
          Finding.of(
              ConfigurationRule.FEWER_THAN_THREE_SUBNETS,
              provider.name(),
              ("The provider has %d subnet(s)%s. A published version starts on three instances for"
                      + " Availability Zone resiliency; with fewer zones you pay for that and lose"
                      + " the protection. Subnets cannot be changed in place: create a new provider"
                      + " with one subnet in each of three zones and move the functions.")
                  .formatted(subnets, zones > 0 ? " in " + zones + " Availability Zone(s)" : "")));
    }
    return findings;
  }

  static List<Finding> function(ProviderView provider, FunctionView fn, String region) {
    List<Finding> findings = new ArrayList<>();
    String resource = fn.name() + ":" + fn.version();
    if (!fn.published()) {
      findings.add(
          Finding.of(
              ConfigurationRule.NOT_PUBLISHED,
              fn.name(),
              "No published version of this function uses the provider. Only published versions"
                  + " run on LMI; an invoke with nothing published fails with"
                  + " NoPublishedVersionException.",
              FixCommands.publish(fn.name(), region)));
    } else {
      versionState(provider, fn, region).ifPresent(findings::add);
    }
    fn.memoryMb()
        .filter(mb -> mb < LmiLimits.MIN_MEMORY_MB)
        .ifPresent(
            mb ->
                findings.add(
                    Finding.of(
                        ConfigurationRule.MEMORY_BELOW_MINIMUM,
                        resource,
                        ("MemorySize is %d MB, below the LMI minimum of %d MB (2 GB with 1 vCPU)."
                                + " Set it to %d or more and publish a new version.")
                            .formatted(mb, LmiLimits.MIN_MEMORY_MB, LmiLimits.MIN_MEMORY_MB),
                        FixCommands.memorySize(fn.name(), LmiLimits.MIN_MEMORY_MB, region),
                        FixCommands.publish(fn.name(), region))));
    Optional<String> providerArch = provider.architectures().stream().findFirst();
    if (fn.architecture().isPresent()
        && providerArch.isPresent()
        && !fn.architecture().get().equals(providerArch.get())) {
      findings.add(
          Finding.of(
              ConfigurationRule.ARCHITECTURE_MISMATCH,
              resource,
              ("The function is built for %s but the provider runs %s instances. Make both"
                      + " identical: rebuild the function for %s (update-function-code with"
                      + " --architectures), or attach it to a provider of its architecture.")
                  .formatted(fn.architecture().get(), providerArch.get(), providerArch.get())));
    }
    fn.minExecutionEnvironments()
        .filter(min -> min > 0 && min < LmiLimits.DEFAULT_MIN_EXECUTION_ENVIRONMENTS)
        .ifPresent(
            min ->
                findings.add(
                    Finding.of(
                        ConfigurationRule.MIN_EXECUTION_ENVIRONMENTS,
                        resource,
                        ("MinExecutionEnvironments is %d. Fewer than %d execution environments"
                                + " lose Availability Zone redundancy in production.")
                            .formatted(min, LmiLimits.DEFAULT_MIN_EXECUTION_ENVIRONMENTS),
                        FixCommands.scalingFloor(
                            fn.name(),
                            fn.version(),
                            LmiLimits.DEFAULT_MIN_EXECUTION_ENVIRONMENTS,
                            fn.maxExecutionEnvironments().orElse(0),
                            region))));
    concurrency(fn).ifPresent(findings::add);
    return findings;
  }

  private static Optional<Finding> versionState(
      ProviderView provider, FunctionView fn, String region) {
    Optional<String> state = fn.state();
    if (state.isEmpty() || state.get().equals("Active")) {
      return Optional.empty();
    }
    String code = fn.stateReasonCode().filter(c -> !c.isEmpty() && !c.equals("null")).orElse("");
    String meaning =
        ReasonCodes.meaning(code)
            .orElse(
                state.get().equals("Pending")
                    ? "Lambda launches 3 instances and 3 execution environments before a version is"
                        + " Active, which takes several minutes; if it stays Pending, check the"
                        + " network path and the operator role"
                    : fn.stateReason().orElse("no reason was given"));
    String message =
        "Version %s is %s%s: %s."
            .formatted(fn.version(), state.get(), code.isEmpty() ? "" : " (" + code + ")", meaning);
    List<String> fixes = new ArrayList<>();
    if (code.equals("CapacityProviderScalingLimitExceeded")) {
      int current = provider.maxVcpuCount().orElse(LmiLimits.DEFAULT_MAX_VCPU_COUNT);
      fixes.add(FixCommands.maxVcpuCount(provider.name(), Math.max(current * 2, 64), region));
      fixes.add(FixCommands.publish(fn.name(), region));
    }
    Finding finding =
        Finding.of(
            LiveRule.VERSION_NOT_ACTIVE,
            fn.name() + ":" + fn.version(),
            message,
            fixes.toArray(String[]::new));
    return Optional.of(
        state.get().equals("Pending") ? finding.withSeverity(Severity.WARNING) : finding);
  }

  /** More than 64 concurrent requests per vCPU ("up to 64 per vCPU", scaling page). */
  private static Optional<Finding> concurrency(FunctionView fn) {
    if (fn.perExecutionEnvironmentMaxConcurrency().isEmpty()
        || fn.memoryMb().isEmpty()
        || fn.memoryGibPerVcpu().isEmpty()
        || fn.memoryGibPerVcpu().get() <= 0) {
      return Optional.empty();
    }
    double vcpus = Math.max(1, fn.memoryMb().get() / 1024.0 / fn.memoryGibPerVcpu().get());
    double perVcpu = fn.perExecutionEnvironmentMaxConcurrency().get() / vcpus;
    if (perVcpu <= LmiLimits.MAX_CONCURRENCY_PER_VCPU_GUIDANCE) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            ConfigurationRule.CONCURRENCY_ABOVE_GUIDANCE,
            fn.name() + ":" + fn.version(),
            ("PerExecutionEnvironmentMaxConcurrency %d on %.1f vCPU is %.0f per vCPU; AWS documents"
                    + " up to %d per vCPU, for invocations that use very little CPU.")
                .formatted(
                    fn.perExecutionEnvironmentMaxConcurrency().get(),
                    vcpus,
                    perVcpu,
                    LmiLimits.MAX_CONCURRENCY_PER_VCPU_GUIDANCE)));
  }
}

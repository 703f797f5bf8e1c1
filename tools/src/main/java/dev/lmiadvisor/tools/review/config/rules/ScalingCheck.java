package dev.lmiadvisor.tools.review.config.rules;

import static dev.lmiadvisor.tools.LmiLimits.DEFAULT_MIN_EXECUTION_ENVIRONMENTS;
import static dev.lmiadvisor.tools.LmiLimits.MAX_EXECUTION_ENVIRONMENTS;
import static dev.lmiadvisor.tools.LmiLimits.MAX_VCPU_COUNT;
import static dev.lmiadvisor.tools.LmiLimits.MIN_VCPU_COUNT;
import static dev.lmiadvisor.tools.review.config.rules.FunctionSizingCheck.format;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.ResourceTypes;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * CFG-MIN-ENVIRONMENTS, CFG-SCALING-RANGE, CFG-MAX-VCPU-UNSET, CFG-MAX-VCPU-RANGE, CFG-MAX-VCPU-LOW
 * and CFG-CPU-TARGET-RANGE: the per-version execution environment limits and the capacity
 * provider's vCPU ceiling and CPU target. Limits are in {@link LmiLimits}.
 */
final class ScalingCheck implements TemplateCheck {

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    Template t = template.template();
    for (LambdaFunction function : template.lmiFunctions()) {
      function
          .properties()
          .mapping("FunctionScalingConfig")
          .ifPresent(config -> checkEnvironments(t, function.id(), config, findings));
    }
    for (Resource version : t.resourcesOfType(ResourceTypes.LAMBDA_VERSION)) {
      version
          .properties()
          .mapping("FunctionScalingConfig")
          .ifPresent(config -> checkEnvironments(t, version.logicalId(), config, findings));
    }
    for (CapacityProvider provider : template.providers()) {
      checkProvider(template, provider, findings);
    }
  }

  private void checkEnvironments(
      Template template, String resource, Mapping config, Findings findings) {
    Optional<Double> min = config.get("MinExecutionEnvironments").flatMap(template::number);
    Optional<Double> max = config.get("MaxExecutionEnvironments").flatMap(template::number);
    for (String name : List.of("MinExecutionEnvironments", "MaxExecutionEnvironments")) {
      Optional<Double> value = config.get(name).flatMap(template::number);
      if (value.isPresent() && (value.get() < 0 || value.get() > MAX_EXECUTION_ENVIRONMENTS)) {
        findings.add(
            ConfigurationRule.SCALING_RANGE,
            resource,
            config.lineOf(name),
            "%s is %s; it accepts 0 to %d."
                .formatted(name, format(value.get()), MAX_EXECUTION_ENVIRONMENTS),
            "Set %s between 0 and %d.".formatted(name, MAX_EXECUTION_ENVIRONMENTS));
        return;
      }
    }
    double effectiveMin = min.orElse((double) DEFAULT_MIN_EXECUTION_ENVIRONMENTS);
    if (min.isPresent() && max.isPresent() && min.get() == 0 && max.get() == 0) {
      findings.add(
          ConfigurationRule.MIN_EXECUTION_ENVIRONMENTS,
          Severity.INFO,
          resource,
          config.lineOf("MinExecutionEnvironments"),
          "MinExecutionEnvironments and MaxExecutionEnvironments are both 0, which leaves this version without execution environments.",
          "Raise both (minimum 3 in production) before routing traffic to this version.");
      return;
    }
    if (effectiveMin < DEFAULT_MIN_EXECUTION_ENVIRONMENTS) {
      findings.add(
          ConfigurationRule.MIN_EXECUTION_ENVIRONMENTS,
          resource,
          config.lineOf("MinExecutionEnvironments"),
          "MinExecutionEnvironments is %s; fewer than %d execution environments lose the Availability Zone spread of the default (3 instances, one per zone)."
              .formatted(format(effectiveMin), DEFAULT_MIN_EXECUTION_ENVIRONMENTS),
          "Set MinExecutionEnvironments to 3 or more in production (1 is acceptable only for tests).");
    }
    if (max.isPresent() && max.get() < effectiveMin) {
      findings.add(
          ConfigurationRule.SCALING_RANGE,
          resource,
          config.lineOf("MaxExecutionEnvironments"),
          "MaxExecutionEnvironments %s is below the minimum of %s%s."
              .formatted(
                  format(max.get()),
                  format(effectiveMin),
                  min.isPresent() ? "" : " (the default, MinExecutionEnvironments is not set)"),
          "Set MaxExecutionEnvironments at or above MinExecutionEnvironments; set both together.");
    }
  }

  private void checkProvider(
      ReviewedTemplate reviewed, CapacityProvider provider, Findings findings) {
    Template template = reviewed.template();
    Optional<Mapping> scaling = provider.scaling();
    boolean blockShown = scaling.isPresent() || reviewed.shape() != TemplateShape.PROPERTIES;
    Optional<TemplateNode> maxNode = provider.maxVCpuCount();
    if (maxNode.isEmpty()) {
      if (blockShown) {
        findings.add(
            ConfigurationRule.MAX_VCPU_UNSET,
            provider.id(),
            scaling.map(Mapping::line).orElse(provider.resource().line()),
            "MaxVCpuCount is not set. It is the provider's cost ceiling, and its default is not"
                + " settled (the capacity providers page gives 400; other tools document no limit).",
            "Set %s.MaxVCpuCount to what your peak needs plus headroom (2 to %d)."
                .formatted(provider.scalingBlockName(), MAX_VCPU_COUNT));
      }
    } else {
      Optional<Double> max = template.number(maxNode.get());
      int line = scaling.map(s -> s.lineOf("MaxVCpuCount")).orElse(provider.resource().line());
      if (max.isPresent() && (max.get() < MIN_VCPU_COUNT || max.get() > MAX_VCPU_COUNT)) {
        findings.add(
            ConfigurationRule.MAX_VCPU_OUT_OF_RANGE,
            provider.id(),
            line,
            "MaxVCpuCount is %s; the API accepts %d to %d."
                .formatted(format(max.get()), MIN_VCPU_COUNT, MAX_VCPU_COUNT),
            "Set MaxVCpuCount between %d and %d.".formatted(MIN_VCPU_COUNT, MAX_VCPU_COUNT));
      } else if (max.isPresent()) {
        checkCeiling(reviewed, provider, max.get(), line, findings);
      }
    }
    scaling.ifPresent(block -> checkCpuTargets(template, provider, block, findings));
  }

  /** The minimum environments of every attached function must fit under the vCPU ceiling. */
  private void checkCeiling(
      ReviewedTemplate reviewed,
      CapacityProvider provider,
      double max,
      int line,
      Findings findings) {
    Template template = reviewed.template();
    int needed = 0;
    List<String> parts = new ArrayList<>();
    for (LambdaFunction function : reviewed.functionsOn(provider)) {
      OptionalInt vcpus = FunctionSizingCheck.vcpusOf(template, function);
      if (vcpus.isEmpty()) {
        continue;
      }
      double min =
          function
              .properties()
              .at("FunctionScalingConfig", "MinExecutionEnvironments")
              .flatMap(template::number)
              .orElse((double) DEFAULT_MIN_EXECUTION_ENVIRONMENTS);
      int functionNeeds = (int) min * vcpus.getAsInt();
      needed += functionNeeds;
      parts.add("%s %s x %d vCPU".formatted(function.id(), format(min), vcpus.getAsInt()));
    }
    if (needed > max) {
      findings.add(
          ConfigurationRule.MAX_VCPU_TOO_LOW,
          provider.id(),
          line,
          "MaxVCpuCount is %s, but the minimum execution environments of the attached functions need %d vCPUs (%s), before any scaling and before the instances' own overhead."
              .formatted(format(max), needed, String.join(", ", parts)),
          "Raise MaxVCpuCount well above %d, or lower MinExecutionEnvironments or the vCPUs per environment."
              .formatted(needed));
    }
  }

  private void checkCpuTargets(
      Template template, CapacityProvider provider, Mapping scaling, Findings findings) {
    List<Optional<Double>> targets = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    if (provider.sam()) {
      scaling
          .get("AverageCPUUtilization")
          .ifPresent(
              n -> {
                targets.add(template.number(n));
                lines.add(scaling.lineOf("AverageCPUUtilization"));
              });
    } else {
      scaling
          .get("ScalingPolicies")
          .flatMap(n -> Values.items(template, n))
          .ifPresent(
              policies ->
                  policies.forEach(
                      policy -> {
                        if (policy instanceof Mapping p && p.has("TargetValue")) {
                          targets.add(p.get("TargetValue").flatMap(template::number));
                          lines.add(p.lineOf("TargetValue"));
                        }
                      }));
    }
    for (int i = 0; i < targets.size(); i++) {
      Optional<Double> target = targets.get(i);
      if (target.isPresent() && (target.get() < 0 || target.get() > 100)) {
        findings.add(
            ConfigurationRule.CPU_TARGET_OUT_OF_RANGE,
            provider.id(),
            lines.get(i),
            "The CPU utilization target is %s; it is a percentage from 0 to 100."
                .formatted(format(target.get())),
            "Set the target between 0 and 100; a lower target keeps more headroom for bursts.");
      }
    }
  }
}

package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.util.List;
import java.util.Optional;

/**
 * The Lambda Managed Instances guard rails of the seeds, on the parsed request:
 *
 * <ul>
 *   <li>never terminate instances by hand: Lambda manages LMI instances through the capacity
 *       provider ("Never manually terminate LMI EC2 instances (delete the capacity provider
 *       instead)", seed 000, Operations). The sandbox cannot tell LMI instances from others without
 *       calling AWS, so it refuses {@code ec2 terminate-instances} outright;
 *   <li>an LMI function has at least 2048 MB ("the smallest LMI function is 2 GB and 1 vCPU",
 *       https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html, as of
 *       2026-11-21). A function created with a capacity provider and no {@code --memory-size} gets
 *       Lambda's default of 128 MB, so that is refused too;
 *   <li>at least 3 execution environments in production, for Availability Zone resiliency ("Never
 *       set MinExecutionEnvironments below 3", seed 000, Configuration). Minimum 0 with maximum 0
 *       deactivates a version (scaling page above) and needs confirmation. With
 *       LMI_ADVISOR_ENVIRONMENT=non_production, 1 or 2 need confirmation instead.
 * </ul>
 */
public final class LmiGuardrails {

  static final String TERMINATE = "lmi-terminate-instances";
  public static final String MEMORY = "lmi-memory-minimum";
  static final String MIN_ENVIRONMENTS = "lmi-min-execution-environments";
  static final String DEACTIVATION = "lmi-deactivate-version";

  static final int MIN_MEMORY_MB = LmiLimits.MIN_MEMORY_MB;
  static final int MIN_EXECUTION_ENVIRONMENTS = 3;

  private LmiGuardrails() {}

  static List<PolicyRule> rules() {
    return List.of(
        Rule.deny(TERMINATE, (c, x) -> terminate(c)),
        Rule.deny(MEMORY, (c, x) -> memory(c)),
        Rule.deny(
            MIN_ENVIRONMENTS,
            (c, x) -> x.nonProduction() ? Optional.empty() : tooFewEnvironments(c)),
        Rule.confirm(
            MIN_ENVIRONMENTS,
            (c, x) -> x.nonProduction() ? tooFewEnvironments(c) : Optional.empty()),
        Rule.confirm(DEACTIVATION, (c, x) -> deactivation(c)));
  }

  private static Optional<String> terminate(ParsedCommand c) {
    if (c.is("ec2", "TerminateInstances")) {
      return Optional.of(
          "ec2 terminate-instances is refused: instances of Lambda Managed Instances are managed by Lambda, so never terminate them by hand; delete the capacity provider instead (aws lambda delete-capacity-provider) or lower its MaxVCpuCount (aws lambda update-capacity-provider)");
    }
    return Optional.empty();
  }

  /**
   * An update that sets memory below the LMI minimum without naming a capacity provider: the
   * request alone cannot say whether the function runs on one, so execute mode looks it up first.
   */
  public static boolean lowersMemoryOfAFunctionThatMayBeOnLmi(ParsedCommand c) {
    return c.is("lambda", "UpdateFunctionConfiguration")
        && !c.isSet("CapacityProviderConfig")
        && c.valueAt("MemorySize") instanceof Integer mb
        && mb < MIN_MEMORY_MB;
  }

  private static Optional<String> memory(ParsedCommand c) {
    boolean create = c.is("lambda", "CreateFunction");
    boolean update = c.is("lambda", "UpdateFunctionConfiguration");
    if (!(create || update) || !c.isSet("CapacityProviderConfig")) {
      return Optional.empty();
    }
    Object memory = c.valueAt("MemorySize");
    if (memory == null && create) {
      return Optional.of(
          "a function on a capacity provider needs --memory-size of at least 2048 (without it Lambda uses 128 MB)");
    }
    if (memory instanceof Integer mb && mb < MIN_MEMORY_MB) {
      return Optional.of(
          "--memory-size "
              + mb
              + " is below the 2048 MB minimum of a Lambda Managed Instances function; use 2048 or more");
    }
    return Optional.empty();
  }

  private static Optional<String> tooFewEnvironments(ParsedCommand c) {
    if (!c.is("lambda", "PutFunctionScalingConfig")) {
      return Optional.empty();
    }
    Integer min = integer(c.valueAt("FunctionScalingConfig.MinExecutionEnvironments"));
    Integer max = integer(c.valueAt("FunctionScalingConfig.MaxExecutionEnvironments"));
    if (isDeactivation(min, max)) {
      return Optional.empty();
    }
    if (min != null && min < MIN_EXECUTION_ENVIRONMENTS) {
      return Optional.of(
          "MinExecutionEnvironments="
              + min
              + " is below 3: one execution environment per Availability Zone is the floor in production; use 3 or more (or set LMI_ADVISOR_ENVIRONMENT=non_production)");
    }
    if (max != null && max > 0 && max < MIN_EXECUTION_ENVIRONMENTS) {
      return Optional.of(
          "MaxExecutionEnvironments="
              + max
              + " caps the version below 3 execution environments; use 3 or more");
    }
    return Optional.empty();
  }

  private static Optional<String> deactivation(ParsedCommand c) {
    if (!c.is("lambda", "PutFunctionScalingConfig")) {
      return Optional.empty();
    }
    Integer min = integer(c.valueAt("FunctionScalingConfig.MinExecutionEnvironments"));
    Integer max = integer(c.valueAt("FunctionScalingConfig.MaxExecutionEnvironments"));
    if (isDeactivation(min, max)) {
      return Optional.of(
          "MinExecutionEnvironments=0 and MaxExecutionEnvironments=0 deactivate this version: it stops serving until non-zero values are set again");
    }
    return Optional.empty();
  }

  private static boolean isDeactivation(Integer min, Integer max) {
    return min != null && min == 0 && max != null && max == 0;
  }

  private static Integer integer(Object value) {
    return value instanceof Integer i ? i : null;
  }
}

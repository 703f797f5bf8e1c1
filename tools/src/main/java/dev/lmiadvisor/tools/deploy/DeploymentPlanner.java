package dev.lmiadvisor.tools.deploy;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.sandbox.Evaluation;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptionsValidator;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import dev.lmiadvisor.tools.vocabulary.RuntimeVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/**
 * Plans the setup of one function on Lambda Managed Instances in the order of the
 * aws-lambda-managed-instances agent skill's setup steps, with the CLI flags of the
 * infrastructure-setup reference (verified there against the CLI and API references, as of
 * 2026-11-21): check the account and the subnets, create the execution role and the capacity
 * provider operator role (trust limited by {@code aws:SourceAccount} and {@code aws:SourceArn},
 * managed policy {@code AWSLambdaManagedEC2ResourceOperator}), create the capacity provider with a
 * vCPU ceiling, create the function with its capacity provider configuration, publish (which
 * launches the instances), set the version's scaling floor and ceiling, and, with numbered
 * versions, route through a weighted alias for cutover.
 *
 * <p>Every command is checked by the sandbox; the plan carries each step's decision. Plans never
 * include a command the sandbox denies: inputs that would need one are refused up front.
 */
public final class DeploymentPlanner {

  private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern PROVIDER_NAME = Pattern.compile("[A-Za-z0-9_-]{1,140}");
  private static final Pattern SUBNET = Pattern.compile("subnet-[0-9A-Za-z]{1,32}");
  private static final Pattern SECURITY_GROUP = Pattern.compile("sg-[0-9A-Za-z]{1,32}");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern HANDLER = Pattern.compile("[A-Za-z0-9_.:$/-]{1,128}");
  private static final Pattern ZIP = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]{0,200}");
  static final String PLACEHOLDER_ACCOUNT = "111122223333";
  static final int MIN_MEMORY_MB = LmiLimits.MIN_MEMORY_MB;

  private final Function<String, Evaluation> check;

  /**
   * @param check the sandbox's check of one command (plan mode, nothing recorded)
   */
  public DeploymentPlanner(Function<String, Evaluation> check) {
    this.check = check;
  }

  /** The settled inputs of one plan. */
  record Settings(
      String function,
      RuntimeVersion runtime,
      List<String> subnets,
      List<String> securityGroups,
      String architecture,
      String region,
      String partition,
      int memoryMb,
      double memoryGibPerVcpu,
      Optional<Integer> concurrency,
      int minEnvironments,
      int maxEnvironments,
      int maxVcpuCount,
      String provider,
      String account,
      String handler,
      String codeZip,
      boolean numberedVersions,
      boolean nonProduction) {

    String executionRole() {
      return roleName(function, "-exec");
    }

    String operatorRole() {
      return roleName(provider, "-operator");
    }

    String roleArn(String role) {
      return "arn:" + partition + ":iam::" + account + ":role/" + role;
    }

    String providerArn() {
      return "arn:"
          + partition
          + ":lambda:"
          + region
          + ":"
          + account
          + ":capacity-provider:"
          + provider;
    }

    private static String roleName(String base, String suffix) {
      // IAM role names are at most 64 characters.
      return base.substring(0, Math.min(base.length(), 64 - suffix.length())) + suffix;
    }
  }

  public DeploymentPlan plan(DeploymentRequest request) {
    List<String> warnings = new ArrayList<>();
    Settings s = settle(request, warnings);
    List<DeploymentPlan.Step> steps = new ArrayList<>();
    add(
        steps,
        "Confirm the account the commands will run in",
        cli("sts get-caller-identity", s).option("query", "Account").option("output", "text"),
        "The account id goes into the role and capacity provider ARNs below.");
    add(
        steps,
        "Check that the subnets are private and span at least 3 Availability Zones",
        cli("ec2 describe-subnets", s)
            .values("subnet-ids", s.subnets())
            .option(
                "query",
                "Subnets[].[SubnetId,AvailabilityZoneId,MapPublicIpOnLaunch,AvailableIpAddressCount]")
            .option("output", "table"),
        "Expect distinct AvailabilityZoneId values in 3 or more rows, MapPublicIpOnLaunch False, and hundreds of free addresses per subnet.");
    add(
        steps,
        "Check the instance security group: no inbound rules, HTTPS egress",
        cli("ec2 describe-security-groups", s).values("group-ids", s.securityGroups()),
        "IpPermissions should be empty; IpPermissionsEgress should allow TCP 443 (plus explicit rules for databases), never all ports.");
    add(
        steps,
        "Create the function's execution role",
        cli("iam create-role", s)
            .option("role-name", s.executionRole())
            .option("assume-role-policy-document", executionTrust(s)),
        "Trusted by lambda.amazonaws.com, limited to this account by aws:SourceAccount.");
    add(
        steps,
        "Let the function write its logs",
        cli("iam attach-role-policy", s)
            .option("role-name", s.executionRole())
            .option(
                "policy-arn",
                "arn:"
                    + s.partition()
                    + ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
        "Add the application's own permissions as a separate, scoped policy.");
    add(
        steps,
        "Create the capacity provider operator role",
        cli("iam create-role", s)
            .option("role-name", s.operatorRole())
            .option("assume-role-policy-document", operatorTrust(s)),
        "Lambda assumes this role to launch and manage the EC2 instances. If the provider goes Failed with AssumeRole denials, drop the ArnLike block and keep aws:SourceAccount.");
    add(
        steps,
        "Attach the AWS managed operator policy",
        cli("iam attach-role-policy", s)
            .option("role-name", s.operatorRole())
            .option(
                "policy-arn",
                "arn:" + s.partition() + ":iam::aws:policy/AWSLambdaManagedEC2ResourceOperator"),
        "New roles take a few seconds to become assumable; wait before the next step.");
    add(
        steps,
        "Create the capacity provider with a vCPU ceiling",
        cli("lambda create-capacity-provider", s)
            .option("capacity-provider-name", s.provider())
            .option(
                "vpc-config",
                "SubnetIds="
                    + String.join(",", s.subnets())
                    + ",SecurityGroupIds="
                    + String.join(",", s.securityGroups()))
            .option(
                "permissions-config",
                "CapacityProviderOperatorRoleArn=" + s.roleArn(s.operatorRole()))
            .option("instance-requirements", "Architectures=" + s.architecture())
            .option(
                "capacity-provider-scaling-config",
                "MaxVCpuCount=" + s.maxVcpuCount() + ",ScalingMode=Auto"),
        "MaxVCpuCount is the cost ceiling (2 to 15,000). Changing subnets or security groups later replaces the provider.");
    add(
        steps,
        "Wait until the capacity provider is Active",
        cli("lambda get-capacity-provider", s)
            .option("capacity-provider-name", s.provider())
            .option("query", "CapacityProvider.State")
            .option("output", "text"),
        "Repeat until Active (states: Pending, Active, Failed, Deleting). Pending for long: look in CloudTrail for denied sts:AssumeRole calls on the operator role first; a missing NAT route or VPC endpoints shows up later, as the published version stuck in Pending or Failed.");
    CommandLine function =
        cli("lambda create-function", s)
            .option("function-name", s.function())
            .option("runtime", s.runtime().id())
            .option("handler", s.handler())
            .option("role", s.roleArn(s.executionRole()))
            .option("architectures", s.architecture())
            .option("memory-size", String.valueOf(s.memoryMb()))
            .option("zip-file", "fileb://" + s.codeZip())
            .option("logging-config", "LogFormat=JSON")
            .option("capacity-provider-config", capacityProviderConfig(s));
    add(
        steps,
        "Create the function on the capacity provider",
        function,
        "The architecture matches the provider's. Compute type is fixed at creation: the capacity provider configuration cannot be added or removed later.");
    add(
        steps,
        "Wait until the function is ready",
        cli("lambda get-function-configuration", s)
            .option("function-name", s.function())
            .option("query", "[State,LastUpdateStatus]")
            .option("output", "text"),
        "Repeat until LastUpdateStatus is Successful.");
    String qualifier = s.numberedVersions() ? "1" : "$LATEST.PUBLISHED";
    if (s.numberedVersions()) {
      add(
          steps,
          "Publish version 1 (this launches the instances)",
          cli("lambda publish-version", s)
              .option("function-name", s.function())
              .option("query", "Version")
              .option("output", "text"),
          "Lambda starts 3 instances and 3 execution environments before the version is Active. Use the version number it prints in place of 1 below.");
    } else {
      add(
          steps,
          "Publish to $LATEST.PUBLISHED (this launches the instances)",
          cli("lambda publish-version", s)
              .option("function-name", s.function())
              .option("publish-to", "LATEST_PUBLISHED"),
          "Lambda starts 3 instances and 3 execution environments before the version is Active. Unqualified invokes go to $LATEST.PUBLISHED.");
    }
    add(
        steps,
        "Wait until the published version is Active",
        cli("lambda get-function-configuration", s)
            .option("function-name", s.function())
            .option("qualifier", qualifier)
            .option("query", "State")
            .option("output", "text"),
        "Repeat until Active (the CLI's own waiter polls every 5 seconds for up to about 26 minutes).");
    add(
        steps,
        "Set the version's scaling floor and ceiling",
        cli("lambda put-function-scaling-config", s)
            .option("function-name", s.function())
            .option("qualifier", qualifier)
            .option(
                "function-scaling-config",
                "MinExecutionEnvironments="
                    + s.minEnvironments()
                    + ",MaxExecutionEnvironments="
                    + s.maxEnvironments()),
        "Always set both values: one left out reverts to its default. At least 3 execution environments keep one per Availability Zone.");
    if (s.numberedVersions()) {
      add(
          steps,
          "Point the live alias at version 1",
          cli("lambda create-alias", s)
              .option("function-name", s.function())
              .option("name", "live")
              .option("function-version", "1"),
          "Callers invoke the alias, so later releases can shift traffic gradually.");
      add(
          steps,
          "Cutover of the next release: send 10% to version 2",
          cli("lambda update-alias", s)
              .option("function-name", s.function())
              .option("name", "live")
              .option("routing-config", "{\"AdditionalVersionWeights\":{\"2\":0.1}}"),
          "After publishing version 2 and setting its scaling config as above. Watch errors, throttles and CPU, then raise to 0.5.");
      add(
          steps,
          "Cutover: promote version 2 and clear the weights",
          cli("lambda update-alias", s)
              .option("function-name", s.function())
              .option("name", "live")
              .option("function-version", "2")
              .option("routing-config", "{\"AdditionalVersionWeights\":{}}"),
          "Then deactivate version 1 with MinExecutionEnvironments=0,MaxExecutionEnvironments=0 so its instances stop.");
    }
    return new DeploymentPlan(List.copyOf(steps), SamTemplate.render(s), List.copyOf(warnings));
  }

  private void add(
      List<DeploymentPlan.Step> steps, String title, CommandLine command, String note) {
    String text = command.toString();
    Evaluation evaluation = check.apply(text);
    steps.add(
        new DeploymentPlan.Step(
            steps.size() + 1, title, text, evaluation.decision().wire(), evaluation.rule(), note));
  }

  private static CommandLine cli(String serviceAndOperation, Settings s) {
    return new CommandLine("aws " + serviceAndOperation).option("region", s.region());
  }

  private static String capacityProviderConfig(Settings s) {
    StringBuilder inner = new StringBuilder("CapacityProviderArn=" + s.providerArn());
    inner.append(",ExecutionEnvironmentMemoryGiBPerVCpu=").append(decimal(s.memoryGibPerVcpu()));
    s.concurrency()
        .ifPresent(c -> inner.append(",PerExecutionEnvironmentMaxConcurrency=").append(c));
    return "LambdaManagedInstancesCapacityProviderConfig={" + inner + "}";
  }

  static String decimal(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.1f", value)
        : String.valueOf(value);
  }

  private static String executionTrust(Settings s) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
        + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\""
        + s.account()
        + "\"}}}]}";
  }

  private static String operatorTrust(Settings s) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
        + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\""
        + s.account()
        + "\"},"
        + "\"ArnLike\":{\"aws:SourceArn\":\"arn:"
        + s.partition()
        + ":lambda:"
        + s.region()
        + ":"
        + s.account()
        + ":capacity-provider:*\"}}}]}";
  }

  // ---- inputs ----

  private static Settings settle(DeploymentRequest r, List<String> warnings) {
    String function =
        require(
            r.functionName(), FUNCTION_NAME, "function_name", "1-64 letters, digits, '-' or '_'");
    RuntimeVersion runtime = RuntimeVersion.resolve(r.runtime());
    if (r.subnetIds().isEmpty() || r.subnetIds().size() > 16) {
      throw new UserInputException(
          "subnet_ids needs 1 to 16 subnets (3 or more, in distinct Availability Zones)");
    }
    r.subnetIds().forEach(id -> require(id, SUBNET, "subnet_ids", "ids like subnet-0abc1234"));
    if (r.securityGroupIds().isEmpty() || r.securityGroupIds().size() > 5) {
      throw new UserInputException(
          "security_group_ids needs 1 to 5 security groups (without one the VPC's default group is used)");
    }
    r.securityGroupIds()
        .forEach(
            id ->
                require(id, SECURITY_GROUP, "security_group_ids", "ids like sg-0123456789abcdef0"));
    if (r.subnetIds().size() < 3) {
      warnings.add(
          "only "
              + r.subnetIds().size()
              + " subnet(s): a published version starts on 3 instances for Availability Zone resiliency; give subnets in 3 distinct zones");
    }
    if (r.subnetIds().stream().distinct().count() != r.subnetIds().size()) {
      throw new UserInputException("subnet_ids lists a subnet twice");
    }
    String architecture = r.architecture().map(Architecture::parse).orElse(Architecture.ARM64).id();
    String region = r.region().orElse("us-east-1");
    if (!GlobalOptionsValidator.isKnownRegion(region)) {
      List<String> close = GlobalOptionsValidator.closestRegions(region);
      throw new UserInputException(
          "unknown region '"
              + region
              + "'"
              + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"));
    }
    String partition = partitionOf(region);
    if (!partition.equals("aws")) {
      warnings.add(
          region
              + " is in the "
              + partition
              + " partition; no AWS source lists Lambda Managed Instances there (check_region_availability tells what to use instead)");
    }
    int memory = r.memoryMb().orElse(4096);
    if (memory < MIN_MEMORY_MB || memory > LmiLimits.MAX_MEMORY_MB) {
      throw new UserInputException(
          "memory_mb must be from 2048 (the smallest LMI function) to 32768");
    }
    double ratio = r.memoryGibPerVcpu().orElse(defaultRatio(memory));
    if (ratio < 2.0 || ratio > 8.0) {
      throw new UserInputException("memory_gib_per_vcpu must be from 2 to 8");
    }
    wholeVcpus(memory, ratio, warnings);
    r.perExecutionEnvironmentMaxConcurrency()
        .filter(c -> c < LmiLimits.MIN_CONCURRENCY || c > LmiLimits.MAX_CONCURRENCY)
        .ifPresent(
            c -> {
              throw new UserInputException(
                  "per_execution_environment_max_concurrency must be from 1 to 1600");
            });
    boolean nonProduction =
        r.environment().map(DeploymentEnvironment::parse).orElse(DeploymentEnvironment.PRODUCTION)
            == DeploymentEnvironment.NON_PRODUCTION;
    int min = r.minExecutionEnvironments().orElse(3);
    if (min < (nonProduction ? 1 : 3) || min > 15000) {
      throw new UserInputException(
          nonProduction
              ? "min_execution_environments must be from 1 to 15000"
              : "min_execution_environments must be at least 3 in production (one per Availability Zone); for a test environment set environment to non_production");
    }
    if (nonProduction && min < 3) {
      warnings.add(
          "fewer than 3 execution environments: the sandbox asks for confirmation (LMI_ADVISOR_ENVIRONMENT=non_production) or refuses this step in production");
    }
    int max = r.maxExecutionEnvironments().orElse(Math.max(30, min));
    if (max < min || max > 15000) {
      throw new UserInputException(
          "max_execution_environments must be from min_execution_environments ("
              + min
              + ") to 15000");
    }
    int vcpusPerEnvironment = (int) Math.ceil(memory / 1024.0 / ratio);
    int maxVcpu = r.maxVcpuCount().orElse(defaultMaxVcpu(max, vcpusPerEnvironment));
    if (maxVcpu < 2 || maxVcpu > 15000) {
      throw new UserInputException("max_vcpu_count must be from 2 to 15000");
    }
    if (maxVcpu < max * vcpusPerEnvironment) {
      warnings.add(
          "max_vcpu_count "
              + maxVcpu
              + " is below the "
              + (max * vcpusPerEnvironment)
              + " vCPUs that "
              + max
              + " execution environments need; scaling stops at the ceiling");
    }
    String provider =
        r.capacityProviderName().orElse(function.length() <= 137 ? function + "-cp" : function);
    require(provider, PROVIDER_NAME, "capacity_provider_name", "1-140 letters, digits, '-' or '_'");
    String account = r.accountId().orElse(PLACEHOLDER_ACCOUNT);
    require(account, ACCOUNT, "account_id", "12 digits");
    if (r.accountId().isEmpty()) {
      warnings.add(
          "account "
              + PLACEHOLDER_ACCOUNT
              + " is a placeholder: replace it with the account the first step prints (or pass account_id)");
    }
    String handler = r.handler().orElse(runtime.defaultHandler());
    require(handler, HANDLER, "handler", "a handler such as app.handler");
    String zip = r.codeZip().orElse("function.zip");
    if (!ZIP.matcher(zip).matches() || zip.contains("..")) {
      throw new UserInputException(
          "code_zip must be a relative path inside the working folder (LMI_ADVISOR_WORKDIR), e.g. build/function.zip");
    }
    String mode = r.publishMode().orElse("latest_published");
    if (!mode.equals("latest_published") && !mode.equals("numbered_versions")) {
      throw new UserInputException("publish_mode must be latest_published or numbered_versions");
    }
    if (mode.equals("latest_published")) {
      warnings.add(
          "publish_mode latest_published: callers invoke the function unqualified ($LATEST.PUBLISHED). A weighted alias for gradual cutover needs numbered versions: use publish_mode numbered_versions");
    }
    warnings.add(
        "AWS does not document which aws:SourceArn Lambda presents when it assumes the operator role [unverified]; test the trust policy in a non-production account first");
    warnings.add(
        "the SAM template publishes numbered versions through AutoPublishAlias (the form checked with aws-sam-translator 1.110.0 and cfn-lint 1.51.0 in the infrastructure-setup reference); after the first deploy, list versions with list-function-versions-by-capacity-provider and deactivate any you do not route to");
    return new Settings(
        function,
        runtime,
        r.subnetIds(),
        r.securityGroupIds(),
        architecture,
        region,
        partition,
        memory,
        ratio,
        r.perExecutionEnvironmentMaxConcurrency(),
        min,
        max,
        maxVcpu,
        provider,
        account,
        handler,
        zip,
        mode.equals("numbered_versions"),
        nonProduction);
  }

  /**
   * 4 GiB per vCPU (the infrastructure-setup reference's choice) when the memory is a whole number
   * of 4 GiB vCPUs, else 2: memory must be a multiple of the ratio and hold at least one vCPU
   * (configuration guide, section on memory and ratio), so 2048 or 6144 MB take 2.
   */
  static double defaultRatio(int memoryMb) {
    return memoryMb % 4096 == 0 ? 4.0 : 2.0;
  }

  /**
   * Refuses memory that holds less than one vCPU at the ratio, and warns when it is not a whole
   * number of vCPUs (the review of the emitted template would flag both, CFG-MEMORY-RATIO).
   */
  private static void wholeVcpus(int memoryMb, double ratio, List<String> warnings) {
    double perVcpu = ratio * 1024;
    if (memoryMb < perVcpu) {
      throw new UserInputException(
          "memory_mb %d is less than one vCPU at memory_gib_per_vcpu %s (one vCPU needs %.0f MB);"
                  .formatted(memoryMb, decimal(ratio), perVcpu)
              + " raise memory_mb or lower memory_gib_per_vcpu");
    }
    if (memoryMb % perVcpu != 0) {
      warnings.add(
          "memory_mb %d at %s GiB per vCPU is %.2f vCPUs; execution environments get whole vCPUs, so use a multiple of %.0f MB"
              .formatted(memoryMb, decimal(ratio), memoryMb / perVcpu, perVcpu));
    }
  }

  /**
   * The partition of a Region as the AWS SDK's region metadata knows it ({@code aws}, {@code
   * aws-cn}, {@code aws-us-gov}, ...), so that ARNs carry the right partition wherever the SDK
   * places the Region.
   */
  static String partitionOf(String region) {
    RegionMetadata metadata = Region.of(region).metadata();
    if (metadata == null || metadata.partition() == null) {
      return "aws";
    }
    return metadata.partition().id();
  }

  /**
   * Three times the vCPUs of the maximum execution environments, rounded up to a multiple of 8:
   * room for whole instances and for a second version during a cutover (the reference's 96 for 30
   * one-vCPU environments). A sizing judgement, not an AWS rule.
   */
  static int defaultMaxVcpu(int maxEnvironments, int vcpusPerEnvironment) {
    long wanted = 3L * maxEnvironments * vcpusPerEnvironment;
    long rounded = ((wanted + 7) / 8) * 8;
    return (int) Math.min(15000, Math.max(8, rounded));
  }

  private static String require(String value, Pattern pattern, String field, String expected) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new UserInputException(field + " '" + value + "' is not valid: expected " + expected);
    }
    return value;
  }

  /** An {@code aws} command built option by option, quoted for a POSIX shell where needed. */
  static final class CommandLine {
    private final StringBuilder text;

    CommandLine(String start) {
      this.text = new StringBuilder(start);
    }

    CommandLine option(String name, String value) {
      text.append(" --").append(name).append(' ').append(quote(value));
      return this;
    }

    CommandLine values(String name, List<String> values) {
      text.append(" --").append(name);
      values.forEach(v -> text.append(' ').append(quote(v)));
      return this;
    }

    private static String quote(String value) {
      if (value.matches("[A-Za-z0-9_@%+=:,./-]+")) {
        return value;
      }
      return "'" + value.replace("'", "'\\''") + "'";
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}

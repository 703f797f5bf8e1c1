package dev.lmiadvisor.tools.review.config;

import dev.lmiadvisor.tools.review.Severity;

/**
 * Every rule of {@link ConfigurationReviewer}, with its stable id, its usual severity (a finding
 * may be raised or lowered when the context says so) and the source it rests on. Sources were read
 * on 2026-11-21 unless marked otherwise.
 */
public enum ConfigurationRule {
  PARSE_ERROR("CFG-PARSE-ERROR", Severity.ERROR, "The template is not valid YAML or JSON", ""),
  FRAGMENT(
      "CFG-FRAGMENT",
      Severity.INFO,
      "Reviewed as a fragment; checks that need the rest of the template were skipped",
      ""),
  NO_LMI_RESOURCES(
      "CFG-NO-LMI",
      Severity.INFO,
      "No capacity provider and no function with CapacityProviderConfig",
      ""),
  PROPERTY_SHAPE(
      "CFG-PROPERTY-SHAPE",
      Severity.ERROR,
      "Property missing, misspelt, or written in the other dialect (SAM vs CloudFormation)",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-capacityprovider.html"
          + " ; https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-capacityprovider.html"
          + " ; https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-capacityproviderconfig.html"),
  PROVIDER_NOT_FOUND(
      "CFG-PROVIDER-NOT-FOUND",
      Severity.ERROR,
      "CapacityProviderConfig points at a resource that is missing or is not a capacity provider",
      ""),
  RUNTIME_UNSUPPORTED(
      "CFG-RUNTIME-UNSUPPORTED",
      Severity.ERROR,
      "Runtime not supported by Lambda Managed Instances (Java 21+, Python 3.13+, Node.js 22+, .NET"
          + " 8+, provided.al2023)",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html"),
  MEMORY_UNSET(
      "CFG-MEMORY-UNSET",
      Severity.WARNING,
      "MemorySize not set on an LMI function",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html"),
  MEMORY_BELOW_MINIMUM(
      "CFG-MEMORY-MIN",
      Severity.ERROR,
      "MemorySize below the 2048 MB LMI minimum",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html"),
  MEMORY_ABOVE_MAXIMUM(
      "CFG-MEMORY-MAX",
      Severity.ERROR,
      "MemorySize above the 32768 MB maximum",
      "botocore lambda service-2.json MemorySize max 32768 (launch commit c18b100b, 2025-12-01)"),
  RATIO_UNSET(
      "CFG-RATIO-UNSET",
      Severity.WARNING,
      "ExecutionEnvironmentMemoryGiBPerVCpu not set; defaults differ between tools",
      "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.CapacityProviderFunctionOptions.html"),
  RATIO_OUT_OF_RANGE(
      "CFG-RATIO-RANGE",
      Severity.ERROR,
      "ExecutionEnvironmentMemoryGiBPerVCpu outside 2.0-8.0 (SAM documents 2, 4 or 8)",
      "https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html"
          + " ; https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-capacityproviderconfig.html"),
  MEMORY_RATIO_MISMATCH(
      "CFG-MEMORY-RATIO",
      Severity.WARNING,
      "MemorySize does not give a whole number of vCPUs at the configured ratio",
      "https://aws.amazon.com/blogs/compute/build-high-performance-apps-with-aws-lambda-managed-instances/"
          + " (2026-03-30)"),
  CONCURRENCY_UNSET(
      "CFG-CONCURRENCY-UNSET",
      Severity.WARNING,
      "PerExecutionEnvironmentMaxConcurrency not set; defaults differ between runtimes and tools",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html ;"
          + " https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.CapacityProviderFunctionOptions.html"),
  CONCURRENCY_OUT_OF_RANGE(
      "CFG-CONCURRENCY-RANGE",
      Severity.ERROR,
      "PerExecutionEnvironmentMaxConcurrency outside 1-1600",
      "https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html"),
  CONCURRENCY_ABOVE_GUIDANCE(
      "CFG-CONCURRENCY-HIGH",
      Severity.WARNING,
      "More than 64 concurrent requests per vCPU",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html"),
  PYTHON_PROCESS_MEMORY(
      "CFG-PYTHON-PROCESS-MEMORY",
      Severity.INFO,
      "Python runs one process per concurrent request; memory is divided between them",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-python-runtime.html"),
  ARCHITECTURE_MISMATCH(
      "CFG-ARCH-MISMATCH",
      Severity.ERROR,
      "Function architecture differs from its capacity provider's",
      "https://docs.aws.amazon.com/lambda/latest/api/API_InstanceRequirements.html ;"
          + " https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"),
  ARCHITECTURE_IMPLICIT(
      "CFG-ARCH-IMPLICIT",
      Severity.WARNING,
      "Function relies on the x86_64 default while its provider's architecture is not in view",
      "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html"),
  INSTANCE_TYPE_ARCHITECTURE(
      "CFG-INSTANCE-ARCH",
      Severity.ERROR,
      "Instance types that do not match the provider's single architecture",
      "https://docs.aws.amazon.com/lambda/latest/api/API_InstanceRequirements.html"),
  INSTANCE_TYPE_LISTS(
      "CFG-INSTANCE-LISTS",
      Severity.ERROR,
      "Both allowed and excluded instance types are set",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-capacity-providers.html"),
  INSTANCE_FAMILY(
      "CFG-INSTANCE-FAMILY",
      Severity.WARNING,
      "Allowed instance type outside the C, M and R families LMI offers",
      "https://aws.amazon.com/blogs/compute/build-high-performance-apps-with-aws-lambda-managed-instances/"
          + " (2026-03-30)"),
  MIN_EXECUTION_ENVIRONMENTS(
      "CFG-MIN-ENVIRONMENTS",
      Severity.WARNING,
      "Fewer than 3 execution environments",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html"),
  SCALING_RANGE(
      "CFG-SCALING-RANGE",
      Severity.ERROR,
      "Execution environment limits outside 0-15000, or maximum below minimum",
      "https://docs.aws.amazon.com/lambda/latest/api/API_FunctionScalingConfig.html"),
  MAX_VCPU_UNSET(
      "CFG-MAX-VCPU-UNSET",
      Severity.WARNING,
      "Capacity provider without MaxVCpuCount (the cost ceiling)",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-capacity-providers.html"),
  MAX_VCPU_OUT_OF_RANGE(
      "CFG-MAX-VCPU-RANGE",
      Severity.ERROR,
      "MaxVCpuCount outside 2-15000",
      "https://docs.aws.amazon.com/lambda/latest/api/API_CapacityProviderScalingConfig.html"),
  MAX_VCPU_TOO_LOW(
      "CFG-MAX-VCPU-LOW",
      Severity.WARNING,
      "MaxVCpuCount cannot hold the minimum execution environments of the attached functions",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html"),
  CPU_TARGET_OUT_OF_RANGE(
      "CFG-CPU-TARGET-RANGE",
      Severity.ERROR,
      "CPU utilization target outside 0-100",
      "https://docs.aws.amazon.com/lambda/latest/api/API_TargetTrackingScalingPolicy.html"),
  NOT_PUBLISHED(
      "CFG-NOT-PUBLISHED",
      Severity.WARNING,
      "Nothing in the template publishes a version of the LMI function",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-version-publishing.html"),
  FEWER_THAN_THREE_SUBNETS(
      "CFG-SUBNETS",
      Severity.WARNING,
      "Capacity provider in fewer than 3 subnets (Availability Zones)",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html"),
  FUNCTION_VPC_CONFIG(
      "CFG-FUNCTION-VPC",
      Severity.WARNING,
      "Function-level VpcConfig on an LMI function; the provider's VPC is used",
      "https://aws.amazon.com/blogs/compute/build-high-performance-apps-with-aws-lambda-managed-instances/"
          + " (2026-03-30)"),
  OPERATOR_TRUST_CONDITION(
      "CFG-OPERATOR-TRUST",
      Severity.WARNING,
      "Operator role trust policy without aws:SourceAccount or aws:SourceArn",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html ; skill security"
          + " considerations (aws/agent-toolkit-for-aws @d6ad2e44)"),
  OPERATOR_MANAGED_POLICY(
      "CFG-OPERATOR-POLICY",
      Severity.INFO,
      "Operator role without the AWSLambdaManagedEC2ResourceOperator managed policy",
      "https://aws.amazon.com/blogs/compute/build-high-performance-apps-with-aws-lambda-managed-instances/"
          + " (2026-03-30)"),
  EGRESS_OPEN(
      "CFG-EGRESS-OPEN",
      Severity.WARNING,
      "Instance security group egress open to 0.0.0.0/0 or ::/0",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html"
          + " ; skill security considerations (aws/agent-toolkit-for-aws @d6ad2e44)"),
  INGRESS_OPEN(
      "CFG-INGRESS-OPEN",
      Severity.WARNING,
      "Inbound rules on the instance security group",
      "LMI Advisor reference infrastructure-setup (security group with no inbound rules);"
          + " re:Invent 2025 CNS382 session notes"),
  SECRET_IN_ENVIRONMENT(
      "CFG-SECRET-IN-ENV",
      Severity.ERROR,
      "Secret in a function environment variable",
      "skill security considerations (aws/agent-toolkit-for-aws @d6ad2e44)"),
  LOG_RETENTION(
      "CFG-LOG-RETENTION",
      Severity.INFO,
      "Function log group without a retention period",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html"),
  LOG_ENCRYPTION(
      "CFG-LOG-KMS",
      Severity.INFO,
      "Function log group not encrypted with a KMS key",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html"),
  PROVIDER_KMS(
      "CFG-PROVIDER-KMS",
      Severity.INFO,
      "Capacity provider without KmsKeyArn (instance volumes use an AWS managed key)",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-capacity-providers.html");

  private final String id;
  private final Severity severity;
  private final String title;
  private final String source;

  ConfigurationRule(String id, Severity severity, String title, String source) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.source = source;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }

  /** Where the rule's fact comes from (a URL, or empty for rules about the template itself). */
  public String source() {
    return source;
  }
}

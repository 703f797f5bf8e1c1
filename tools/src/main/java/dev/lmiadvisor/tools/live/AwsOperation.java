package dev.lmiadvisor.tools.live;

import java.util.Arrays;
import java.util.List;

/**
 * Every AWS API operation the live-account tools call, and nothing else: {@link AccountCalls}
 * refuses any other, and the README's read-only IAM policy lists exactly these actions. Each of
 * these read actions has the name of its API operation under the service's IAM prefix (Service
 * Authorization Reference, pages for AWS Lambda, Amazon EC2, IAM and Amazon CloudWatch,
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html,
 * as of 2026-12-01).
 */
public enum AwsOperation {
  LIST_CAPACITY_PROVIDERS("lambda", "ListCapacityProviders", "the Region's capacity providers"),
  GET_CAPACITY_PROVIDER(
      "lambda", "GetCapacityProvider", "the capacity provider's state and configuration"),
  LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER(
      "lambda", "ListFunctionVersionsByCapacityProvider", "the function versions attached"),
  GET_FUNCTION_CONFIGURATION(
      "lambda",
      "GetFunctionConfiguration",
      "the function's memory, architecture, runtime and state"),
  GET_FUNCTION_SCALING_CONFIG(
      "lambda", "GetFunctionScalingConfig", "the version's execution environment limits"),
  DESCRIBE_SUBNETS("ec2", "DescribeSubnets", "the subnets' VPC and Availability Zones"),
  DESCRIBE_ROUTE_TABLES("ec2", "DescribeRouteTables", "the subnets' routes (NAT gateway or none)"),
  DESCRIBE_VPC_ENDPOINTS("ec2", "DescribeVpcEndpoints", "the VPC endpoints"),
  DESCRIBE_SECURITY_GROUPS("ec2", "DescribeSecurityGroups", "the security group rules"),
  GET_ROLE("iam", "GetRole", "the operator role's trust policy"),
  LIST_ATTACHED_ROLE_POLICIES(
      "iam", "ListAttachedRolePolicies", "the operator role's managed policies"),
  GET_METRIC_DATA("cloudwatch", "GetMetricData", "the CloudWatch metrics");

  private final String service;
  private final String operation;
  private final String reads;

  AwsOperation(String service, String operation, String reads) {
    this.service = service;
    this.operation = operation;
    this.reads = reads;
  }

  /** What the report lacks when this call is refused. */
  public String reads() {
    return reads;
  }

  /** The service as the AWS CLI names it: {@code lambda}, {@code ec2}, {@code iam}. */
  public String service() {
    return service;
  }

  /** The API operation, e.g. {@code GetCapacityProvider}. */
  public String operation() {
    return operation;
  }

  /** The IAM action a caller needs for this operation, e.g. {@code lambda:GetCapacityProvider}. */
  public String iamAction() {
    return service + ":" + operation;
  }

  /** The operation whose IAM action this is. */
  public static AwsOperation forIamAction(String action) {
    for (AwsOperation operation : values()) {
      if (operation.iamAction().equals(action)) {
        return operation;
      }
    }
    throw new IllegalArgumentException("no operation needs " + action);
  }

  /** Every IAM action the live-account tools may need, sorted: the read-only policy to attach. */
  public static List<String> iamActions() {
    return Arrays.stream(values()).map(AwsOperation::iamAction).sorted().toList();
  }
}

package dev.lmiadvisor.tools.deploy;

import static dev.lmiadvisor.tools.deploy.CloudFormationYaml.getAtt;
import static dev.lmiadvisor.tools.deploy.CloudFormationYaml.map;
import static dev.lmiadvisor.tools.deploy.CloudFormationYaml.ref;
import static dev.lmiadvisor.tools.deploy.CloudFormationYaml.sub;

import java.util.List;
import java.util.Map;

/**
 * The deployment as an AWS SAM template, in the shape the infrastructure-setup reference checked
 * with aws-sam-translator 1.110.0 and cfn-lint 1.51.0 (as of 2026-11-21): {@code
 * AWS::Serverless::CapacityProvider} with {@code VpcConfig}, {@code OperatorRole}, {@code
 * InstanceRequirements} and {@code ScalingConfig.MaxVCpuCount}; an {@code
 * AWS::Serverless::Function} with {@code CapacityProviderConfig} ({@code Arn}, {@code
 * ExecutionEnvironmentMemoryGiBPerVCpu}, {@code PerExecutionEnvironmentMaxConcurrency}) and {@code
 * FunctionScalingConfig}, published through {@code AutoPublishAlias}. Built as a structure and
 * written by {@link CloudFormationYaml}.
 */
final class SamTemplate {

  private SamTemplate() {}

  static String render(DeploymentPlanner.Settings s) {
    return CloudFormationYaml.write(
        map(
            "AWSTemplateFormatVersion", "2010-09-09",
            "Transform", "AWS::Serverless-2016-10-31",
            "Description",
                "%s on Lambda Managed Instances (%s, %d subnets)"
                    .formatted(s.function(), s.architecture(), s.subnets().size()),
            "Resources",
                map(
                    "OperatorRole", operatorRole(s),
                    "FunctionExecutionRole", executionRole(s),
                    "CapacityProvider", capacityProvider(s),
                    "Function", function(s)),
            "Outputs",
                map(
                    "CapacityProviderArn", map("Value", getAtt("CapacityProvider.Arn")),
                    // AutoPublishAlias creates the alias resource <Function>Alias<alias name>.
                    "LiveAliasArn", map("Value", ref("FunctionAliaslive")))));
  }

  private static Map<String, Object> operatorRole(DeploymentPlanner.Settings s) {
    Map<String, Object> condition = sourceAccount();
    condition.put(
        "ArnLike",
        map(
            "aws:SourceArn",
            sub(
                "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:capacity-provider:*")));
    return resource(
        "AWS::IAM::Role",
        map(
            "RoleName", s.operatorRole(),
            "Description",
                "Lets Lambda launch and manage the EC2 instances of the capacity provider",
            "AssumeRolePolicyDocument", lambdaTrust(condition),
            "ManagedPolicyArns",
                List.of(
                    sub(
                        "arn:${AWS::Partition}:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator"))));
  }

  private static Map<String, Object> executionRole(DeploymentPlanner.Settings s) {
    return resource(
        "AWS::IAM::Role",
        map(
            "RoleName", s.executionRole(),
            "AssumeRolePolicyDocument", lambdaTrust(sourceAccount()),
            "ManagedPolicyArns",
                List.of(
                    sub(
                        "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"))));
  }

  private static Map<String, Object> capacityProvider(DeploymentPlanner.Settings s) {
    return resource(
        "AWS::Serverless::CapacityProvider",
        map(
            "CapacityProviderName", s.provider(),
            "VpcConfig", map("SubnetIds", s.subnets(), "SecurityGroupIds", s.securityGroups()),
            "OperatorRole", getAtt("OperatorRole.Arn"),
            "InstanceRequirements", map("Architectures", List.of(s.architecture())),
            "ScalingConfig", map("MaxVCpuCount", s.maxVcpuCount())));
  }

  private static Map<String, Object> function(DeploymentPlanner.Settings s) {
    Map<String, Object> capacityProviderConfig =
        map(
            "Arn", getAtt("CapacityProvider.Arn"),
            "ExecutionEnvironmentMemoryGiBPerVCpu", s.memoryGibPerVcpu());
    s.concurrency()
        .ifPresent(c -> capacityProviderConfig.put("PerExecutionEnvironmentMaxConcurrency", c));
    return resource(
        "AWS::Serverless::Function",
        map(
            "FunctionName", s.function(),
            "CodeUri", s.codeZip(),
            "Handler", s.handler(),
            "Runtime", s.runtime().id(),
            "Architectures", List.of(s.architecture()),
            "MemorySize", s.memoryMb(),
            "Role", getAtt("FunctionExecutionRole.Arn"),
            "CapacityProviderConfig", capacityProviderConfig,
            "FunctionScalingConfig",
                map(
                    "MinExecutionEnvironments", s.minEnvironments(),
                    "MaxExecutionEnvironments", s.maxEnvironments()),
            "AutoPublishAlias", "live",
            "LoggingConfig", map("LogFormat", "JSON")));
  }

  private static Map<String, Object> resource(String type, Map<String, Object> properties) {
    return map("Type", type, "Properties", properties);
  }

  /** A trust policy that lets Lambda assume the role, under the given condition. */
  private static Map<String, Object> lambdaTrust(Map<String, Object> condition) {
    return map(
        "Version",
        "2012-10-17",
        "Statement",
        List.of(
            map(
                "Effect",
                "Allow",
                "Principal",
                map("Service", "lambda.amazonaws.com"),
                "Action",
                "sts:AssumeRole",
                "Condition",
                condition)));
  }

  /** Only this account's Lambda may assume the role (confused-deputy protection). */
  private static Map<String, Object> sourceAccount() {
    return map("StringEquals", map("aws:SourceAccount", ref("AWS::AccountId")));
  }
}

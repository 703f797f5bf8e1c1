package dev.lmiadvisor.tools.deploy;

/**
 * The deployment as an AWS SAM template, in the shape the infrastructure-setup reference checked
 * with aws-sam-translator 1.110.0 and cfn-lint 1.51.0 (as of 2026-11-21): {@code
 * AWS::Serverless::CapacityProvider} with {@code VpcConfig}, {@code OperatorRole}, {@code
 * InstanceRequirements} and {@code ScalingConfig.MaxVCpuCount}; an {@code
 * AWS::Serverless::Function} with {@code CapacityProviderConfig} ({@code Arn}, {@code
 * ExecutionEnvironmentMemoryGiBPerVCpu}, {@code PerExecutionEnvironmentMaxConcurrency}) and {@code
 * FunctionScalingConfig}, published through {@code AutoPublishAlias}.
 */
final class SamTemplate {

  private SamTemplate() {}

  static String render(DeploymentPlanner.Settings s) {
    StringBuilder y = new StringBuilder();
    y.append("AWSTemplateFormatVersion: '2010-09-09'\n");
    y.append("Transform: AWS::Serverless-2016-10-31\n");
    y.append("Description: ")
        .append(s.function())
        .append(" on Lambda Managed Instances (")
        .append(s.architecture())
        .append(", ")
        .append(s.subnets().size())
        .append(" subnets)\n\n");
    y.append("Resources:\n");
    y.append("  OperatorRole:\n");
    y.append("    Type: AWS::IAM::Role\n");
    y.append("    Properties:\n");
    y.append("      RoleName: ").append(s.operatorRole()).append('\n');
    y.append(
        "      Description: Lets Lambda launch and manage the EC2 instances of the capacity provider\n");
    y.append("      AssumeRolePolicyDocument:\n");
    y.append("        Version: '2012-10-17'\n");
    y.append("        Statement:\n");
    y.append("          - Effect: Allow\n");
    y.append("            Principal:\n");
    y.append("              Service: lambda.amazonaws.com\n");
    y.append("            Action: sts:AssumeRole\n");
    y.append("            Condition:\n");
    y.append("              StringEquals:\n");
    y.append("                aws:SourceAccount: !Ref AWS::AccountId\n");
    y.append("              ArnLike:\n");
    y.append(
        "                aws:SourceArn: !Sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:capacity-provider:*\n");
    y.append("      ManagedPolicyArns:\n");
    y.append(
        "        - !Sub arn:${AWS::Partition}:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator\n\n");
    y.append("  FunctionExecutionRole:\n");
    y.append("    Type: AWS::IAM::Role\n");
    y.append("    Properties:\n");
    y.append("      RoleName: ").append(s.executionRole()).append('\n');
    y.append("      AssumeRolePolicyDocument:\n");
    y.append("        Version: '2012-10-17'\n");
    y.append("        Statement:\n");
    y.append("          - Effect: Allow\n");
    y.append("            Principal:\n");
    y.append("              Service: lambda.amazonaws.com\n");
    y.append("            Action: sts:AssumeRole\n");
    y.append("            Condition:\n");
    y.append("              StringEquals:\n");
    y.append("                aws:SourceAccount: !Ref AWS::AccountId\n");
    y.append("      ManagedPolicyArns:\n");
    y.append(
        "        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\n\n");
    y.append("  CapacityProvider:\n");
    y.append("    Type: AWS::Serverless::CapacityProvider\n");
    y.append("    Properties:\n");
    y.append("      CapacityProviderName: ").append(s.provider()).append('\n');
    y.append("      VpcConfig:\n");
    y.append("        SubnetIds:\n");
    s.subnets().forEach(id -> y.append("          - ").append(id).append('\n'));
    y.append("        SecurityGroupIds:\n");
    s.securityGroups().forEach(id -> y.append("          - ").append(id).append('\n'));
    y.append("      OperatorRole: !GetAtt OperatorRole.Arn\n");
    y.append("      InstanceRequirements:\n");
    y.append("        Architectures:\n");
    y.append("          - ").append(s.architecture()).append('\n');
    y.append("      ScalingConfig:\n");
    y.append("        MaxVCpuCount: ").append(s.maxVcpuCount()).append("\n\n");
    y.append("  Function:\n");
    y.append("    Type: AWS::Serverless::Function\n");
    y.append("    Properties:\n");
    y.append("      FunctionName: ").append(s.function()).append('\n');
    y.append("      CodeUri: ").append(s.codeZip()).append('\n');
    y.append("      Handler: ").append(yamlString(s.handler())).append('\n');
    y.append("      Runtime: ").append(s.runtime().id()).append('\n');
    y.append("      Architectures:\n");
    y.append("        - ").append(s.architecture()).append('\n');
    y.append("      MemorySize: ").append(s.memoryMb()).append('\n');
    y.append("      Role: !GetAtt FunctionExecutionRole.Arn\n");
    y.append("      CapacityProviderConfig:\n");
    y.append("        Arn: !GetAtt CapacityProvider.Arn\n");
    y.append("        ExecutionEnvironmentMemoryGiBPerVCpu: ")
        .append(DeploymentPlanner.decimal(s.memoryGibPerVcpu()))
        .append('\n');
    s.concurrency()
        .ifPresent(
            c ->
                y.append("        PerExecutionEnvironmentMaxConcurrency: ").append(c).append('\n'));
    y.append("      FunctionScalingConfig:\n");
    y.append("        MinExecutionEnvironments: ").append(s.minEnvironments()).append('\n');
    y.append("        MaxExecutionEnvironments: ").append(s.maxEnvironments()).append('\n');
    y.append("      AutoPublishAlias: live\n");
    y.append("      LoggingConfig:\n");
    y.append("        LogFormat: JSON\n\n");
    y.append("Outputs:\n");
    y.append("  CapacityProviderArn:\n");
    y.append("    Value: !GetAtt CapacityProvider.Arn\n");
    y.append("  LiveAliasArn:\n");
    y.append("    Value: !Ref FunctionAliaslive\n");
    return y.toString();
  }

  /** Quotes a scalar that YAML would otherwise read specially (handlers contain ':'). */
  private static String yamlString(String value) {
    return value.contains(":") || value.contains("$")
        ? "'" + value.replace("'", "''") + "'"
        : value;
  }
}

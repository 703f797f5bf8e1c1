package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.tools.LmiLimits;
import java.util.List;

/**
 * The {@code aws ...} commands the findings propose, written so that the sandbox parses and
 * validates them against the SDK's model ({@code run_aws_cli} in plan mode shows the request) and a
 * person confirms each before it runs. Every command names its Region. Values come from the account
 * (ids, names, numbers) and are checked against the API's patterns before they reach here.
 */
public final class FixCommands {

  /** The AWS managed policy of the operator role (Lambda operator role, developer guide). */
  public static final String OPERATOR_POLICY_ARN =
      "arn:aws:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator";

  private FixCommands() {}

  public static String memorySize(String function, int memoryMb, String region) {
    return "aws lambda update-function-configuration --function-name %s --memory-size %d --region %s"
        .formatted(function, memoryMb, region);
  }

  public static String publish(String function, String region) {
    return "aws lambda publish-version --function-name %s --publish-to LATEST_PUBLISHED --region %s"
        .formatted(function, region);
  }

  public static String scalingFloor(
      String function, String version, int min, int max, String region) {
    return ("aws lambda put-function-scaling-config --function-name %s --qualifier %s"
            + " --function-scaling-config MinExecutionEnvironments=%d,MaxExecutionEnvironments=%d"
            + " --region %s")
        .formatted(function, version, min, Math.max(min, max), region);
  }

  public static String maxVcpuCount(String provider, int maxVcpus, String region) {
    return ("aws lambda update-capacity-provider --capacity-provider-name %s"
            + " --capacity-provider-scaling-config ScalingMode=Auto,MaxVCpuCount=%d --region %s")
        .formatted(provider, Math.min(maxVcpus, LmiLimits.MAX_VCPU_COUNT), region);
  }

  /**
   * A trust policy that lets Lambda assume the operator role, with the confused-deputy condition on
   * the account (infrastructure-setup reference; the {@code aws:SourceArn} Lambda presents is not
   * documented, so it is left out).
   */
  public static String operatorTrust(String role, String accountId) {
    return ("aws iam update-assume-role-policy --role-name %s --policy-document"
            + " '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\","
            + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"%s\"}}}]}'")
        .formatted(role, accountId);
  }

  public static String attachOperatorPolicy(String role) {
    return "aws iam attach-role-policy --role-name %s --policy-arn %s"
        .formatted(role, OPERATOR_POLICY_ARN);
  }

  public static String logsEndpoint(
      String vpcId, List<String> subnetIds, List<String> securityGroupIds, String region) {
    return ("aws ec2 create-vpc-endpoint --vpc-id %s --vpc-endpoint-type Interface"
            + " --service-name com.amazonaws.%s.logs --subnet-ids %s%s --private-dns-enabled"
            + " --region %s")
        .formatted(
            vpcId,
            region,
            String.join(" ", subnetIds),
            securityGroupIds.isEmpty()
                ? ""
                : " --security-group-ids " + String.join(" ", securityGroupIds),
            region);
  }

  public static String httpsEgress(String groupId, String region) {
    return ("aws ec2 authorize-security-group-egress --group-id %s --ip-permissions"
            + " '[{\"IpProtocol\":\"tcp\",\"FromPort\":443,\"ToPort\":443,"
            + "\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\",\"Description\":\"HTTPS to AWS APIs\"}]}]'"
            + " --region %s")
        .formatted(groupId, region);
  }

  public static String revokeAllEgress(String groupId, String cidr, String region) {
    String range =
        cidr.contains(":")
            ? "\"Ipv6Ranges\":[{\"CidrIpv6\":\"" + cidr + "\"}]"
            : "\"IpRanges\":[{\"CidrIp\":\"" + cidr + "\"}]";
    return ("aws ec2 revoke-security-group-egress --group-id %s --ip-permissions"
            + " '[{\"IpProtocol\":\"-1\",%s}]' --region %s")
        .formatted(groupId, range, region);
  }
}

package dev.lmiadvisor.tools.review.config.template;

/**
 * The resource types the reviewer understands. Sources: <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-capacityprovider.html">AWS::Lambda::CapacityProvider</a>,
 * <a
 * href="https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-capacityprovider.html">AWS::Serverless::CapacityProvider</a>
 * (both as of 2026-11-21).
 */
public final class ResourceTypes {
  public static final String LAMBDA_FUNCTION = "AWS::Lambda::Function";
  public static final String LAMBDA_VERSION = "AWS::Lambda::Version";
  public static final String LAMBDA_CAPACITY_PROVIDER = "AWS::Lambda::CapacityProvider";
  public static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";
  public static final String SERVERLESS_CAPACITY_PROVIDER = "AWS::Serverless::CapacityProvider";
  public static final String IAM_ROLE = "AWS::IAM::Role";
  public static final String SECURITY_GROUP = "AWS::EC2::SecurityGroup";
  public static final String SECURITY_GROUP_EGRESS = "AWS::EC2::SecurityGroupEgress";
  public static final String SECURITY_GROUP_INGRESS = "AWS::EC2::SecurityGroupIngress";
  public static final String LOG_GROUP = "AWS::Logs::LogGroup";

  private ResourceTypes() {}
}

package dev.lmiadvisor.tools.sandbox.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2instanceconnect.Ec2InstanceConnectClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS services the sandbox accepts, by their AWS CLI names, each backed by the SDK client on
 * the classpath. Operations and parameters are not listed here: they are read from the SDK.
 */
public final class ServiceCatalog {

  private static final Map<String, Class<? extends SdkClient>> CLIENTS = clients();

  private final Map<String, ServiceModel> models = new ConcurrentHashMap<>();
  private final RequiredMembers required;

  public ServiceCatalog() {
    this(RequiredMembers.load());
  }

  ServiceCatalog(RequiredMembers required) {
    this.required = required;
  }

  private static Map<String, Class<? extends SdkClient>> clients() {
    Map<String, Class<? extends SdkClient>> clients = new LinkedHashMap<>();
    clients.put("lambda", LambdaClient.class);
    clients.put("ec2", Ec2Client.class);
    clients.put("iam", IamClient.class);
    clients.put("sts", StsClient.class);
    clients.put("cloudwatch", CloudWatchClient.class);
    // The CLI calls CloudWatch Logs "logs" and the S3 API "s3api" ("s3" is its file-transfer
    // layer).
    clients.put("logs", CloudWatchLogsClient.class);
    clients.put("ssm", SsmClient.class);
    clients.put("s3api", S3Client.class);
    clients.put("secretsmanager", SecretsManagerClient.class);
    clients.put("cloudtrail", CloudTrailClient.class);
    clients.put("organizations", OrganizationsClient.class);
    clients.put("ecs", EcsClient.class);
    clients.put("ec2-instance-connect", Ec2InstanceConnectClient.class);
    return Map.copyOf(clients);
  }

  /** CLI service names, e.g. {@code lambda}, {@code logs}, {@code s3api}. */
  public java.util.Set<String> serviceNames() {
    return new java.util.TreeSet<>(CLIENTS.keySet());
  }

  /**
   * The IAM action prefix of a service, e.g. {@code s3} for {@code s3api} and {@code cloudwatch}
   * for CloudWatch (whose endpoint prefix is {@code monitoring}). Source: the Service Authorization
   * Reference,
   * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html,
   * as of 2026-12-01.
   */
  public static String iamPrefix(String cliName) {
    return switch (cliName) {
      case "s3api" -> "s3";
      default -> cliName;
    };
  }

  public Optional<ServiceModel> service(String cliName) {
    Class<? extends SdkClient> client = CLIENTS.get(cliName);
    if (client == null) {
      return Optional.empty();
    }
    return Optional.of(
        models.computeIfAbsent(cliName, name -> new ServiceModel(name, client, required)));
  }
}

package dev.lmiadvisor.tools.live;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The four SDK clients one tool call reads with, all in the Region asked about, with the server's
 * credentials, a time limit per API call (retries included), at most two attempts per call, and the
 * loopback endpoint override when one is configured.
 */
public final class LiveClients implements AutoCloseable {

  /**
   * Attempts per API call: one retry for a throttled or dropped request, then the report says so.
   */
  static final int MAX_ATTEMPTS = 2;

  private final LambdaClient lambda;
  private final Ec2Client ec2;
  private final IamClient iam;
  private final CloudWatchClient cloudWatch;

  private LiveClients(
      LambdaClient lambda, Ec2Client ec2, IamClient iam, CloudWatchClient cloudWatch) {
    this.lambda = lambda;
    this.ec2 = ec2;
    this.iam = iam;
    this.cloudWatch = cloudWatch;
  }

  /** Builds the clients; no credentials are resolved and nothing is sent until the first call. */
  public static LiveClients open(
      LiveSettings settings, String region, AwsCredentialsProvider credentials) {
    return new LiveClients(
        configure(LambdaClient.builder(), settings, region, credentials).build(),
        configure(Ec2Client.builder(), settings, region, credentials).build(),
        configure(IamClient.builder(), settings, region, credentials).build(),
        configure(CloudWatchClient.builder(), settings, region, credentials).build());
  }

  private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
      B builder, LiveSettings settings, String region, AwsCredentialsProvider credentials) {
    Duration timeout = settings.callTimeout();
    builder
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .apiCallTimeout(timeout)
                .apiCallAttemptTimeout(timeout)
                .retryStrategy(
                    AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(MAX_ATTEMPTS)
                        .build())
                .build())
        .httpClientBuilder(
            ApacheHttpClient.builder()
                .socketTimeout(timeout)
                .connectionTimeout(Duration.ofSeconds(Math.min(5, timeout.toSeconds()))));
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder;
  }

  public LambdaClient lambda() {
    return lambda;
  }

  public Ec2Client ec2() {
    return ec2;
  }

  public IamClient iam() {
    return iam;
  }

  public CloudWatchClient cloudWatch() {
    return cloudWatch;
  }

  @Override
  public void close() {
    lambda.close();
    ec2.close();
    iam.close();
    cloudWatch.close();
  }
}

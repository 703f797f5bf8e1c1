package dev.lmiadvisor.slack.compose;

import java.time.Duration;
import java.util.Optional;
import org.springframework.ai.bedrock.converse.BedrockChatOptions;
import org.springframework.ai.bedrock.converse.BedrockProxyChatModel;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** Builds the configured composer; no Spring context, no auto-configuration. */
public final class Composers {

  /** Slack users wait for the answer; a slower model falls back to the passages. */
  private static final Duration MODEL_TIMEOUT = Duration.ofSeconds(60);

  private static final int MAX_TOKENS = 1024;

  private Composers() {}

  public static Optional<AnswerComposer> create(ComposerSettings settings) {
    return switch (settings.kind()) {
      case OFF -> Optional.empty();
      case BEDROCK ->
          Optional.of(new SpringAiComposer(bedrock(settings.bedrockModel().orElseThrow())));
    };
  }

  private static BedrockProxyChatModel bedrock(String model) {
    Region region;
    try {
      region = new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException e) {
      throw new IllegalArgumentException(
          "LMI_SLACK_COMPOSER=bedrock needs an AWS Region: set AWS_REGION (or a profile's region).");
    }
    return BedrockProxyChatModel.builder()
        .credentialsProvider(DefaultCredentialsProvider.builder().build())
        .region(region)
        .timeout(MODEL_TIMEOUT)
        .defaultOptions(BedrockChatOptions.builder().model(model).maxTokens(MAX_TOKENS).build())
        .build();
  }
}

package dev.lmiadvisor.slack.compose;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language model, if any, writes Slack answers: {@code LMI_SLACK_COMPOSER} = {@code off}
 * (default) or {@code bedrock}, with {@code LMI_SLACK_BEDROCK_MODEL} naming the Bedrock model or
 * inference profile id. Credentials and Region come from the AWS SDK's default chains.
 */
public record ComposerSettings(Kind kind, Optional<String> bedrockModel) {

  public enum Kind {
    OFF,
    BEDROCK
  }

  public static final ComposerSettings OFF = new ComposerSettings(Kind.OFF, Optional.empty());

  public static ComposerSettings fromEnvironment(Map<String, String> env) {
    String kind = env.getOrDefault("LMI_SLACK_COMPOSER", "off").strip().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "", "off", "none" -> OFF;
      case "bedrock" -> {
        String model = env.getOrDefault("LMI_SLACK_BEDROCK_MODEL", "").strip();
        if (model.isEmpty()) {
          throw new IllegalArgumentException(
              "LMI_SLACK_COMPOSER=bedrock needs LMI_SLACK_BEDROCK_MODEL: a Bedrock model id or"
                  + " inference profile id your account may call with the Converse API.");
        }
        yield new ComposerSettings(Kind.BEDROCK, Optional.of(model));
      }
      default ->
          throw new IllegalArgumentException(
              "LMI_SLACK_COMPOSER must be off or bedrock, not '" + kind + "'.");
    };
  }
}

package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.errors.UserInputException;
import java.util.Optional;

/**
 * The errors of a live-account tool call that the person can fix: an argument AWS would refuse, a
 * capacity provider or function that does not exist, no credentials, or credentials AWS does not
 * accept. Each says what to change; the credential errors name the credential chain and say that
 * nothing was read. Every such error of these tools is made here, as a {@link UserInputException}:
 * the one type every front end shows the person as it is written.
 */
public final class LiveErrors {

  private LiveErrors() {}

  /**
   * @param message what is wrong and what to do instead
   * @param argument the tool argument at fault (snake_case), or null
   */
  public static UserInputException invalid(String message, String argument) {
    return new UserInputException(message, argument);
  }

  static UserInputException noCredentials(String tool, Optional<String> profile) {
    return invalid(
        tool
            + " found no AWS credentials. "
            + where(profile)
            + " Configure credentials with the read-only policy in the README and try again;"
            + " nothing was sent to AWS.",
        null);
  }

  static UserInputException credentialsRejected(
      String tool, Optional<String> profile, String code) {
    return invalid(
        tool
            + ": AWS rejected the credentials ("
            + code
            + "): they are invalid or expired. "
            + where(profile)
            + " Renew them (for SSO: aws sso login) and try again.",
        null);
  }

  private static String where(Optional<String> profile) {
    return profile
        .map(
            p ->
                "It reads the account with the AWS SDK's credential chain, restricted to the"
                    + " profile '"
                    + p
                    + "' of the shared config and credentials files (set by"
                    + " LMI_ADVISOR_AWS_PROFILE or AWS_PROFILE).")
        .orElse(
            "It reads the account with the AWS SDK's default credential chain: the environment"
                + " (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), the default profile of the"
                + " shared config and credentials files (or the one LMI_ADVISOR_AWS_PROFILE or"
                + " AWS_PROFILE names), IAM Identity Center (SSO), web identity, then the"
                + " container or instance role.");
  }
}

package dev.lmiadvisor.tools.live;

import java.util.Optional;

/**
 * The errors a person can fix before a live-account tool can read anything: no credentials, or
 * credentials AWS does not accept. Each names the credential chain and the setting to change, and
 * says that nothing was read.
 */
public final class LiveErrors {

  private LiveErrors() {}

  static IllegalArgumentException noCredentials(String tool, Optional<String> profile) {
    return new IllegalArgumentException(
        tool
            + " found no AWS credentials. "
            + where(profile)
            + " Configure credentials with the read-only policy in the README and try again;"
            + " nothing was sent to AWS.");
  }

  static IllegalArgumentException credentialsRejected(
      String tool, Optional<String> profile, String code) {
    return new IllegalArgumentException(
        tool
            + ": AWS rejected the credentials ("
            + code
            + "): they are invalid or expired. "
            + where(profile)
            + " Renew them (for SSO: aws sso login) and try again.");
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

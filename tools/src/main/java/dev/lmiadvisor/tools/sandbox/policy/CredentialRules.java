package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.util.List;
import java.util.Optional;

/**
 * Refuses commands whose answer is a credential or a secret: an assistant's transcript, a Slack
 * thread or a log is no place for them.
 */
final class CredentialRules {

  static final String CREDENTIAL_DISCLOSURE = "credential-disclosure";
  static final String SECRET_DISCLOSURE = "secret-disclosure";

  private CredentialRules() {}

  static List<PolicyRule> rules() {
    return List.of(
        Rule.deny(CREDENTIAL_DISCLOSURE, (c, x) -> credential(c)),
        Rule.deny(SECRET_DISCLOSURE, (c, x) -> secret(c)));
  }

  private static Optional<String> credential(ParsedCommand c) {
    if (c.service().equals("sts")
        && (c.operationName().startsWith("Assume")
            || (c.operationName().startsWith("Get") && c.operationName().contains("Token")))) {
      return Optional.of(
          "sts "
              + c.operation().cliName()
              + " returns temporary credentials; the sandbox never hands out credentials");
    }
    if (c.is(
        "iam",
        "CreateAccessKey",
        "CreateLoginProfile",
        "UpdateLoginProfile",
        "CreateServiceSpecificCredential",
        "ResetServiceSpecificCredential",
        "CreateVirtualMFADevice")) {
      return Optional.of(
          "iam "
              + c.operation().cliName()
              + " creates or reveals a long-term credential; do this outside the assistant, in the console or your identity provider");
    }
    if (c.is("ec2", "GetPasswordData")) {
      return Optional.of("ec2 get-password-data returns an instance's administrator password");
    }
    return Optional.empty();
  }

  private static Optional<String> secret(ParsedCommand c) {
    if (c.is("secretsmanager", "GetSecretValue", "BatchGetSecretValue")) {
      return Optional.of(
          "secretsmanager "
              + c.operation().cliName()
              + " returns secret values; read secrets in your code at run time, not through the assistant (describe-secret shows the metadata)");
    }
    boolean ssmRead =
        c.is("ssm", "GetParameter", "GetParameters", "GetParametersByPath", "GetParameterHistory");
    if (ssmRead && Boolean.TRUE.equals(c.valueAt("WithDecryption"))) {
      return Optional.of(
          "ssm "
              + c.operation().cliName()
              + " --with-decryption returns SecureString values in clear text; drop --with-decryption");
    }
    return Optional.empty();
  }
}

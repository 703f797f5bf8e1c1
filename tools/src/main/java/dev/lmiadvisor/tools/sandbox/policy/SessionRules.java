package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.util.List;
import java.util.Optional;

/**
 * Refuses interactive sessions: a shell on an instance or container is outside what the sandbox can
 * check and audit command by command (Session Manager sessions, EC2 Instance Connect keys and
 * serial console keys, ECS Exec), and turning on serial console access opens such sessions
 * account-wide.
 */
final class SessionRules {

  static final String INTERACTIVE_SESSION = "interactive-session";

  private SessionRules() {}

  static List<PolicyRule> rules() {
    return List.of(Rule.deny(INTERACTIVE_SESSION, (c, x) -> session(c)));
  }

  private static Optional<String> session(ParsedCommand c) {
    boolean interactive =
        c.is("ssm", "StartSession", "ResumeSession")
            || c.is("ec2-instance-connect", "SendSSHPublicKey", "SendSerialConsoleSSHPublicKey")
            || c.is("ecs", "ExecuteCommand")
            || c.is("ec2", "EnableSerialConsoleAccess");
    if (!interactive) {
      return Optional.empty();
    }
    return Optional.of(
        c.service()
            + " "
            + c.operation().cliName()
            + " opens an interactive session on an instance or container, where commands escape the sandbox's checks and audit; connect from your own terminal instead");
  }
}

package dev.lmiadvisor.tools.sandbox.parse;

import java.util.Arrays;
import java.util.Optional;

/**
 * The AWS CLI's global options (they may appear anywhere after {@code aws}), and how the sandbox
 * treats each: understood and checked, or refused because it weakens security or reads input the
 * sandbox cannot check.
 */
public enum GlobalOption {
  REGION("region", true, true),
  PROFILE("profile", true, true),
  OUTPUT("output", true, true),
  QUERY("query", true, true),
  ENDPOINT_URL("endpoint-url", true, true),
  MAX_ITEMS("max-items", true, true),
  PAGE_SIZE("page-size", true, true),
  STARTING_TOKEN("starting-token", true, true),
  NO_PAGINATE("no-paginate", false, true),
  CLI_BINARY_FORMAT("cli-binary-format", true, true),
  NO_CLI_PAGER("no-cli-pager", false, true),
  COLOR("color", true, true),
  CLI_READ_TIMEOUT("cli-read-timeout", true, true),
  CLI_CONNECT_TIMEOUT("cli-connect-timeout", true, true),
  // Refused: they switch off TLS checks or signing, log credentials, trust other CAs, or take
  // parameters from outside the command where the sandbox cannot see them.
  DEBUG("debug", false, false),
  NO_VERIFY_SSL("no-verify-ssl", false, false),
  NO_SIGN_REQUEST("no-sign-request", false, false),
  CA_BUNDLE("ca-bundle", true, false),
  CLI_INPUT_JSON("cli-input-json", true, false),
  CLI_INPUT_YAML("cli-input-yaml", true, false),
  GENERATE_CLI_SKELETON("generate-cli-skeleton", false, false),
  CLI_AUTO_PROMPT("cli-auto-prompt", false, false),
  NO_CLI_AUTO_PROMPT("no-cli-auto-prompt", false, false),
  VERSION("version", false, false);

  private final String cliName;
  private final boolean takesValue;
  private final boolean accepted;

  GlobalOption(String cliName, boolean takesValue, boolean accepted) {
    this.cliName = cliName;
    this.takesValue = takesValue;
    this.accepted = accepted;
  }

  /** Without the leading dashes, e.g. {@code endpoint-url}. */
  public String cliName() {
    return cliName;
  }

  public boolean takesValue() {
    return takesValue;
  }

  public boolean accepted() {
    return accepted;
  }

  public static Optional<GlobalOption> named(String cliName) {
    return Arrays.stream(values()).filter(o -> o.cliName.equals(cliName)).findFirst();
  }
}

package dev.lmiadvisor.tools.sandbox.validate;

import dev.lmiadvisor.tools.sandbox.CommandDenied;
import dev.lmiadvisor.tools.sandbox.parse.CliNames;
import dev.lmiadvisor.tools.sandbox.parse.GlobalOption;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.regions.Region;

/**
 * Stage 3: checks the global options. Output and pagination options are understood; {@code
 * --region} must be a region the SDK knows; {@code --endpoint-url} may point only at this machine
 * (local test doubles); {@code --profile} only at the profile configured at start-up; options that
 * switch off TLS checks or request signing, print credentials or read parameters from elsewhere are
 * refused.
 */
public final class GlobalOptionsValidator {

  public static final String RULE_DENIED_OPTION = "global-option-denied";
  public static final String RULE_INVALID = "invalid-global-option";
  public static final String RULE_REGION = "unknown-region";
  public static final String RULE_ENDPOINT = "endpoint-not-loopback";
  public static final String RULE_PROFILE = "profile-not-allowed";

  private static final Set<String> OUTPUTS = Set.of("json", "text", "table", "yaml", "yaml-stream");
  private static final Set<String> REGIONS = regions();

  private final Optional<String> allowedProfile;
  private final String defaultRegion;

  public GlobalOptionsValidator(Optional<String> allowedProfile, String defaultRegion) {
    this.allowedProfile = allowedProfile;
    this.defaultRegion = defaultRegion;
  }

  private static Set<String> regions() {
    Set<String> ids = new TreeSet<>();
    for (Region region : Region.regions()) {
      if (!region.isGlobalRegion()) {
        ids.add(region.id());
      }
    }
    return Set.copyOf(ids);
  }

  /** True when the SDK knows the region (global pseudo-regions such as aws-global excluded). */
  public static boolean isKnownRegion(String region) {
    return REGIONS.contains(region);
  }

  /** The closest known regions, for an error message. */
  public static List<String> closestRegions(String region) {
    return CliNames.closest(region, REGIONS);
  }

  /**
   * @param toolRegion the region given to the tool besides the command, if any
   */
  public GlobalOptions validate(
      Map<GlobalOption, Optional<String>> globals, Optional<String> toolRegion) {
    for (GlobalOption option : globals.keySet()) {
      if (!option.accepted()) {
        throw new CommandDenied(RULE_DENIED_OPTION, deniedReason(option));
      }
    }
    Optional<String> commandRegion = value(globals, GlobalOption.REGION);
    if (commandRegion.isPresent() && toolRegion.isPresent() && !commandRegion.equals(toolRegion)) {
      throw new CommandDenied(
          RULE_INVALID,
          "the command says --region %s but the region argument says %s; give one region"
              .formatted(commandRegion.get(), toolRegion.get()));
    }
    String region = commandRegion.or(() -> toolRegion).orElse(defaultRegion);
    if (!isKnownRegion(region)) {
      List<String> close = closestRegions(region);
      throw new CommandDenied(
          RULE_REGION,
          "unknown region '"
              + region
              + "'"
              + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"),
          close);
    }
    Optional<String> profile = value(globals, GlobalOption.PROFILE);
    if (profile.isPresent() && !profile.equals(allowedProfile)) {
      throw new CommandDenied(
          RULE_PROFILE,
          allowedProfile
              .map(
                  p ->
                      "only the profile configured at start-up ('"
                          + p
                          + "') may be used; remove --profile or use that one")
              .orElse(
                  "no AWS profile is configured for the sandbox (LMI_ADVISOR_AWS_PROFILE); remove --profile"));
    }
    Optional<String> output = value(globals, GlobalOption.OUTPUT);
    if (output.isPresent() && !OUTPUTS.contains(output.get())) {
      throw new CommandDenied(
          RULE_INVALID, "--output must be one of json, text, table, yaml, yaml-stream");
    }
    Optional<String> query = value(globals, GlobalOption.QUERY);
    if (query.isPresent()) {
      Query.compile(query.get());
    }
    Optional<String> binaryFormat = value(globals, GlobalOption.CLI_BINARY_FORMAT);
    if (binaryFormat.isPresent()
        && !Set.of("base64", "raw-in-base64-out").contains(binaryFormat.get())) {
      throw new CommandDenied(
          RULE_INVALID, "--cli-binary-format must be base64 or raw-in-base64-out");
    }
    Optional<String> color = value(globals, GlobalOption.COLOR);
    if (color.isPresent() && !Set.of("on", "off", "auto").contains(color.get())) {
      throw new CommandDenied(RULE_INVALID, "--color must be on, off or auto");
    }
    positive(globals, GlobalOption.CLI_READ_TIMEOUT, 0);
    positive(globals, GlobalOption.CLI_CONNECT_TIMEOUT, 0);
    return new GlobalOptions(
        region,
        profile,
        output,
        query,
        value(globals, GlobalOption.ENDPOINT_URL).map(GlobalOptionsValidator::loopbackEndpoint),
        positive(globals, GlobalOption.MAX_ITEMS, 1),
        positive(globals, GlobalOption.PAGE_SIZE, 1),
        value(globals, GlobalOption.STARTING_TOKEN),
        globals.containsKey(GlobalOption.NO_PAGINATE),
        binaryFormat.filter("raw-in-base64-out"::equals).isPresent());
  }

  private static String deniedReason(GlobalOption option) {
    return switch (option) {
      case DEBUG ->
          "--debug is refused: it writes request details, including credentials, to the log";
      case NO_VERIFY_SSL -> "--no-verify-ssl is refused: TLS certificates are always checked";
      case NO_SIGN_REQUEST -> "--no-sign-request is refused: requests are always signed";
      case CA_BUNDLE ->
          "--ca-bundle is refused: only the system's trusted certificate authorities are used";
      case CLI_INPUT_JSON, CLI_INPUT_YAML ->
          "--"
              + option.cliName()
              + " is refused: give each parameter as an option so it can be checked";
      default -> "--" + option.cliName() + " is not supported here";
    };
  }

  private static Optional<String> value(
      Map<GlobalOption, Optional<String>> globals, GlobalOption option) {
    Optional<String> value = globals.get(option);
    return value == null ? Optional.empty() : value;
  }

  private static Optional<Integer> positive(
      Map<GlobalOption, Optional<String>> globals, GlobalOption option, int minimum) {
    Optional<String> value = value(globals, option);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number < minimum) {
        throw new NumberFormatException();
      }
      return Optional.of(number);
    } catch (NumberFormatException e) {
      throw new CommandDenied(
          RULE_INVALID, "--" + option.cliName() + " must be a whole number of at least " + minimum);
    }
  }

  /**
   * The endpoint, when it is on this machine. Only literal loopback addresses and {@code localhost}
   * qualify; credentials in the URL, other hosts and odd encodings of addresses are refused rather
   * than interpreted.
   */
  static URI loopbackEndpoint(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new CommandDenied(RULE_ENDPOINT, "--endpoint-url is not a valid URL");
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new CommandDenied(
          RULE_ENDPOINT, "--endpoint-url must be an http:// or https:// URL on this machine");
    }
    if (uri.getRawUserInfo() != null || uri.getHost() == null) {
      throw new CommandDenied(
          RULE_ENDPOINT,
          "--endpoint-url must name a loopback host (127.0.0.1, [::1] or localhost) without user information");
    }
    if (!isLoopbackHost(uri.getHost())) {
      throw new CommandDenied(
          RULE_ENDPOINT,
          "--endpoint-url may point only at this machine (127.0.0.1, [::1] or localhost), not '"
              + uri.getHost()
              + "'");
    }
    return uri;
  }

  private static boolean isLoopbackHost(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String literal =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    boolean dottedQuad = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean ipv6 = literal.contains(":") && literal.matches("[0-9A-Fa-f:.]+");
    if (!dottedQuad && !ipv6) {
      return false;
    }
    try {
      return InetAddress.ofLiteral(literal).isLoopbackAddress();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

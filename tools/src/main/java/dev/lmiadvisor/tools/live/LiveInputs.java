package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.tools.vocabulary.Suggestions;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;

/**
 * Checks of the live-account tools' arguments before anything is sent, against the patterns of the
 * Lambda API (CapacityProviderName and FunctionName in the API reference, as of 2026-12-01): a
 * value that AWS would reject is refused here with the reason, and a value that reaches a fix
 * command cannot carry anything but a name.
 */
public final class LiveInputs {

  private static final Pattern PROVIDER =
      Pattern.compile(
          "(arn:aws[a-zA-Z-]*:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d:\\d{12}:capacity-provider:)?[a-zA-Z0-9_-]{1,140}");

  private static final Pattern FUNCTION =
      Pattern.compile(
          "(arn:aws[a-zA-Z-]*:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d:\\d{12}:function:)?[a-zA-Z0-9_-]{1,64}");

  /** The Regions the AWS SDK knows, global pseudo-Regions (aws-global) left out. */
  private static final Set<String> REGIONS =
      Region.regions().stream()
          .filter(r -> !r.isGlobalRegion())
          .map(Region::id)
          .collect(Collectors.toUnmodifiableSet());

  private LiveInputs() {}

  /** A Region the SDK knows, or an error naming the closest ones. */
  public static String region(String region) {
    String value = region == null ? "" : region.strip();
    if (value.isEmpty()) {
      throw LiveErrors.invalid("'region' is required, for example us-east-1", "region");
    }
    if (!REGIONS.contains(value)) {
      throw LiveErrors.invalid(
          "unknown region '" + value + "'" + Suggestions.didYouMean(value, REGIONS), "region");
    }
    return value;
  }

  public static String capacityProviderName(String value) {
    if (value.length() > 200 || !PROVIDER.matcher(value).matches()) {
      throw LiveErrors.invalid(
          "capacity_provider must be a capacity provider name (letters, digits, - and _, up to"
              + " 140) or its ARN, not '"
              + value
              + "'",
          "capacity_provider");
    }
    return value;
  }

  public static String functionName(String value) {
    if (value.length() > 170 || !FUNCTION.matcher(value).matches()) {
      throw LiveErrors.invalid(
          "function_name must be a function name (letters, digits, - and _, up to 64) or its"
              + " ARN without a version, not '"
              + value
              + "'",
          "function_name");
    }
    return value;
  }

  /** The name at the end of an ARN ({@code ...:capacity-provider:NAME}), or the value itself. */
  public static String nameOf(String nameOrArn) {
    int colon = nameOrArn.lastIndexOf(':');
    return colon < 0 ? nameOrArn : nameOrArn.substring(colon + 1);
  }
}

package dev.lmiadvisor.tools.sandbox.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the Condition block of a statement with a {@code *} principal limits who it applies to.
 *
 * <p>Only a condition that names the caller's account, organization or source with literal values
 * does: {@code aws:PrincipalOrgID}, {@code aws:PrincipalOrgPaths}, {@code aws:PrincipalAccount},
 * {@code aws:PrincipalArn}, {@code aws:SourceAccount}, {@code aws:SourceArn}, {@code
 * aws:SourceOrgID}, {@code aws:SourceOrgPaths}, {@code aws:SourceVpce}, {@code aws:SourceVpc},
 * {@code aws:userid}, and {@code aws:SourceIp} with a range smaller than the internet, under an
 * operator that requires a match ({@code StringEquals}, {@code StringLike}, {@code ArnEquals},
 * {@code ArnLike}, {@code IpAddress}, and their {@code ForAnyValue:} forms). Conditions on anything
 * else ({@code aws:SecureTransport}, {@code aws:UserAgent}, {@code sts:ExternalId}), wildcard or
 * variable values, negated operators, {@code ...IfExists} (true when the key is absent, as it is
 * for anonymous callers) and {@code ForAllValues:} (true for an empty set) leave the statement
 * public. Source: "AWS global condition context keys" and "IAM JSON policy elements: Condition
 * operators", IAM User Guide,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html and
 * .../reference_policies_elements_condition_operators.html, as of 2026-12-01.
 */
final class Conditions {

  private static final Set<String> IDENTIFYING_KEYS =
      Set.of(
          "aws:principalorgid",
          "aws:principalorgpaths",
          "aws:principalaccount",
          "aws:principalarn",
          "aws:sourceaccount",
          "aws:sourcearn",
          "aws:sourceorgid",
          "aws:sourceorgpaths",
          "aws:sourcevpce",
          "aws:sourcevpc",
          "aws:userid");

  private static final Set<String> MATCHING_OPERATORS =
      Set.of("stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike");

  /** An ARN with a literal 12-digit account names that account even with a wildcard after it. */
  private static final Pattern ACCOUNT_ARN =
      Pattern.compile("arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:\\d{12}:.*");

  private Conditions() {}

  /** The condition that restricts the principal, described, or empty when none does. */
  static Optional<String> restriction(Object condition) {
    if (!(condition instanceof Map<?, ?> operators)) {
      return Optional.empty();
    }
    for (Map.Entry<?, ?> entry : operators.entrySet()) {
      String operator = String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT);
      if (operator.startsWith("forallvalues:") || operator.endsWith("ifexists")) {
        continue;
      }
      String base = operator.startsWith("foranyvalue:") ? operator.substring(12) : operator;
      if (!(entry.getValue() instanceof Map<?, ?> keys)) {
        continue;
      }
      for (Map.Entry<?, ?> key : keys.entrySet()) {
        String name = String.valueOf(key.getKey()).toLowerCase(Locale.ROOT);
        List<String> values = PolicyDocuments.strings(key.getValue());
        if (values.isEmpty()) {
          continue;
        }
        boolean restricts =
            (IDENTIFYING_KEYS.contains(name)
                    && MATCHING_OPERATORS.contains(base)
                    && values.stream().allMatch(v -> isLiteral(v, name)))
                || (name.equals("aws:sourceip")
                    && base.equals("ipaddress")
                    && values.stream().noneMatch(Conditions::coversEveryAddress));
        if (restricts) {
          return Optional.of(key.getKey() + " " + values);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isLiteral(String value, String key) {
    if (value.isBlank() || value.contains("${")) {
      return false;
    }
    if (value.indexOf('*') < 0 && value.indexOf('?') < 0) {
      return true;
    }
    return (key.equals("aws:sourcearn") || key.equals("aws:principalarn"))
        && ACCOUNT_ARN.matcher(value).matches();
  }

  private static boolean coversEveryAddress(String cidr) {
    try {
      return CidrSet.parse(cidr).prefixLength() == 0;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}

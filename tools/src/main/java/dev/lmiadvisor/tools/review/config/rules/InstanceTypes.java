package dev.lmiadvisor.tools.review.config.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads EC2 instance type names such as {@code m7g.xlarge}, {@code c7gn.2xlarge} or {@code
 * m7i-flex.large}. EC2 names a type family + generation + attribute letters; the letter {@code g}
 * among the attributes marks AWS Graviton (arm64), e.g. m6g, c7gn, r8g, x2gd, i4g (<a
 * href="https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html">Amazon EC2
 * instance type naming conventions</a>, as of 2026-11-21).
 */
final class InstanceTypes {

  /** Family letters, generation digits, attribute letters; wildcards and "-flex" ignored. */
  private static final Pattern FAMILY = Pattern.compile("([a-z]+)(\\d+)([a-z]*)");

  private InstanceTypes() {}

  private static Matcher family(String instanceType) {
    String name = instanceType.toLowerCase(Locale.ROOT).strip();
    int dot = name.indexOf('.');
    String family = (dot < 0 ? name : name.substring(0, dot)).replace("*", "");
    int dash = family.indexOf('-');
    if (dash > 0) {
      family = family.substring(0, dash);
    }
    return FAMILY.matcher(family);
  }

  /** Whether the type is recognisably an EC2 type name at all. */
  static boolean isRecognised(String instanceType) {
    return family(instanceType).matches();
  }

  /** Whether the type runs on AWS Graviton (arm64). */
  static boolean isGraviton(String instanceType) {
    Matcher m = family(instanceType);
    return m.matches() && m.group(3).contains("g");
  }

  /**
   * Whether the type is in the general purpose (M), compute optimized (C) or memory optimized (R)
   * families, which are the ones LMI offers.
   */
  static boolean isLmiFamily(String instanceType) {
    Matcher m = family(instanceType);
    return m.matches()
        && (m.group(1).equals("c") || m.group(1).equals("m") || m.group(1).equals("r"));
  }
}

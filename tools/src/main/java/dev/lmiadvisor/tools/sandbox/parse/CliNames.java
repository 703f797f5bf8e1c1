package dev.lmiadvisor.tools.sandbox.parse;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the AWS CLI spells model names, and which valid name a misspelt one was meant to be.
 *
 * <p>{@link #cli} is a port of botocore's {@code xform_name(name, '-')}, the function the AWS CLI
 * uses to turn operation and member names ({@code CreateCapacityProvider}, {@code SSEKMSKeyId})
 * into commands and options ({@code create-capacity-provider}, {@code ssekms-key-id}). A golden
 * file generated from botocore checks every name of the eleven services.
 */
public final class CliNames {

  private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
  private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
  // An acronym in the plural at the end, e.g. GatewayARNs -> gateway-arns.
  private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s$");

  // botocore keeps a few hand-made spellings ahead of the rules (its _xform_cache); these are
  // the ones that concern the eleven services (CloudWatch), botocore 1.43.11, as of 2026-11-21.
  private static final java.util.Map<String, String> EXCEPTIONS =
      java.util.Map.of(
          "GetOTelEnrichment", "get-otel-enrichment",
          "StartOTelEnrichment", "start-otel-enrichment",
          "StopOTelEnrichment", "stop-otel-enrichment");

  private CliNames() {}

  /**
   * The AWS CLI spelling of a model name, e.g. {@code PutFunctionScalingConfig ->
   * put-function-scaling-config}.
   */
  public static String cli(String modelName) {
    if (modelName.contains("-")) {
      return modelName;
    }
    String exception = EXCEPTIONS.get(modelName);
    if (exception != null) {
      return exception;
    }
    String name = modelName;
    Matcher plural = PLURAL_ACRONYM.matcher(name);
    if (plural.find()) {
      name = name.substring(0, plural.start()) + "-" + plural.group().toLowerCase(Locale.ROOT);
    }
    String s1 = FIRST_CAP.matcher(name).replaceAll("$1-$2");
    return END_CAP.matcher(s1).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Up to three of {@code candidates} closest to {@code typed}, best first, or none when nothing is
   * close.
   */
  public static List<String> closest(String typed, Iterable<String> candidates) {
    String needle = typed.toLowerCase(Locale.ROOT);
    record Scored(String name, int distance) {}
    java.util.ArrayList<Scored> scored = new java.util.ArrayList<>();
    for (String candidate : candidates) {
      String hay = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(needle, hay);
      boolean related =
          distance <= Math.max(2, needle.length() / 3)
              || (needle.length() >= 4 && (hay.contains(needle) || needle.contains(hay)));
      if (related) {
        scored.add(new Scored(candidate, distance));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(3)
        .map(Scored::name)
        .toList();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

package dev.lmiadvisor.tools.vocabulary;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * A Lambda runtime id that LMI runs, such as {@code python3.13} or {@code provided.al2023}, and the
 * runtime it belongs to. A bare runtime name ({@code python}) picks the oldest supported version,
 * which every Region has; an explicit id must be one the AWS SDK knows and be at least that oldest
 * version (LMI runtimes page of the Lambda developer guide, as of 2026-11-21).
 *
 * @param id the Lambda runtime id, e.g. {@code python3.13}
 * @param runtime the runtime it is a version of
 */
public record RuntimeVersion(String id, LambdaRuntime runtime) {

  private static final Pattern VERSIONED =
      Pattern.compile("(java|python|nodejs|dotnet)(\\d+)(?:\\.(\\d+))?(?:\\.x)?");

  private static final String SUPPORTED =
      "java (java21+), python (python3.13+), nodejs (nodejs22.x+), dotnet (dotnet8+), rust"
          + " (provided.al2023)";

  /**
   * @param text a runtime name ({@code nodejs}, also {@code node}) or a Lambda runtime id
   * @throws IllegalArgumentException for a runtime LMI does not run, naming the ones it does
   */
  public static RuntimeVersion resolve(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    switch (value) {
      case "node" -> {
        return oldest(LambdaRuntime.NODEJS);
      }
      case "rust", "provided.al2023" -> {
        return oldest(LambdaRuntime.RUST);
      }
      default -> {
        for (LambdaRuntime runtime : LambdaRuntime.values()) {
          if (runtime.id().equals(value)) {
            return oldest(runtime);
          }
        }
      }
    }
    Matcher version = VERSIONED.matcher(value);
    if (Runtime.fromValue(value) == Runtime.UNKNOWN_TO_SDK_VERSION
        || !version.matches()
        || !atLeastOldest(version)) {
      throw new IllegalArgumentException(
          "runtime '"
              + text
              + "' does not run on Lambda Managed Instances; use one of "
              + SUPPORTED);
    }
    return new RuntimeVersion(value, LambdaRuntime.parse(version.group(1)));
  }

  /** The runtime's default handler, for a plan that names none. */
  public String defaultHandler() {
    return runtime.defaultHandler();
  }

  private static RuntimeVersion oldest(LambdaRuntime runtime) {
    return new RuntimeVersion(runtime.oldestVersion(), runtime);
  }

  /** Whether {@code python3.14} is at least its runtime's oldest supported {@code python3.13}. */
  private static boolean atLeastOldest(Matcher version) {
    Matcher oldest = VERSIONED.matcher(LambdaRuntime.parse(version.group(1)).oldestVersion());
    if (!oldest.matches()) {
      throw new IllegalStateException("unversioned oldest runtime for " + version.group(1));
    }
    int major = Integer.compare(number(version, 2), number(oldest, 2));
    return major != 0 ? major > 0 : number(version, 3) >= number(oldest, 3);
  }

  private static int number(Matcher m, int group) {
    return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
  }
}

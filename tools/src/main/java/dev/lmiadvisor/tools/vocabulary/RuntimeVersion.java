package dev.lmiadvisor.tools.vocabulary;

import dev.lmiadvisor.errors.UserInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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

  private static final String SUPPORTED =
      "java (java21+), python (python3.13+), nodejs (nodejs22.x+), dotnet (dotnet8+), rust"
          + " (provided.al2023)";

  /**
   * @param text a runtime name ({@code nodejs}, also {@code node}) or a Lambda runtime id
   * @throws UserInputException for a runtime LMI does not run, naming the ones it does
   */
  public static RuntimeVersion resolve(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (value.equals("node")) {
      return oldest(LambdaRuntime.NODEJS);
    }
    for (LambdaRuntime runtime : LambdaRuntime.values()) {
      if (runtime.id().equals(value)) {
        return oldest(runtime);
      }
    }
    Optional<LambdaRuntime> runtime = supportedRuntimeOf(value);
    if (runtime.isEmpty() || Runtime.fromValue(value) == Runtime.UNKNOWN_TO_SDK_VERSION) {
      throw new UserInputException(
          "runtime '"
              + text
              + "' does not run on Lambda Managed Instances; use one of "
              + SUPPORTED);
    }
    return new RuntimeVersion(value, runtime.get());
  }

  /**
   * The runtime a Lambda runtime id is a version of ({@code nodejs20.x} → Node.js), whether or not
   * LMI runs that version; empty for the runtimes LMI does not run at all ({@code ruby3.3}).
   */
  public static Optional<LambdaRuntime> runtimeOf(String id) {
    return Arrays.stream(LambdaRuntime.values())
        .filter(runtime -> runtime.versionOf(id).isPresent())
        .findFirst();
  }

  /**
   * The runtime of a Lambda runtime id that LMI runs: one at least as new as its runtime's oldest
   * supported version ({@code python3.14} → Python; {@code python3.12} → empty). Versions the AWS
   * SDK does not know yet count.
   */
  public static Optional<LambdaRuntime> supportedRuntimeOf(String id) {
    return runtimeOf(id).filter(runtime -> atLeastOldest(runtime, id));
  }

  /** The runtime's default handler, for a plan that names none. */
  public String defaultHandler() {
    return runtime.defaultHandler();
  }

  private static RuntimeVersion oldest(LambdaRuntime runtime) {
    return new RuntimeVersion(runtime.oldestVersion(), runtime);
  }

  private static boolean atLeastOldest(LambdaRuntime runtime, String id) {
    int[] version = runtime.versionOf(id).orElseThrow();
    int[] oldest = runtime.versionOf(runtime.oldestVersion()).orElseThrow();
    return Arrays.compare(version, oldest) >= 0;
  }
}

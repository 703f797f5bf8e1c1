package dev.lmiadvisor.tools.vocabulary;

import dev.lmiadvisor.errors.UserInputException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtimes Lambda Managed Instances runs: Node.js 22+, Java 21+, .NET 8+, Python 3.13+, and
 * Rust on the OS-only {@code provided.al2023} runtime (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html">LMI
 * runtimes</a>, as of 2026-11-21). The id ({@code nodejs}, {@code java}, ...) is what callers pass
 * and what tool outputs carry; a concrete version such as {@code python3.13} is a {@link
 * RuntimeVersion}.
 *
 * <p>Each runtime carries its default {@code PerExecutionEnvironmentMaxConcurrency} per vCPU
 * (configuration guide, section {@code runtime-concurrency}: Node.js 64, Java 32, .NET 32, Python
 * 16, from the LMI runtime pages of the Lambda developer guide, as of 2026-11-21). No default is
 * documented for Rust, so the 64-per-vCPU ceiling of the scaling guide stands in and sizing warns.
 */
public enum LambdaRuntime implements Choice {
  NODEJS("Node.js 22+", 64, true, false, "nodejs22.x", "nodejs(\\d+)\\.x", "index.handler"),
  JAVA(
      "Java 21+",
      32,
      true,
      false,
      "java21",
      "java(\\d+)(?:\\..*)?",
      "example.Handler::handleRequest"),
  DOTNET(
      ".NET 8+",
      32,
      true,
      false,
      "dotnet8",
      "dotnet(\\d+)",
      "Function::Function.Handler::FunctionHandler"),
  PYTHON("Python 3.13+", 16, true, true, "python3.13", "python(\\d+)\\.(\\d+)", "app.handler"),
  RUST(
      "Rust on provided.al2023",
      64,
      false,
      false,
      "provided.al2023",
      "provided\\.al2023",
      "bootstrap");

  private final String displayName;
  private final int concurrencyPerVcpu;
  private final boolean documentedDefault;
  private final boolean processPerRequest;
  private final String oldestVersion;
  private final Pattern versionIds;
  private final String defaultHandler;

  LambdaRuntime(
      String displayName,
      int concurrencyPerVcpu,
      boolean documentedDefault,
      boolean processPerRequest,
      String oldestVersion,
      String versionIds,
      String defaultHandler) {
    this.displayName = displayName;
    this.concurrencyPerVcpu = concurrencyPerVcpu;
    this.documentedDefault = documentedDefault;
    this.processPerRequest = processPerRequest;
    this.oldestVersion = oldestVersion;
    this.versionIds = Pattern.compile(versionIds);
    this.defaultHandler = defaultHandler;
  }

  public String displayName() {
    return displayName;
  }

  /** K in the sizing formulas: the runtime's default, and our cap, per vCPU. */
  public int concurrencyPerVcpu() {
    return concurrencyPerVcpu;
  }

  /** False for Rust, whose default was not found in the sources checked. */
  public boolean documentedDefault() {
    return documentedDefault;
  }

  /**
   * Python runs one process per concurrent request, so memory multiplies with concurrency (Python
   * runtime page of the LMI developer guide).
   */
  public boolean processPerRequest() {
    return processPerRequest;
  }

  /**
   * The oldest Lambda runtime id LMI supports for this runtime ({@code python3.13}); every Region
   * that has LMI has it, so it is what a bare runtime name deploys.
   */
  public String oldestVersion() {
    return oldestVersion;
  }

  /**
   * The version numbers of a Lambda runtime id of this runtime ({@code python3.14} → 3, 14), or
   * empty when the id is not one of its versions. Ids the AWS SDK does not know yet count, so that
   * a template naming a newer version is read as that version.
   */
  Optional<int[]> versionOf(String id) {
    Matcher m = versionIds.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    int[] numbers = new int[m.groupCount()];
    for (int group = 1; group <= m.groupCount(); group++) {
      numbers[group - 1] = Integer.parseInt(m.group(group));
    }
    return Optional.of(numbers);
  }

  /** A handler in the runtime's usual form ({@code app.handler}), for a plan that names none. */
  public String defaultHandler() {
    return defaultHandler;
  }

  @Override
  public String toString() {
    return id();
  }

  /**
   * @throws UserInputException naming the runtimes, and the closest one to a typo
   */
  public static LambdaRuntime parse(String text) {
    return Choice.parse("runtime", text, LambdaRuntime.class);
  }
}

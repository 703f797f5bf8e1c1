package dev.lmiadvisor.tools.sizing;

/**
 * Runtimes LMI supports, with the default {@code PerExecutionEnvironmentMaxConcurrency} per vCPU of
 * each (configuration guide, section {@code runtime-concurrency}: Node.js 64, Java 32, .NET 32,
 * Python 16, from the LMI runtime pages of the Lambda developer guide, as of 2026-11-21).
 *
 * <p>Rust runs on the OS-only {@code provided.al2023} runtime; no default concurrency is documented
 * for it, so the 64-per-vCPU ceiling of the scaling guide stands in and sizing warns.
 */
public enum LambdaRuntime {
  NODEJS("nodejs", "Node.js 22+", 64, true, false),
  JAVA("java", "Java 21+", 32, true, false),
  DOTNET("dotnet", ".NET 8+", 32, true, false),
  PYTHON("python", "Python 3.13+", 16, true, true),
  RUST("rust", "Rust on provided.al2023", 64, false, false);

  private final String id;
  private final String displayName;
  private final int concurrencyPerVcpu;
  private final boolean documentedDefault;
  private final boolean processPerRequest;

  LambdaRuntime(
      String id,
      String displayName,
      int concurrencyPerVcpu,
      boolean documentedDefault,
      boolean processPerRequest) {
    this.id = id;
    this.displayName = displayName;
    this.concurrencyPerVcpu = concurrencyPerVcpu;
    this.documentedDefault = documentedDefault;
    this.processPerRequest = processPerRequest;
  }

  public String id() {
    return id;
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

  @Override
  public String toString() {
    return id;
  }

  public static LambdaRuntime parse(String text) {
    return Choices.parse("runtime", text, values(), LambdaRuntime::id);
  }
}

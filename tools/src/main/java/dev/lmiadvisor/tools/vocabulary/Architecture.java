package dev.lmiadvisor.tools.vocabulary;

/**
 * The one CPU architecture of a capacity provider ({@code InstanceRequirements.Architectures} takes
 * exactly one value) and of the function that runs on it.
 */
public enum Architecture implements Choice {
  /** Graviton. The function must declare {@code Architectures: [arm64]}. */
  ARM64,
  /** Intel or AMD; the default of both a function and a capacity provider. */
  X86_64;

  @Override
  public String toString() {
    return id();
  }

  public static Architecture parse(String text) {
    return Choice.parse("architecture", text, Architecture.class);
  }
}

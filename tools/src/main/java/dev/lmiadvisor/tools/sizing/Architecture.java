package dev.lmiadvisor.tools.sizing;

/**
 * The one CPU architecture of a capacity provider ({@code InstanceRequirements.Architectures} takes
 * exactly one value) and of the function that runs on it.
 */
public enum Architecture {
  /** Graviton. The function must declare {@code Architectures: [arm64]}. */
  ARM64("arm64"),
  /** Intel or AMD; the default of both a function and a capacity provider. */
  X86_64("x86_64");

  private final String id;

  Architecture(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  public static Architecture parse(String text) {
    return Choices.parse("architecture", text, values(), Architecture::id);
  }
}

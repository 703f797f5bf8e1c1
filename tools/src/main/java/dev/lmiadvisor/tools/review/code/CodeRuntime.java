package dev.lmiadvisor.tools.review.code;

import dev.lmiadvisor.errors.UserInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The runtimes whose handler code {@link ThreadSafetyReviewer} reads. */
public enum CodeRuntime {
  NODEJS("nodejs", ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"),
  JAVA("java", ".java"),
  DOTNET("dotnet", ".cs"),
  PYTHON("python", ".py");

  private final String id;
  private final String[] extensions;

  CodeRuntime(String id, String... extensions) {
    this.id = id;
    this.extensions = extensions;
  }

  public String id() {
    return id;
  }

  /**
   * @throws UserInputException for anything but nodejs, java, dotnet or python
   */
  public static CodeRuntime of(String runtime) {
    String name = runtime == null ? "" : runtime.strip().toLowerCase(Locale.ROOT);
    for (CodeRuntime candidate : values()) {
      if (candidate.id.equals(name)) {
        return candidate;
      }
    }
    throw new UserInputException(
        "unknown runtime '%s'; use one of %s"
            .formatted(
                runtime,
                Arrays.stream(values()).map(CodeRuntime::id).collect(Collectors.joining(", "))));
  }

  /** The runtime a source file's extension implies ({@code Handler.java} → java). */
  public static Optional<CodeRuntime> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (CodeRuntime candidate : values()) {
      for (String extension : candidate.extensions) {
        if (name.endsWith(extension)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}

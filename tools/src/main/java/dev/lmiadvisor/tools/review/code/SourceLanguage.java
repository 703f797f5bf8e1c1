package dev.lmiadvisor.tools.review.code;

import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages of the handler files {@link ThreadSafetyReviewer} reads, each mapped onto the
 * Lambda runtime that runs it. A language is a review concept, not a runtime: TypeScript is a
 * source language of the Node.js runtime and is reviewed as its JavaScript (the lexer reads type
 * annotations as plain code).
 */
public enum SourceLanguage {
  JAVASCRIPT(LambdaRuntime.NODEJS, ".js", ".mjs", ".cjs"),
  TYPESCRIPT(LambdaRuntime.NODEJS, ".ts", ".mts", ".cts"),
  JAVA(LambdaRuntime.JAVA, ".java"),
  CSHARP(LambdaRuntime.DOTNET, ".cs"),
  PYTHON(LambdaRuntime.PYTHON, ".py");

  private final LambdaRuntime runtime;
  private final Set<String> extensions;

  SourceLanguage(LambdaRuntime runtime, String... extensions) {
    this.runtime = runtime;
    this.extensions = Set.of(extensions);
  }

  /** The runtime whose handlers are written in this language. */
  public LambdaRuntime runtime() {
    return runtime;
  }

  /** The language a source file's extension implies ({@code Handler.java} → Java). */
  public static Optional<SourceLanguage> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot);
    for (SourceLanguage language : values()) {
      if (language.extensions.contains(extension)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}

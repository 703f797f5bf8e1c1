package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import dev.lmiadvisor.tools.vocabulary.RuntimeVersion;
import java.util.Map;
import java.util.Optional;

/**
 * CFG-RUNTIME-UNSUPPORTED: the function's Runtime is not one LMI runs (Java 21+, Python 3.13+,
 * Node.js 22+, .NET 8+ and the OS-only {@code provided.al2023}; see {@link LambdaRuntime}).
 */
final class RuntimeCheck implements TemplateCheck {

  /** What to change an older version of a runtime to. */
  private static final Map<LambdaRuntime, String> UPGRADES =
      Map.of(
          LambdaRuntime.JAVA,
          "Set Runtime to java21 (or later) and rebuild for Java 21.",
          LambdaRuntime.PYTHON,
          "Set Runtime to python3.13 (or later) and re-test your dependencies.",
          LambdaRuntime.NODEJS,
          "Set Runtime to nodejs22.x (or later) and use async handlers (callback handlers are"
              + " not supported on LMI).",
          LambdaRuntime.DOTNET,
          "Set Runtime to dotnet8 (or later) and move to AWS SDK for .NET v4.");

  private static final String SUPPORTED =
      "LMI supports Java 21+, Python 3.13+, Node.js 22+, .NET 8+ and provided.al2023";

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    for (LambdaFunction function : template.lmiFunctions()) {
      Optional<TemplateNode> runtime = function.get("Runtime");
      if (runtime.isEmpty()) {
        continue; // container images and fragments carry no runtime
      }
      Optional<String> name = template.template().text(runtime.get());
      if (name.isEmpty()) {
        continue;
      }
      Optional<String> replacement = replacementFor(name.get().strip());
      replacement.ifPresent(
          suggestion ->
              findings.add(
                  ConfigurationRule.RUNTIME_UNSUPPORTED,
                  function.id(),
                  function.lineOf("Runtime"),
                  "Runtime %s cannot run on Lambda Managed Instances; %s."
                      .formatted(name.get(), SUPPORTED),
                  suggestion));
    }
  }

  /** Empty when the runtime is supported; otherwise what to change to. */
  static Optional<String> replacementFor(String runtime) {
    if (RuntimeVersion.supportedRuntimeOf(runtime).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        RuntimeVersion.runtimeOf(runtime)
            .map(UPGRADES::get)
            .orElse("Move the function to a supported runtime, or keep it on standard Lambda."));
  }
}

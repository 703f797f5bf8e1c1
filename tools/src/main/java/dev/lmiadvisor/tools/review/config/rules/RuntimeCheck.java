package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CFG-RUNTIME-UNSUPPORTED: LMI runs Java 21+, Python 3.13+, Node.js 22+ and .NET 8+, plus the
 * OS-only {@code provided.al2023} runtime (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html">Lambda
 * Managed Instances runtimes</a>, as of 2026-11-21).
 */
final class RuntimeCheck implements TemplateCheck {

  private static final Pattern JAVA = Pattern.compile("java(\\d+)(\\..*)?");
  private static final Pattern PYTHON = Pattern.compile("python(\\d+)\\.(\\d+)");
  private static final Pattern NODEJS = Pattern.compile("nodejs(\\d+)\\.x");
  private static final Pattern DOTNET = Pattern.compile("dotnet(\\d+)");

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
    Matcher m;
    if ((m = JAVA.matcher(runtime)).matches()) {
      return Integer.parseInt(m.group(1)) >= 21
          ? Optional.empty()
          : Optional.of("Set Runtime to java21 (or later) and rebuild for Java 21.");
    }
    if ((m = PYTHON.matcher(runtime)).matches()) {
      int major = Integer.parseInt(m.group(1));
      int minor = Integer.parseInt(m.group(2));
      return major > 3 || (major == 3 && minor >= 13)
          ? Optional.empty()
          : Optional.of("Set Runtime to python3.13 (or later) and re-test your dependencies.");
    }
    if ((m = NODEJS.matcher(runtime)).matches()) {
      return Integer.parseInt(m.group(1)) >= 22
          ? Optional.empty()
          : Optional.of(
              "Set Runtime to nodejs22.x (or later) and use async handlers (callback handlers are"
                  + " not supported on LMI).");
    }
    if ((m = DOTNET.matcher(runtime)).matches()) {
      return Integer.parseInt(m.group(1)) >= 8
          ? Optional.empty()
          : Optional.of("Set Runtime to dotnet8 (or later) and move to AWS SDK for .NET v4.");
    }
    if (runtime.equals("provided.al2023")) {
      return Optional.empty();
    }
    return Optional.of("Move the function to a supported runtime, or keep it on standard Lambda.");
  }
}

package dev.lmiadvisor.tools.deploy;

import dev.lmiadvisor.errors.UserInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * Lambda runtimes that Lambda Managed Instances supports: Java 21+, Python 3.13+, Node.js 22+, .NET
 * 8+, and Rust on the OS-only {@code provided.al2023} runtime
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html, as of
 * 2026-11-21). A family name picks the oldest supported version, which every Region has; an
 * explicit runtime id must be one the SDK knows and meet the minimum.
 *
 * @param id the Lambda runtime id, e.g. {@code python3.13}
 * @param family {@code java}, {@code python}, {@code nodejs}, {@code dotnet} or {@code rust}
 * @param defaultHandler a handler in the runtime's usual form
 */
public record LmiRuntime(String id, String family, String defaultHandler) {

  private static final Pattern VERSIONED =
      Pattern.compile("(java|python|nodejs|dotnet)(\\d+)(?:\\.(\\d+))?(?:\\.x)?");

  public static LmiRuntime resolve(String runtime) {
    String value = runtime.strip().toLowerCase(Locale.ROOT);
    switch (value) {
      case "java":
        return new LmiRuntime("java21", "java", "example.Handler::handleRequest");
      case "python":
        return new LmiRuntime("python3.13", "python", "app.handler");
      case "nodejs", "node":
        return new LmiRuntime("nodejs22.x", "nodejs", "index.handler");
      case "dotnet":
        return new LmiRuntime("dotnet8", "dotnet", "Function::Function.Handler::FunctionHandler");
      case "rust", "provided.al2023":
        return new LmiRuntime("provided.al2023", "rust", "bootstrap");
      default:
        break;
    }
    if (Runtime.fromValue(value) == Runtime.UNKNOWN_TO_SDK_VERSION) {
      throw unsupported(runtime);
    }
    Matcher m = VERSIONED.matcher(value);
    if (!m.matches()) {
      throw unsupported(runtime);
    }
    String family = m.group(1);
    int major = Integer.parseInt(m.group(2));
    int minor = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    boolean supported =
        switch (family) {
          case "java" -> major >= 21;
          case "python" -> major > 3 || (major == 3 && minor >= 13);
          case "nodejs" -> major >= 22;
          case "dotnet" -> major >= 8;
          default -> false;
        };
    if (!supported) {
      throw unsupported(runtime);
    }
    return new LmiRuntime(value, family, resolve(family).defaultHandler());
  }

  private static UserInputException unsupported(String runtime) {
    return new UserInputException(
        "runtime '"
            + runtime
            + "' does not run on Lambda Managed Instances; use one of "
            + String.join(
                ", ",
                List.of(
                    "java (java21+)",
                    "python (python3.13+)",
                    "nodejs (nodejs22.x+)",
                    "dotnet (dotnet8+)",
                    "rust (provided.al2023)")));
  }
}

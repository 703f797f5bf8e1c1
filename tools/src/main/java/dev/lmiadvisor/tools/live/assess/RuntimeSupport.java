package dev.lmiadvisor.tools.live.assess;

import dev.lmiadvisor.tools.deploy.LmiRuntime;
import dev.lmiadvisor.tools.sizing.LambdaRuntime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a standard function's runtime stands on LMI: supported as it is, supported after an upgrade
 * (python3.12 to python3.13), or not run by LMI at all (LMI runtimes page of the developer guide,
 * as of 2026-12-01: Java 21+, Python 3.13+, Node.js 22+, .NET 8+, Rust on provided.al2023).
 *
 * @param runtime the runtime family, when LMI runs it (perhaps after an upgrade)
 * @param asIs LMI runs the runtime without an upgrade
 * @param other true when LMI does not run this runtime at all
 * @param note what to know: the upgrade needed, or why the runtime is unknown
 */
record RuntimeSupport(
    Optional<LambdaRuntime> runtime, boolean asIs, boolean other, Optional<String> note) {

  private static final Pattern FAMILY = Pattern.compile("(java|python|nodejs|dotnet)\\d.*");

  static RuntimeSupport of(Optional<String> runtimeId, Optional<String> packageType) {
    if (runtimeId.isEmpty() || runtimeId.get().isEmpty()) {
      return new RuntimeSupport(
          Optional.empty(),
          false,
          false,
          Optional.of(
              packageType.filter("Image"::equals).isPresent()
                  ? "The function is a container image; its language is not known here, so sizing"
                      + " needs the runtime from you (compute_sizing)."
                  : "The function's runtime could not be read."));
    }
    String id = runtimeId.get();
    try {
      LmiRuntime lmi = LmiRuntime.resolve(id);
      Optional<String> note =
          lmi.family().equals("rust")
              ? Optional.of(
                  "provided.al2023 runs Rust on LMI; the developer guide lists no other language on"
                      + " the OS-only runtime.")
              : Optional.empty();
      return new RuntimeSupport(Optional.of(LambdaRuntime.parse(lmi.family())), true, false, note);
    } catch (IllegalArgumentException unsupported) {
      Matcher m = FAMILY.matcher(id);
      if (m.matches()) {
        LambdaRuntime family = LambdaRuntime.parse(m.group(1));
        return new RuntimeSupport(
            Optional.of(family),
            false,
            false,
            Optional.of(
                id
                    + " does not run on LMI: move to "
                    + family.displayName()
                    + " first (LMI runtimes page)."));
      }
      return new RuntimeSupport(
          Optional.empty(),
          false,
          true,
          Optional.of(id + " does not run on LMI; the function stays on standard Lambda."));
    }
  }
}

package dev.lmiadvisor.tools.live.assess;

import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import dev.lmiadvisor.tools.vocabulary.RuntimeVersion;
import java.util.Optional;

/**
 * Where a standard function's runtime stands on LMI: supported as it is, supported after an upgrade
 * (python3.12 to python3.13), or not run by LMI at all ({@link RuntimeVersion}, from the LMI
 * runtimes page of the developer guide).
 *
 * @param runtime the runtime, when LMI runs it (perhaps after an upgrade)
 * @param asIs LMI runs this version of the runtime
 * @param other true when LMI does not run this runtime at all
 * @param note what to know: the upgrade needed, or why the runtime is unknown
 */
record RuntimeSupport(
    Optional<LambdaRuntime> runtime, boolean asIs, boolean other, Optional<String> note) {

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
    Optional<LambdaRuntime> supported = RuntimeVersion.supportedRuntimeOf(id);
    if (supported.isPresent()) {
      Optional<String> note =
          supported.get() == LambdaRuntime.RUST
              ? Optional.of(
                  id
                      + " runs Rust on LMI; the developer guide lists no other language on the"
                      + " OS-only runtime.")
              : Optional.empty();
      return new RuntimeSupport(supported, true, false, note);
    }
    Optional<LambdaRuntime> family = RuntimeVersion.runtimeOf(id);
    if (family.isPresent()) {
      return new RuntimeSupport(
          family,
          false,
          false,
          Optional.of(
              id
                  + " does not run on LMI: move to "
                  + family.get().displayName()
                  + " first (LMI runtimes page)."));
    }
    return new RuntimeSupport(
        Optional.empty(),
        false,
        true,
        Optional.of(id + " does not run on LMI; the function stays on standard Lambda."));
  }
}

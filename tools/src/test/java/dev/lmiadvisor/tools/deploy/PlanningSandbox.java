package dev.lmiadvisor.tools.deploy;

import dev.lmiadvisor.tools.sandbox.Evaluation;
import dev.lmiadvisor.tools.sandbox.Sandbox;
import dev.lmiadvisor.tools.sandbox.bind.LocalFiles;
import dev.lmiadvisor.tools.sandbox.parse.ServiceCatalog;
import dev.lmiadvisor.tools.sandbox.policy.OperatorPolicy;
import dev.lmiadvisor.tools.sandbox.policy.Policy;
import dev.lmiadvisor.tools.sandbox.policy.PolicyContext;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptionsValidator;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sandbox's plan-mode check as the planner uses it: the real parser, validator and policy,
 * nothing executed and nothing recorded.
 */
final class PlanningSandbox {

  private PlanningSandbox() {}

  static Function<String, Evaluation> check(Path workingFolder, boolean nonProduction) {
    Sandbox sandbox =
        new Sandbox(
            new ServiceCatalog(),
            new GlobalOptionsValidator(Optional.empty(), "us-east-1"),
            new LocalFiles(Optional.of(workingFolder)),
            new Policy(OperatorPolicy.none(), false, new PolicyContext(nonProduction)));
    return command -> sandbox.evaluate(command, Optional.empty(), true);
  }
}

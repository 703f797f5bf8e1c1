package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.Decision;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 4: decides deny, requires_confirmation or allow for a parsed command, failing closed.
 *
 * <ol>
 *   <li>A built-in denial wins, unless the operator set LMI_ADVISOR_UNSAFE_OVERRIDES=true and an
 *       operator rule names that built-in rule in {@code override_builtin}: then the command needs
 *       confirmation (never more), and the verdict is marked as an unsafe override.
 *   <li>Then deny > requires_confirmation > allow among operator rules and built-in confirmation
 *       rules.
 *   <li>Without a matching rule: reads are allowed, everything else needs confirmation.
 * </ol>
 *
 * A rule that throws, or an operator policy file that could not be read, denies.
 */
public final class Policy {

  public static final String RULE_READ_ONLY = "read-only";
  public static final String RULE_MUTATION = "mutation-requires-confirmation";
  public static final String RULE_ERROR = "policy-error";

  private static final Logger log = LoggerFactory.getLogger(Policy.class);

  private final List<PolicyRule> builtIn;
  private final OperatorPolicy operator;
  private final boolean unsafeOverrides;
  private final PolicyContext context;

  public Policy(OperatorPolicy operator, boolean unsafeOverrides, PolicyContext context) {
    List<PolicyRule> rules = new ArrayList<>();
    rules.addAll(CredentialRules.rules());
    rules.addAll(PermissionRules.rules());
    rules.addAll(BlockPublicAccessRules.rules());
    rules.addAll(NetworkExposureRules.rules());
    rules.addAll(SessionRules.rules());
    rules.addAll(AuditTrailRules.rules());
    rules.addAll(LmiGuardrails.rules());
    this.builtIn = List.copyOf(rules);
    this.operator = operator;
    this.unsafeOverrides = unsafeOverrides;
    this.context = context;
    if (unsafeOverrides) {
      log.warn(
          "LMI_ADVISOR_UNSAFE_OVERRIDES is on: operator rules with override_builtin may turn built-in denials into confirmations");
    }
  }

  /** The ids of the built-in rules, for documentation and tests. */
  public List<String> builtInRuleIds() {
    return builtIn.stream().map(PolicyRule::id).distinct().toList();
  }

  public Verdict decide(ParsedCommand command) {
    Optional<String> broken = operator.problem();
    if (broken.isPresent()) {
      return Verdict.deny(
          OperatorPolicy.RULE_INVALID,
          broken.get() + "; every command is refused until it is fixed");
    }
    try {
      return decideChecked(command);
    } catch (RuntimeException e) {
      log.error("policy rule failed on {}; denying", command.operation(), e);
      return Verdict.deny(
          RULE_ERROR, "the policy could not evaluate this command, so it is refused");
    }
  }

  private Verdict decideChecked(ParsedCommand command) {
    List<Verdict> builtInVerdicts = new ArrayList<>();
    for (PolicyRule rule : builtIn) {
      rule.evaluate(command, context).ifPresent(builtInVerdicts::add);
    }
    List<OperatorPolicy.OperatorRule> matched = operator.matching(command);
    Optional<Verdict> builtInDenial =
        builtInVerdicts.stream().filter(v -> v.decision() == Decision.DENIED).findFirst();
    if (builtInDenial.isPresent()) {
      Verdict denial = builtInDenial.get();
      if (unsafeOverrides) {
        Optional<OperatorPolicy.OperatorRule> override =
            matched.stream()
                .filter(
                    r ->
                        r.effect() != Decision.DENIED
                            && r.overrideBuiltin().contains(denial.rule()))
                .findFirst();
        if (override.isPresent()) {
          log.warn(
              "built-in rule {} overridden by operator rule {} (unsafe overrides on)",
              denial.rule(),
              override.get().id());
          return new Verdict(
              Decision.REQUIRES_CONFIRMATION,
              "operator:" + override.get().id(),
              "built-in rule "
                  + denial.rule()
                  + " is overridden by operator rule "
                  + override.get().id()
                  + " (LMI_ADVISOR_UNSAFE_OVERRIDES): "
                  + denial.reason(),
              true);
        }
      }
      return denial;
    }
    // The strongest matching operator rule; among equals, the first in the file.
    Optional<OperatorPolicy.OperatorRule> strongest = Optional.empty();
    for (OperatorPolicy.OperatorRule rule : matched) {
      if (strongest.isEmpty() || rule.effect().ordinal() > strongest.get().effect().ordinal()) {
        strongest = Optional.of(rule);
      }
    }
    if (strongest.isPresent() && strongest.get().effect() == Decision.DENIED) {
      return Verdict.deny("operator:" + strongest.get().id(), strongest.get().reason());
    }
    if (strongest.isPresent() && strongest.get().effect() == Decision.REQUIRES_CONFIRMATION) {
      return Verdict.confirm("operator:" + strongest.get().id(), strongest.get().reason());
    }
    Optional<Verdict> builtInConfirmation =
        builtInVerdicts.stream()
            .filter(v -> v.decision() == Decision.REQUIRES_CONFIRMATION)
            .findFirst();
    if (builtInConfirmation.isPresent()) {
      return builtInConfirmation.get();
    }
    if (strongest.isPresent()) {
      return Verdict.allow("operator:" + strongest.get().id(), strongest.get().reason());
    }
    if (OperationKind.isReadOnly(command.operationName())) {
      return Verdict.allow(
          RULE_READ_ONLY, command.service() + " " + command.operation().cliName() + " only reads");
    }
    return Verdict.confirm(
        RULE_MUTATION,
        command.service()
            + " "
            + command.operation().cliName()
            + " changes resources, so a person must confirm it");
  }
}

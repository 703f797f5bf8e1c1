package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Intrinsic;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CFG-SECRET-IN-ENV: "never environment variables for secrets" — use Secrets Manager or Parameter
 * Store and read the secret at init (skill security considerations, aws/agent-toolkit-for-aws
 *
 * @d6ad2e44, as of 2026-11-21). Environment variables are part of the function configuration that
 *     anyone with {@code lambda:GetFunctionConfiguration} can read. Applies to every function in
 *     the template, LMI or not.
 */
final class SecretsCheck implements TemplateCheck {

  /** Names that say the value is a secret. */
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i)(^|_)(PASSWORD|PASSWD|PASS|PWD|SECRET|SECRET_?KEY|CLIENT_?SECRET|TOKEN|AUTH_?TOKEN|API_?KEY|APIKEY|PRIVATE_?KEY|CREDENTIALS?|ACCESS_?KEY)(_|$)");

  /** Suffixes that say the value only points at a secret (an ARN, a parameter name, ...). */
  private static final Pattern REFERENCE_NAME =
      Pattern.compile(
          "(?i).*_(ARN|NAME|PATH|PARAM|PARAMETER|REF|ID|TTL|URL|URI|ENDPOINT|HEADER|FILE|ENABLED|TYPE|LENGTH|SIZE|EXPIRY|SECONDS|MS)$");

  /** AWS access key ids (long-term AKIA, temporary ASIA). */
  private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b");

  /** scheme://user:password@host */
  private static final Pattern URL_WITH_PASSWORD =
      Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@");

  private static final Pattern DYNAMIC_SECRET =
      Pattern.compile("\\{\\{resolve:(secretsmanager|ssm-secure):");

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    Template t = template.template();
    for (LambdaFunction function : template.functions()) {
      function
          .properties()
          .at("Environment", "Variables")
          .filter(Mapping.class::isInstance)
          .map(Mapping.class::cast)
          .ifPresent(
              variables -> {
                for (Mapping.Entry variable : variables.entries()) {
                  check(t, function, variable, findings);
                }
              });
    }
  }

  private void check(
      Template template, LambdaFunction function, Mapping.Entry variable, Findings findings) {
    String name = variable.key();
    TemplateNode value = variable.value();
    boolean secretName =
        SECRET_NAME.matcher(name).find() && !REFERENCE_NAME.matcher(name).matches();
    String text = String.join(" ", texts(value));
    String fix =
        "Store the value in AWS Secrets Manager (or a SecureString parameter), pass only its ARN"
            + " (for example DB_SECRET_ARN) and read it once at init, outside the handler.";
    if (ACCESS_KEY_ID.matcher(text).find()) {
      report(
          findings,
          Severity.ERROR,
          function,
          variable,
          "holds an AWS access key id; use the function's execution role instead of keys",
          "Remove the key, deactivate it in IAM, and grant the permissions to the execution role.");
      return;
    }
    if (DYNAMIC_SECRET.matcher(text).find()) {
      report(
          findings,
          Severity.WARNING,
          function,
          variable,
          "resolves a secret with a dynamic reference, which puts its plain value into the function configuration",
          fix);
      return;
    }
    if (URL_WITH_PASSWORD.matcher(text).find()) {
      boolean literal = !text.contains("${") && value instanceof Scalar;
      report(
          findings,
          literal ? Severity.ERROR : Severity.WARNING,
          function,
          variable,
          "holds a connection string with a password",
          fix);
      return;
    }
    Optional<Mapping> parameter =
        value instanceof Intrinsic intrinsic && intrinsic.function().equals("Ref")
            ? Template.referencedId(value).flatMap(template::parameter)
            : Optional.empty();
    boolean noEcho = parameter.flatMap(p -> p.get("NoEcho")).flatMap(template::bool).orElse(false);
    if (noEcho) {
      report(
          findings,
          Severity.WARNING,
          function,
          variable,
          "receives a NoEcho parameter, whose value then sits in plain text in the function configuration",
          fix);
      return;
    }
    if (!secretName) {
      return;
    }
    if (value instanceof Scalar scalar && !scalar.text().isBlank()) {
      report(findings, Severity.ERROR, function, variable, "holds a literal secret", fix);
    } else if (parameter.isPresent()) {
      report(
          findings,
          Severity.WARNING,
          function,
          variable,
          "receives a secret from a template parameter, which puts it in plain text in the function configuration",
          fix);
    }
  }

  private static void report(
      Findings findings,
      Severity severity,
      LambdaFunction function,
      Mapping.Entry variable,
      String problem,
      String fix) {
    Resource resource = function.resource();
    findings.add(
        ConfigurationRule.SECRET_IN_ENVIRONMENT,
        severity,
        resource.logicalId(),
        variable.keyLine(),
        "Environment variable %s %s.".formatted(variable.key(), problem),
        fix);
  }

  /** The literal text fragments of a value, including those inside !Sub and !Join. */
  private static List<String> texts(TemplateNode node) {
    List<String> result = new ArrayList<>();
    switch (node) {
      case Scalar s -> result.add(s.text());
      case Sequence seq -> seq.items().forEach(i -> result.addAll(texts(i)));
      case Intrinsic i when !i.function().equals("Ref") -> result.addAll(texts(i.argument()));
      default -> {}
    }
    return result;
  }
}

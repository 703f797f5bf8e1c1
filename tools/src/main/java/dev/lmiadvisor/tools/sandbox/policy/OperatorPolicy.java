package dev.lmiadvisor.tools.sandbox.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lmiadvisor.tools.sandbox.Decision;
import dev.lmiadvisor.tools.sandbox.bind.CliJson;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;

/**
 * Rules an operator adds in a JSON file (LMI_ADVISOR_POLICY_FILE). Each rule matches on the parsed
 * command, never on its text, so {@code --function-name=x}, {@code --function-name x} and a JSON
 * value all match the same rule:
 *
 * <pre>{@code
 * {"rules": [
 *   {"id": "no-prod-deletes", "effect": "deny", "command": "lambda delete-*",
 *    "parameters": {"function-name": "prod-*"}, "reason": "production is changed by the pipeline"},
 *   {"id": "iam-asks", "effect": "confirm", "command": "iam *"},
 *   {"id": "publish-freely", "effect": "allow", "command": "lambda publish-version"},
 *   {"id": "dev-floor", "effect": "confirm", "command": "lambda put-function-scaling-config",
 *    "parameters": {"function-name": "dev-*"}, "override_builtin": ["lmi-min-execution-environments"]}
 * ]}
 * }</pre>
 *
 * <p>{@code command} is "service operation" with {@code *} and {@code ?} wildcards, matched in
 * linear time by {@link Glob} (at most {@value #MAX_RULES} rules, patterns of at most {@value
 * Glob#MAX_LENGTH} characters) (the operation may be written as the CLI or the model spells it).
 * {@code parameters} keys are CLI option names or dotted member paths ({@code
 * FunctionScalingConfig.MinExecutionEnvironments}); every key must match one of the values at that
 * path. A value given as an ARN also matches by the resource name inside it ({@link
 * ResourceNames}): {@code "function-name": "prod-*"} refuses {@code --function-name
 * arn:aws:lambda:us-east-1:111122223333:function:prod-api} too. {@code override_builtin} names
 * built-in denials the rule may loosen to a confirmation, and only while
 * LMI_ADVISOR_UNSAFE_OVERRIDES=true.
 */
public final class OperatorPolicy {

  public static final String RULE_INVALID = "policy-file-invalid";

  /** Bounds on what an operator file may ask of every command's evaluation. */
  public static final int MAX_RULES = 500;

  public static final int MAX_PARAMETERS_PER_RULE = 16;

  private final List<OperatorRule> rules;
  private final String problem;

  private OperatorPolicy(List<OperatorRule> rules, String problem) {
    this.rules = List.copyOf(rules);
    this.problem = problem;
  }

  public static OperatorPolicy none() {
    return new OperatorPolicy(List.of(), null);
  }

  /**
   * Reads a policy file. A file that cannot be read or has an error does not fall back to "no
   * rules": the returned policy refuses every command until the file is fixed.
   */
  public static OperatorPolicy load(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      return broken("cannot read the policy file " + file + ": " + e.getClass().getSimpleName());
    } catch (IllegalArgumentException e) {
      return broken("the policy file " + file + " is invalid: " + e.getMessage());
    }
  }

  /**
   * @throws IllegalArgumentException saying what is wrong with the rules
   */
  public static OperatorPolicy parse(String json) {
    JsonNode root = CliJson.mapper().valueToTree(CliJson.parse(json));
    if (!root.isObject() || !root.path("rules").isArray()) {
      throw new IllegalArgumentException("expected {\"rules\": [...]}");
    }
    onlyFields(root, "policy file", Set.of("rules", "description"));
    List<OperatorRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    if (root.get("rules").size() > MAX_RULES) {
      throw new IllegalArgumentException(
          "the file has " + root.get("rules").size() + " rules; the limit is " + MAX_RULES);
    }
    for (JsonNode node : root.get("rules")) {
      OperatorRule rule = OperatorRule.from(node);
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("rule id '" + rule.id() + "' is used twice");
      }
      rules.add(rule);
    }
    return new OperatorPolicy(rules, null);
  }

  private static OperatorPolicy broken(String problem) {
    return new OperatorPolicy(List.of(), problem);
  }

  /** Why the policy cannot be used, when it cannot. */
  public java.util.Optional<String> problem() {
    return java.util.Optional.ofNullable(problem);
  }

  public List<OperatorRule> rules() {
    return rules;
  }

  /** The rules that match a command. */
  public List<OperatorRule> matching(ParsedCommand command) {
    return rules.stream().filter(r -> r.matches(command)).toList();
  }

  private static void onlyFields(JsonNode node, String where, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!allowed.contains(field)) {
        throw new IllegalArgumentException(
            where + " has an unknown field '" + field + "'; allowed: " + allowed);
      }
    }
  }

  /** One operator rule. */
  public record OperatorRule(
      String id,
      Decision effect,
      String reason,
      Glob service,
      Glob operation,
      Map<String, Glob> parameters,
      Set<String> overrideBuiltin) {

    static OperatorRule from(JsonNode node) {
      if (!node.isObject()) {
        throw new IllegalArgumentException("each rule must be a JSON object");
      }
      String id = node.path("id").asText("");
      if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
        throw new IllegalArgumentException(
            "every rule needs an id of letters, digits, '-', '_' or '.' (got '" + id + "')");
      }
      onlyFields(
          node,
          "rule " + id,
          Set.of("id", "effect", "command", "parameters", "reason", "override_builtin"));
      Decision effect =
          switch (node.path("effect").asText("")) {
            case "deny" -> Decision.DENIED;
            case "confirm" -> Decision.REQUIRES_CONFIRMATION;
            case "allow" -> Decision.ALLOWED;
            default ->
                throw new IllegalArgumentException(
                    "rule " + id + ": effect must be deny, confirm or allow");
          };
      String[] command = node.path("command").asText("").trim().split("\\s+");
      if (command.length < 1 || command[0].isEmpty() || command.length > 2) {
        throw new IllegalArgumentException(
            "rule " + id + ": command must be \"service operation\", e.g. \"lambda delete-*\"");
      }
      Map<String, Glob> parameters = new LinkedHashMap<>();
      JsonNode params = node.path("parameters");
      if (!params.isMissingNode()) {
        if (!params.isObject()) {
          throw new IllegalArgumentException(
              "rule " + id + ": parameters must be an object of name: pattern");
        }
        if (params.size() > MAX_PARAMETERS_PER_RULE) {
          throw new IllegalArgumentException(
              "rule " + id + ": at most " + MAX_PARAMETERS_PER_RULE + " parameters");
        }
        params
            .properties()
            .forEach(e -> parameters.put(e.getKey(), glob(id, e.getValue().asText(), false)));
      }
      Set<String> overrides = new HashSet<>();
      node.path("override_builtin").forEach(o -> overrides.add(o.asText()));
      if (!overrides.isEmpty() && effect == Decision.DENIED) {
        throw new IllegalArgumentException(
            "rule " + id + ": override_builtin only makes sense with effect confirm or allow");
      }
      return new OperatorRule(
          id,
          effect,
          node.path("reason").asText("operator rule " + id),
          glob(id, command[0], true),
          glob(id, command.length > 1 ? command[1] : "*", true),
          Map.copyOf(parameters),
          Set.copyOf(overrides));
    }

    boolean matches(ParsedCommand command) {
      if (!service.matches(command.service())) {
        return false;
      }
      if (!operation.matches(command.operation().cliName())
          && !operation.matches(command.operationName())) {
        return false;
      }
      for (Map.Entry<String, Glob> parameter : parameters.entrySet()) {
        String path = memberPath(command, parameter.getKey());
        if (path == null) {
          return false;
        }
        boolean any = false;
        for (Object value : command.valuesAt(path)) {
          for (String name : ResourceNames.candidates(String.valueOf(value))) {
            if (parameter.getValue().matches(name)) {
              any = true;
              break;
            }
          }
        }
        if (!any) {
          return false;
        }
      }
      return true;
    }

    private static String memberPath(ParsedCommand command, String key) {
      SdkField<?> field = command.operation().parameters().get(key.replaceFirst("^--", ""));
      if (field != null) {
        return field.memberName();
      }
      return key.contains("-") ? null : key;
    }

    private static Glob glob(String id, String glob, boolean ignoreCase) {
      try {
        return Glob.of(glob, ignoreCase);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("rule " + id + ": " + e.getMessage());
      }
    }
  }
}

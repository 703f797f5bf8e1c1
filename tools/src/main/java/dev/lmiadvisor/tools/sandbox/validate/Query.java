package dev.lmiadvisor.tools.sandbox.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lmiadvisor.tools.sandbox.CommandDenied;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;

/**
 * {@code --query}: a JMESPath expression (the AWS CLI's query language, https://jmespath.org),
 * compiled when the command is checked so that a wrong expression is refused before anything is
 * sent, and applied to the result in execute mode.
 */
public final class Query {

  private static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime();

  private Query() {}

  /**
   * @throws CommandDenied with the parser's explanation when the expression is not JMESPath
   */
  public static Expression<JsonNode> compile(String expression) {
    if (expression.isBlank()) {
      throw new CommandDenied(
          GlobalOptionsValidator.RULE_INVALID, "--query needs a JMESPath expression");
    }
    try {
      return JMESPATH.compile(expression);
    } catch (RuntimeException e) {
      String message =
          e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
      throw new CommandDenied(
          GlobalOptionsValidator.RULE_INVALID,
          "--query is not a valid JMESPath expression ("
              + message
              + "); see https://jmespath.org/tutorial.html");
    }
  }
}

package dev.lmiadvisor.server.tools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.mcp.ToolCalls;
import dev.lmiadvisor.server.tools.sandbox.PlanDeployment;
import dev.lmiadvisor.server.tools.sandbox.QueryAuditLog;
import dev.lmiadvisor.server.tools.sandbox.RunAwsCli;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of result of the three sandbox tools (allowed, needing confirmation, denied before and
 * after parsing, executed-refused, plans, audit queries) conforms to its declared output schema.
 */
public class SandboxToolsSchemaTest {

  @TempDir Path dir;

  public static final Map<String, List<Map<String, Object>>> SAMPLES =
      Map.of(
          "run_aws_cli",
          List.of(
              Map.of("command", "aws lambda list-capacity-providers --region eu-central-1"),
              Map.of(
                  "command",
                  "aws lambda publish-version --function-name orders-api --publish-to LATEST_PUBLISHED",
                  "mode",
                  "plan"),
              Map.of("command", "aws ec2 terminate-instances --instance-ids i-0abc"),
              Map.of("command", "aws lambda list-functions | sh"),
              Map.of("command", "aws lamda list-functions"),
              Map.of(
                  "command",
                  "aws sts get-caller-identity",
                  "mode",
                  "execute",
                  "region",
                  "us-west-2")),
          "plan_deployment",
          List.of(
              Map.of(
                  "function_name",
                  "orders-api",
                  "runtime",
                  "python",
                  "subnet_ids",
                  List.of("subnet-0aaa1111", "subnet-0bbb2222", "subnet-0ccc3333"),
                  "security_group_ids",
                  List.of("sg-0123456789abcdef0")),
              Map.of(
                  "function_name", "orders-api",
                  "runtime", "java21",
                  "subnet_ids", List.of("subnet-0aaa1111", "subnet-0bbb2222", "subnet-0ccc3333"),
                  "security_group_ids", List.of("sg-0123456789abcdef0"),
                  "architecture", "x86_64",
                  "memory_mb", 8192,
                  "per_execution_environment_max_concurrency", 32,
                  "publish_mode", "numbered_versions",
                  "account_id", "123456789012")),
          "query_audit_log",
          List.of(Map.of(), Map.of("limit", 2, "decision", "denied", "since", "24h")));

  @Test
  void everyResultConformsToTheOutputSchema() {
    SandboxSettings settings =
        SandboxSettings.fromEnvironment(
            Map.of(
                "LMI_ADVISOR_AUDIT_DIR",
                dir.resolve("audit").toString(),
                "LMI_ADVISOR_WORKDIR",
                dir.resolve("work").toString()));
    try (SandboxService sandbox = SandboxService.create(settings)) {
      var validator = McpJsonDefaults.getSchemaValidator();
      for (String name : List.of("run_aws_cli", "plan_deployment", "query_audit_log")) {
        ToolDefinition tool =
            switch (name) {
              case "run_aws_cli" -> RunAwsCli.definition(() -> sandbox);
              case "plan_deployment" -> PlanDeployment.definition(() -> sandbox);
              default -> QueryAuditLog.definition(() -> sandbox);
            };
        for (Map<String, Object> arguments : SAMPLES.get(name)) {
          assertTrue(
              validator.validate(tool.inputSchema(), arguments).valid(),
              name + " sample input " + arguments);
          McpSchema.CallToolResult result =
              ToolCalls.call(tool, arguments, new Caller("stdio", "schema-test", Optional.empty()));
          assertFalse(Boolean.TRUE.equals(result.isError()), name + ": " + result.content());
          var check = validator.validate(tool.outputSchema(), result.structuredContent());
          assertTrue(check.valid(), name + " " + arguments + ": " + check.errorMessage());
          assertFalse(result.content().isEmpty());
        }
      }
    }
  }
}

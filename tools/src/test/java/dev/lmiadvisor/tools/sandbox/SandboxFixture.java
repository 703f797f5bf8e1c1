package dev.lmiadvisor.tools.sandbox;

import dev.lmiadvisor.tools.sandbox.bind.LocalFiles;
import dev.lmiadvisor.tools.sandbox.parse.ServiceCatalog;
import dev.lmiadvisor.tools.sandbox.policy.OperatorPolicy;
import dev.lmiadvisor.tools.sandbox.policy.Policy;
import dev.lmiadvisor.tools.sandbox.policy.PolicyContext;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptionsValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A working folder with the documents the command table refers to, a policy file with operator
 * rules, and sandboxes built on them for each context of the table.
 */
final class SandboxFixture {

  static final String OPERATOR_POLICY =
      """
      {"rules": [
        {"id": "no-prod-deletes", "effect": "deny", "command": "lambda delete-*",
         "parameters": {"function-name": "prod-*"}, "reason": "production is changed by the pipeline"},
        {"id": "describe-instances-asks", "effect": "confirm", "command": "ec2 describe-instances"},
        {"id": "publish-freely", "effect": "allow", "command": "lambda publish-version"},
        {"id": "big-floors", "effect": "deny", "command": "lambda PutFunctionScalingConfig",
         "parameters": {"FunctionScalingConfig.MinExecutionEnvironments": "???"}},
        {"id": "star-heavy", "effect": "deny", "command": "lambda get-function",
         "parameters": {"function-name": "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b"}},
        {"id": "dev-instances", "effect": "confirm", "command": "ec2 terminate-*",
         "parameters": {"instance-ids": "i-dev-*"}, "override_builtin": ["lmi-terminate-instances"]}
      ]}
      """;

  final Path root;
  final Path workingFolder;
  final Path outside;

  SandboxFixture(Path root) {
    this.root = root;
    this.workingFolder = root.resolve("work");
    this.outside = root.resolve("outside");
    try {
      Files.createDirectories(workingFolder.resolve("sub"));
      Files.createDirectories(outside);
      write(
          "trust-lambda.json",
          trust(
              "{\"Service\":\"lambda.amazonaws.com\"}",
              ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"111122223333\"}}"));
      write("trust-public.json", trust("{\"AWS\":\"*\"}", ""));
      write(
          "trust-conditioned.json",
          trust(
              "{\"AWS\":\"*\"}",
              ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}"));
      write(
          "admin-policy.json",
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
      write(
          "notaction-policy.json",
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}]}");
      write(
          "scoped-policy.json",
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":\"arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/orders-api:*\"}]}");
      write("broken.json", "{\"Version\": \"2012-10-17\", \"Statement\": [");
      write("notes.txt", "notes");
      write("sub/inner.json", "{}");
      Files.write(workingFolder.resolve("function.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});
      Files.writeString(outside.resolve("outside.json"), "{\"outside\":true}");
      Files.writeString(outside.resolve("secret.json"), "{\"secret\":true}");
      Files.writeString(root.resolve("outside.json"), "{\"outside\":true}");
      Files.createSymbolicLink(
          workingFolder.resolve("escape.json"), outside.resolve("outside.json"));
      Files.createSymbolicLink(workingFolder.resolve("linkdir"), outside);
      Files.writeString(root.resolve("policy.json"), OPERATOR_POLICY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String trust(String principal, String condition) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
        + principal
        + ",\"Action\":\"sts:AssumeRole\""
        + condition
        + "}]}";
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(workingFolder.resolve(name), text);
  }

  Sandbox sandbox(String context) {
    boolean nonProduction = context.equals("non_production");
    boolean unsafe = context.equals("unsafe");
    return new Sandbox(
        new ServiceCatalog(),
        new GlobalOptionsValidator(Optional.of("lmi"), "us-east-1"),
        new LocalFiles(Optional.of(workingFolder)),
        new Policy(
            OperatorPolicy.load(root.resolve("policy.json")),
            unsafe,
            new PolicyContext(nonProduction)));
  }
}

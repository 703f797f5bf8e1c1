package dev.lmiadvisor.tools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.sandbox.audit.CommandText;
import dev.lmiadvisor.tools.sandbox.audit.Redactor;
import dev.lmiadvisor.tools.sandbox.bind.LocalFiles;
import dev.lmiadvisor.tools.sandbox.lex.CommandLexer;
import dev.lmiadvisor.tools.sandbox.parse.ServiceCatalog;
import dev.lmiadvisor.tools.sandbox.policy.OperatorPolicy;
import dev.lmiadvisor.tools.sandbox.policy.Policy;
import dev.lmiadvisor.tools.sandbox.policy.PolicyContext;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptionsValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stages one at a time, on the inputs that matter most to each. */
class StageTest {

  @TempDir Path root;

  private Sandbox sandbox(Path workingFolder, OperatorPolicy operator) {
    return new Sandbox(
        new ServiceCatalog(),
        new GlobalOptionsValidator(Optional.empty(), "us-east-1"),
        new LocalFiles(Optional.of(workingFolder)),
        new Policy(operator, false, new PolicyContext(false)));
  }

  // ---- parse: one meaning however the value is spelt ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "--vpc-config SubnetIds=subnet-a,subnet-b,SecurityGroupIds=sg-1",
        "--vpc-config '{\"SubnetIds\":[\"subnet-a\",\"subnet-b\"],\"SecurityGroupIds\":[\"sg-1\"]}'",
        "--vpc-config 'SubnetIds=[subnet-a,subnet-b],SecurityGroupIds=[sg-1]'",
        "--vpc-config=SubnetIds=subnet-a,subnet-b,SecurityGroupIds=sg-1",
        "--vpc-config file://vpc.json",
      })
  void everySpellingOfAValueBuildsTheSameSdkRequest(String vpcConfig) throws IOException {
    Files.writeString(
        root.resolve("vpc.json"),
        "{\"SubnetIds\":[\"subnet-a\",\"subnet-b\"],\"SecurityGroupIds\":[\"sg-1\"]}");
    String command =
        "aws lambda create-capacity-provider --capacity-provider-name cp --permissions-config CapacityProviderOperatorRoleArn=arn:aws:iam::111122223333:role/op "
            + vpcConfig;
    Evaluation evaluation =
        sandbox(root, OperatorPolicy.none()).evaluate(command, Optional.empty(), true);
    assertEquals(Decision.REQUIRES_CONFIRMATION, evaluation.decision(), evaluation.reason());
    var request =
        (software.amazon.awssdk.services.lambda.model.CreateCapacityProviderRequest)
            evaluation.parsed().orElseThrow().request();
    assertEquals(List.of("subnet-a", "subnet-b"), request.vpcConfig().subnetIds());
    assertEquals(List.of("sg-1"), request.vpcConfig().securityGroupIds());
  }

  @Test
  void typesValuesWithTheSdkFieldMetadata() {
    Evaluation evaluation =
        sandbox(root, OperatorPolicy.none())
            .evaluate(
                "aws cloudwatch get-metric-statistics --namespace AWS/Lambda --metric-name Throttles --start-time 2026-11-20 --end-time 1763683200 --period 300 --statistics Sum Maximum",
                Optional.empty(),
                true);
    var request =
        (software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest)
            evaluation.parsed().orElseThrow().request();
    assertEquals(java.time.Instant.parse("2026-11-20T00:00:00Z"), request.startTime());
    assertEquals(java.time.Instant.ofEpochSecond(1763683200), request.endTime());
    assertEquals(300, request.period());
    assertEquals(List.of("Sum", "Maximum"), request.statisticsAsStrings());
  }

  @Test
  void suggestsTheClosestNames() {
    Evaluation operation =
        sandbox(root, OperatorPolicy.none())
            .evaluate("aws lambda list-capacity-provider", Optional.empty(), true);
    assertEquals(List.of("list-capacity-providers"), operation.suggestions().subList(0, 1));
    Evaluation member =
        sandbox(root, OperatorPolicy.none())
            .evaluate(
                "aws lambda put-function-scaling-config --function-name f --qualifier 1 --function-scaling-config MinExecutionEnvironment=3",
                Optional.empty(),
                true);
    assertTrue(member.reason().contains("did you mean MinExecutionEnvironments"), member.reason());
  }

  // ---- validate ----

  @Test
  void theRegionArgumentMustAgreeWithTheCommand() {
    Sandbox sandbox = sandbox(root, OperatorPolicy.none());
    assertEquals(
        "eu-west-1",
        sandbox
            .evaluate("aws lambda list-functions", Optional.of("eu-west-1"), true)
            .plan()
            .orElseThrow()
            .region());
    assertEquals(
        "invalid-global-option",
        sandbox
            .evaluate(
                "aws lambda list-functions --region us-east-1", Optional.of("eu-west-1"), true)
            .rule());
    assertEquals(
        "unknown-region",
        sandbox.evaluate("aws lambda list-functions", Optional.of("mars-1"), true).rule());
  }

  // ---- local files ----

  @Test
  void filesAreConfinedAfterResolvingLinks() throws IOException {
    Path work = Files.createDirectories(root.resolve("work"));
    Path outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "s");
    Files.writeString(work.resolve("ok.txt"), "ok");
    Files.createSymbolicLink(work.resolve("link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(work.resolve("dir"), outside);
    LocalFiles files = new LocalFiles(Optional.of(work));
    assertEquals("ok", files.readText("file://ok.txt"));
    assertEquals("ok", files.readText("file://./sub/../ok.txt".replace("sub/../", "")));
    for (String escape :
        List.of(
            "file://link.txt",
            "file://dir/secret.txt",
            "file://../outside/secret.txt",
            "file://" + outside.resolve("secret.txt"),
            "fileb://dir/new.zip")) {
      assertEquals(
          LocalFiles.RULE_OUTSIDE,
          assertThrows(CommandDenied.class, () -> files.locate(escape)).rule(),
          escape);
    }
    assertTrue(files.locate("fileb://not-yet.zip").isEmpty());
    assertEquals(
        LocalFiles.RULE_OUTSIDE,
        assertThrows(
                CommandDenied.class, () -> new LocalFiles(Optional.empty()).locate("file://ok.txt"))
            .rule());
    assertTrue(
        new LocalFiles(Optional.of(root.resolve("missing-folder")))
            .locate("fileb://x.zip")
            .isEmpty(),
        "a folder not created yet holds nothing");
  }

  // ---- policy file ----

  @Test
  void aBrokenPolicyFileRefusesEverythingUntilFixed() throws IOException {
    Path file = root.resolve("policy.json");
    for (String broken :
        List.of(
            "{\"rules\": [ {\"id\": \"x\", \"effect\": \"maybe\", \"command\": \"lambda *\"} ]}",
            "{\"rules\": [ {\"id\": \"x\", \"effect\": \"deny\"} ]}",
            "{\"rules\": [ {\"id\": \"x\", \"effect\": \"deny\", \"command\": \"lambda *\", \"typo\": 1} ]}",
            "{\"rules\": [ {\"id\": \"x\", \"effect\": \"deny\", \"command\": \"a\"}, {\"id\": \"x\", \"effect\": \"deny\", \"command\": \"b\"} ]}",
            "not json")) {
      Files.writeString(file, broken);
      Evaluation evaluation =
          sandbox(root, OperatorPolicy.load(file))
              .evaluate("aws lambda list-functions", Optional.empty(), true);
      assertEquals(Decision.DENIED, evaluation.decision(), broken);
      assertEquals(OperatorPolicy.RULE_INVALID, evaluation.rule());
    }
    Evaluation missing =
        sandbox(root, OperatorPolicy.load(root.resolve("nope.json")))
            .evaluate("aws sts get-caller-identity", Optional.empty(), true);
    assertEquals(OperatorPolicy.RULE_INVALID, missing.rule());
  }

  @Test
  void operatorRulesMatchTheParsedRequestNotTheText() {
    OperatorPolicy policy =
        OperatorPolicy.parse(
            "{\"rules\":[{\"id\":\"big\",\"effect\":\"deny\",\"command\":\"lambda put-function-scaling-config\",\"parameters\":{\"FunctionScalingConfig.MaxExecutionEnvironments\":\"1000\"}}]}");
    Sandbox sandbox = sandbox(root, policy);
    for (String spelling :
        List.of(
            "--function-scaling-config MinExecutionEnvironments=3,MaxExecutionEnvironments=1000",
            "--function-scaling-config '{\"MaxExecutionEnvironments\": 1000, \"MinExecutionEnvironments\": 3}'",
            "--function-scaling-config='MaxExecutionEnvironments=1000'")) {
      Evaluation evaluation =
          sandbox.evaluate(
              "aws lambda put-function-scaling-config --function-name f --qualifier 1 " + spelling,
              Optional.empty(),
              true);
      assertEquals("operator:big", evaluation.rule(), spelling);
    }
  }

  // ---- redaction ----

  @Test
  void secretsAreMaskedInTextsAndTrees() {
    String text =
        CommandText.of(
            CommandLexer.split(
                "aws secretsmanager create-secret --name db --secret-string 'p@ss w0rd' --description x"));
    assertFalse(text.contains("p@ss"), text);
    assertTrue(text.contains("--name db"), text);
    String inline =
        CommandText.of(
            CommandLexer.split(
                "aws lambda update-function-configuration --function-name f --environment=Variables={PASSWORD=x}"));
    assertFalse(inline.contains("PASSWORD=x"), inline);
    String raw =
        CommandText.ofRaw(
            "aws iam create-login-profile --user-name a --password Hunter2!; rm -rf /");
    assertFalse(raw.contains("Hunter2"), raw);
    Object tree =
        Redactor.redact(
            Map.of(
                "Environment", Map.of("Variables", Map.of("DB_PASSWORD", "x")),
                "Credentials",
                    Map.of("AccessKeyId", "AKIA", "SecretAccessKey", "y", "SessionToken", "z"),
                "Parameter", Map.of("Type", "SecureString", "Value", "v"),
                "Code",
                    Map.of("Location", "https://bucket.s3.amazonaws.com/x?X-Amz-Signature=abc")));
    String shown = tree.toString();
    for (String secret : List.of("=x}", "=y", "=z", "Value=v", "abc")) {
      assertFalse(shown.contains(secret), secret + " in " + shown);
    }
    assertTrue(shown.contains("AKIA") && shown.contains("DB_PASSWORD"), shown);
  }
}

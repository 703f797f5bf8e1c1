package dev.lmiadvisor.tools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.awsstub.AwsStub;
import dev.lmiadvisor.tools.audit.AuditQuery;
import dev.lmiadvisor.tools.sandbox.audit.Redactor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Execution through the real SDK against a loopback stub, and the audit record of every call. */
class SandboxServiceTest {

  @TempDir Path dir;
  private AwsStub aws;
  private SandboxService sandbox;
  private final List<String> questions = new ArrayList<>();

  private static final AwsCredentialsProvider TEST_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "test-secret"));

  @BeforeEach
  void start() {
    aws = new AwsStub();
    sandbox = service(true, TEST_CREDENTIALS);
  }

  @AfterEach
  void stop() {
    sandbox.close();
    aws.close();
  }

  private SandboxService service(boolean execute, AwsCredentialsProvider credentials) {
    SandboxSettings settings =
        SandboxSettings.fromEnvironment(
                Map.of(
                    "LMI_ADVISOR_AUDIT_DIR",
                    dir.resolve("audit").toString(),
                    "LMI_ADVISOR_WORKDIR",
                    dir.resolve("work").toString()))
            .withExecuteEnabled(execute)
            .withCredentials(credentials);
    return SandboxService.create(settings);
  }

  private RunResult run(String command, RunRequest.Mode mode, Optional<Confirmation> confirmation) {
    return sandbox.run(
        new RunRequest(
            command, mode, Optional.empty(), new ClientIdentity("test", "stdio"), confirmation));
  }

  private Optional<Confirmation> answering(boolean yes) {
    return Optional.of(
        question -> {
          questions.add(question);
          return yes;
        });
  }

  private String createProvider() {
    return "aws lambda create-capacity-provider --endpoint-url "
        + aws.url()
        + " --capacity-provider-name orders-cp --vpc-config SubnetIds=subnet-a,subnet-b,subnet-c,SecurityGroupIds=sg-1"
        + " --permissions-config CapacityProviderOperatorRoleArn=arn:aws:iam::111122223333:role/op";
  }

  @Test
  void planModeExecutesNothingAndIsAudited() {
    RunResult result = run(createProvider(), RunRequest.Mode.PLAN, answering(true));
    assertEquals(Decision.REQUIRES_CONFIRMATION, result.decision());
    assertFalse(result.executed());
    assertEquals("planned", result.outcome());
    assertEquals("CreateCapacityProvider", result.plan().sdkOperation());
    assertEquals("orders-cp", result.plan().request().get("CapacityProviderName"));
    assertTrue(questions.isEmpty(), "plan mode asks no one");
    assertTrue(aws.received.isEmpty());
    AuditQuery.Result audit =
        sandbox.queryAudit(new AuditQuery(10, Optional.empty(), Optional.empty()));
    assertTrue(audit.chainValid());
    assertEquals(result.auditId(), audit.entries().getFirst().get("id"));
    assertEquals("requires_confirmation", audit.entries().getFirst().get("decision"));
  }

  @Test
  void aDeclinedConfirmationExecutesNothing() {
    RunResult result = run(createProvider(), RunRequest.Mode.EXECUTE, answering(false));
    assertEquals(Decision.REQUIRES_CONFIRMATION, result.decision());
    assertFalse(result.executed());
    assertEquals("declined", result.confirmation());
    assertEquals(1, questions.size());
    assertTrue(questions.getFirst().contains("create-capacity-provider"), questions.getFirst());
    assertTrue(aws.received.isEmpty(), "nothing reached AWS");
    Map<String, Object> record =
        sandbox
            .queryAudit(new AuditQuery(1, Optional.empty(), Optional.empty()))
            .entries()
            .getFirst();
    assertEquals("declined", record.get("confirmation"));
    assertEquals("not_executed", record.get("outcome"));
  }

  @Test
  void aClientThatCannotConfirmIsRefused() {
    RunResult result = run(createProvider(), RunRequest.Mode.EXECUTE, Optional.empty());
    assertEquals(Decision.DENIED, result.decision());
    assertEquals(SandboxService.RULE_CONFIRMATION_UNAVAILABLE, result.rule());
    assertTrue(aws.received.isEmpty());
  }

  @Test
  void anAcceptedCommandReachesTheEndpointThroughTheRealSdk() {
    aws.on(
        "POST /2025-11-30/capacity-providers",
        202,
        "{\"CapacityProvider\":{\"CapacityProviderArn\":\"arn:aws:lambda:us-east-1:111122223333:capacity-provider:orders-cp\",\"State\":\"Pending\"}}");
    RunResult result = run(createProvider(), RunRequest.Mode.EXECUTE, answering(true));
    assertTrue(result.executed(), result.reason());
    assertEquals("executed", result.outcome());
    assertEquals("accepted", result.confirmation());
    assertEquals(1, aws.received.size());
    AwsStub.Received request = aws.received.getFirst();
    assertEquals("POST", request.method());
    assertTrue(request.body().contains("\"CapacityProviderName\":\"orders-cp\""), request.body());
    assertTrue(
        request.body().contains("\"SubnetIds\":[\"subnet-a\",\"subnet-b\",\"subnet-c\"]"),
        request.body());
    assertTrue(
        request
            .headers()
            .get("Authorization")
            .getFirst()
            .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"),
        "signed with SigV4");
    @SuppressWarnings("unchecked")
    Map<String, Object> provider = (Map<String, Object>) result.result().get("CapacityProvider");
    assertEquals("Pending", provider.get("State"));
    List<Map<String, Object>> entries =
        sandbox.queryAudit(new AuditQuery(10, Optional.empty(), Optional.empty())).entries();
    assertEquals("call", entries.get(0).get("type"));
    assertEquals("executed", entries.get(0).get("outcome"));
    assertEquals(
        "execution_started",
        entries.get(1).get("type"),
        "the start was on record before the request was sent");
    assertEquals(entries.get(0).get("id"), entries.get(1).get("id"));
  }

  @Test
  void readsRunWithoutAskingAndSecretsInResultsAreMasked() {
    aws.on(
        "GET /2015-03-31/functions/orders-api/configuration",
        200,
        "{\"FunctionName\":\"orders-api\",\"MemorySize\":4096,\"Environment\":{\"Variables\":{\"DB_PASSWORD\":\"hunter2\",\"LOG_LEVEL\":\"info\"}}}");
    RunResult result =
        run(
            "aws lambda get-function-configuration --function-name orders-api --endpoint-url "
                + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals(Decision.ALLOWED, result.decision());
    assertTrue(result.executed());
    @SuppressWarnings("unchecked")
    Map<String, Object> variables =
        (Map<String, Object>)
            ((Map<String, Object>) result.result().get("Environment")).get("Variables");
    assertEquals(Redactor.MASK, variables.get("DB_PASSWORD"));
    assertEquals(Redactor.MASK, variables.get("LOG_LEVEL"));
    assertFalse(result.result().toString().contains("hunter2"));
    assertEquals(4096, result.result().get("MemorySize"));
  }

  @Test
  void anAwsErrorIsReportedAndAudited() {
    aws.error(
        "GET /2015-03-31/functions/missing/configuration",
        404,
        "ResourceNotFoundException",
        "Function not found");
    RunResult result =
        run(
            "aws lambda get-function-configuration --function-name missing --endpoint-url "
                + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals("failed", result.outcome());
    assertTrue(
        String.valueOf(result.result().get("error")).contains("ResourceNotFoundException"),
        String.valueOf(result.result()));
    Map<String, Object> record =
        sandbox
            .queryAudit(new AuditQuery(1, Optional.empty(), Optional.of("allowed")))
            .entries()
            .getFirst();
    assertTrue(String.valueOf(record.get("error")).contains("ResourceNotFoundException"));
  }

  @Test
  void deniedCommandsNeverReachAwsAndAreAudited() {
    RunResult result =
        run(
            "aws ec2 terminate-instances --instance-ids i-1 --endpoint-url " + aws.url(),
            RunRequest.Mode.EXECUTE,
            answering(true));
    assertEquals(Decision.DENIED, result.decision());
    assertEquals("lmi-terminate-instances", result.rule());
    assertTrue(questions.isEmpty(), "a denial is not put to the person");
    assertTrue(aws.received.isEmpty());
    AuditQuery.Result denied =
        sandbox.queryAudit(new AuditQuery(5, Optional.empty(), Optional.of("denied")));
    assertEquals(1, denied.total());
  }

  @Test
  void secretsInTheCommandAreMaskedInTheAuditLog() {
    run(
        "aws secretsmanager put-secret-value --secret-id s --secret-string hunter2",
        RunRequest.Mode.PLAN,
        Optional.empty());
    run(
        "aws secretsmanager put-secret-value --secret-id s --secret-string hunter2; rm -rf /",
        RunRequest.Mode.PLAN,
        Optional.empty());
    List<Map<String, Object>> entries =
        sandbox.queryAudit(new AuditQuery(5, Optional.empty(), Optional.empty())).entries();
    for (Map<String, Object> entry : entries) {
      assertFalse(entry.toString().contains("hunter2"), entry.toString());
    }
  }

  @Test
  void executionNeedsTheSwitchAndCredentials() {
    sandbox.close();
    sandbox = service(false, TEST_CREDENTIALS);
    RunResult off =
        run(
            "aws sts get-caller-identity --endpoint-url " + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals(SandboxService.RULE_EXECUTE_DISABLED, off.rule());
    sandbox.close();
    sandbox =
        service(
            true,
            () -> {
              throw SdkClientException.create(
                  "Unable to load credentials from any of the providers");
            });
    RunResult noCredentials =
        run(
            "aws sts get-caller-identity --endpoint-url " + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals(SandboxService.RULE_NO_CREDENTIALS, noCredentials.rule());
    assertNull(noCredentials.result());
    assertTrue(aws.received.isEmpty());
  }

  @Test
  void sensitiveValuesAreMaskedInTheCommandThePlanTheAuditLogAndTheQuestion() {
    RunResult planned =
        run(
            "aws ssm put-parameter --name /db/pw --value hunter2 --type SecureString",
            RunRequest.Mode.PLAN,
            Optional.empty());
    assertFalse(planned.commandText().contains("hunter2"), planned.commandText());
    assertEquals(
        Redactor.MASK, planned.plan().request().get("Value"), "the model marks Value sensitive");
    assertEquals("/db/pw", planned.plan().request().get("Name"));
    RunResult refused =
        run(
            "aws ssm put-parameter --cli-input-json '{\"Name\":\"/db/pw\",\"Value\":\"hunter2\"}'",
            RunRequest.Mode.PLAN,
            Optional.empty());
    assertEquals(Decision.DENIED, refused.decision());
    assertFalse(refused.commandText().contains("hunter2"), refused.commandText());
    run(
        "aws ssm put-parameter --name /db/pw --value hunter2 --type SecureString --endpoint-url "
            + aws.url(),
        RunRequest.Mode.EXECUTE,
        answering(false));
    String question = questions.getFirst();
    assertTrue(question.contains("\"operation\" : \"PutParameter\""), question);
    assertTrue(question.contains("\"Name\" : \"/db/pw\""), question);
    assertTrue(question.contains(aws.url()), "the endpoint the request goes to: " + question);
    assertFalse(question.contains("hunter2"), question);
    for (Map<String, Object> entry :
        sandbox.queryAudit(new AuditQuery(10, Optional.empty(), Optional.empty())).entries()) {
      assertFalse(entry.toString().contains("hunter2"), entry.toString());
    }
  }

  @Test
  void anAttemptTheInputSchemaRefusedIsAuditedWithItsReason() {
    String id =
        sandbox.recordRefused(
            "run_aws_cli",
            Map.of(
                "command",
                "aws secretsmanager create-secret --name db --secret-string hunter2",
                "mode",
                "run-it"),
            "mode must be one of plan, execute",
            new ClientIdentity("test", "http"));
    AuditQuery.Result audit =
        sandbox.queryAudit(new AuditQuery(5, Optional.empty(), Optional.of("denied")));
    assertTrue(audit.chainValid(), audit.problems().toString());
    Map<String, Object> entry = audit.entries().getFirst();
    assertEquals(id, entry.get("id"));
    assertEquals(SandboxService.RULE_INVALID_ARGUMENTS, entry.get("rule"));
    assertEquals("invalid", entry.get("mode"));
    assertTrue(
        String.valueOf(entry.get("reason")).contains("mode must be one of"), entry.toString());
    assertFalse(entry.toString().contains("hunter2"), entry.toString());
    assertTrue(String.valueOf(entry.get("command")).startsWith("aws secretsmanager create-secret"));
  }

  @Test
  void aRefusedCommandThatIsNotText_isRecordedWithItsSecretsMaskedInCommandAndReason() {
    List<String> words =
        List.of(
            "aws", "secretsmanager", "create-secret", "--name", "db", "--secret-string", "hunter2");
    String full = "'command' must be text, not " + words;
    String cut =
        "'command' must be text, not [\"aws\",\"secretsmanager\",\"--secret-string\",\"hun…'";
    for (String reason : List.of(full, cut)) {
      sandbox.recordRefused(
          "run_aws_cli", Map.of("command", words), reason, new ClientIdentity("test", "stdio"));
      Map<String, Object> entry =
          sandbox
              .queryAudit(new AuditQuery(1, Optional.empty(), Optional.of("denied")))
              .entries()
              .getFirst();
      assertFalse(entry.toString().contains("hunter2"), entry.toString());
      assertFalse(entry.toString().contains("hun…"), entry.toString());
      assertTrue(String.valueOf(entry.get("reason")).contains("must be text"), entry.toString());
      assertEquals(
          "aws secretsmanager create-secret --name db --secret-string ***redacted***",
          entry.get("command"));
    }
    assertTrue(sandbox.verifyAudit().valid());
  }

  @Test
  void invisibleCharactersAreRefusedAndTheRecordShowsNoneOfThem() {
    RunResult result =
        run(
            "aws lambda delete-function --function-name prod\u202E-ipa",
            RunRequest.Mode.EXECUTE,
            answering(true));
    assertEquals("invisible-character", result.rule());
    assertTrue(questions.isEmpty());
    assertTrue(aws.received.isEmpty());
  }

  private void twoPagesOfFunctions() {
    aws.on(
        "GET /2015-03-31/functions",
        200,
        "{\"Functions\":[{\"FunctionName\":\"a\"},{\"FunctionName\":\"b\"}],\"NextMarker\":\"m2\"}");
    aws.on(
        "GET /2015-03-31/functions?Marker=m2",
        200,
        "{\"Functions\":[{\"FunctionName\":\"c\"},{\"FunctionName\":\"d\"}]}");
  }

  private List<Object> names(Map<String, Object> result) {
    assertTrue(result.containsKey("Functions"), result + " after " + aws.received);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> functions = (List<Map<String, Object>>) result.get("Functions");
    return functions.stream().map(f -> f.get("FunctionName")).toList();
  }

  @Test
  void executeModeJoinsThePagesThroughTheSdkPaginator() {
    twoPagesOfFunctions();
    RunResult all =
        run(
            "aws lambda list-functions --endpoint-url " + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals(List.of("a", "b", "c", "d"), names(all.result()), String.valueOf(all.result()));
    assertFalse(all.result().containsKey("NextToken"));
    assertEquals(2, aws.received.size());
  }

  @Test
  void maxItemsBoundsTheResultAndItsNextTokenResumesWhereItStopped() {
    twoPagesOfFunctions();
    RunResult first =
        run(
            "aws lambda list-functions --max-items 3 --endpoint-url " + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals(List.of("a", "b", "c"), names(first.result()));
    String token = String.valueOf(first.result().get("NextToken"));
    RunResult rest =
        run(
            "aws lambda list-functions --starting-token " + token + " --endpoint-url " + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals(List.of("d"), names(rest.result()), String.valueOf(rest.result()));
    assertEquals("Marker=m2", aws.received.getLast().query());
  }

  @Test
  void queryIsAppliedToTheJoinedResultAndNoPaginateReadsOnePage() {
    twoPagesOfFunctions();
    RunResult queried =
        run(
            "aws lambda list-functions --query 'Functions[].FunctionName' --max-items 3 --endpoint-url "
                + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals(List.of("a", "b", "c"), queried.result().get("query_result"));
    aws.received.clear();
    RunResult onePage =
        run(
            "aws lambda list-functions --no-paginate --endpoint-url " + aws.url(),
            RunRequest.Mode.EXECUTE,
            Optional.empty());
    assertEquals(List.of("a", "b"), names(onePage.result()));
    assertEquals("m2", onePage.result().get("NextMarker"));
    assertEquals(1, aws.received.size());
  }

  @Test
  void loweringMemoryLooksUpTheCapacityProviderBeforeTheUpdateIsSent() {
    aws.on(
        "GET /2015-03-31/functions/orders-api/configuration",
        200,
        "{\"FunctionName\":\"orders-api\",\"MemorySize\":4096,\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"arn:aws:lambda:us-east-1:111122223333:capacity-provider:cp\"}}}");
    aws.on("PUT /2015-03-31/functions/orders-api/configuration", 200, "{}");
    aws.on(
        "GET /2015-03-31/functions/plain-fn/configuration",
        200,
        "{\"FunctionName\":\"plain-fn\",\"MemorySize\":1024}");
    aws.on("PUT /2015-03-31/functions/plain-fn/configuration", 200, "{\"MemorySize\":512}");
    RunResult lmi =
        run(
            "aws lambda update-function-configuration --function-name orders-api --memory-size 1024 --endpoint-url "
                + aws.url(),
            RunRequest.Mode.EXECUTE,
            answering(true));
    assertEquals(Decision.DENIED, lmi.decision());
    assertEquals("lmi-memory-minimum", lmi.rule());
    assertTrue(
        aws.received.stream().noneMatch(r -> r.method().equals("PUT")), "no update was sent");
    RunResult plain =
        run(
            "aws lambda update-function-configuration --function-name plain-fn --memory-size 512 --endpoint-url "
                + aws.url(),
            RunRequest.Mode.EXECUTE,
            answering(true));
    assertTrue(plain.executed(), plain.reason());
    assertEquals("PUT", aws.received.getLast().method());
  }
}

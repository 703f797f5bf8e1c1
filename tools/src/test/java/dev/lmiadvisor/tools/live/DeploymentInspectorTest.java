package dev.lmiadvisor.tools.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.live.inspect.DeploymentInspector;
import dev.lmiadvisor.tools.live.inspect.DeploymentReport;
import dev.lmiadvisor.tools.live.inspect.InspectRequest;
import dev.lmiadvisor.tools.review.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;

class DeploymentInspectorTest {

  @TempDir Path root;
  LiveFixture live;
  LmiAccount account;

  @BeforeEach
  void start() {
    live = new LiveFixture(root);
    account = new LmiAccount();
  }

  @AfterEach
  void stop() {
    live.close();
  }

  private DeploymentReport inspect(Optional<String> provider, Optional<String> function) {
    account.serve(live.stub);
    return new DeploymentInspector(live.settings, live.sandbox.auditLog())
        .inspect(new InspectRequest(LmiAccount.REGION, provider, function), LiveFixture.CLIENT);
  }

  private DeploymentReport inspect() {
    return inspect(Optional.of(LmiAccount.PROVIDER), Optional.empty());
  }

  private static List<String> ruleIds(DeploymentReport report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  private static Finding finding(DeploymentReport report, String ruleId) {
    return report.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " not in " + ruleIds(report)));
  }

  @Test
  void healthyDeployment_isActiveWithNothingToFix() {
    DeploymentReport report = inspect();

    assertEquals("Active", report.state());
    assertEquals(Optional.empty(), report.likelyCause());
    assertEquals(List.of(), ruleIds(report));
    assertEquals("nat", report.network().orElseThrow().egress());
    assertEquals(3, report.network().orElseThrow().availabilityZones());
    assertEquals(Optional.of(true), report.operatorRole().orElseThrow().trustsLambda());
    assertEquals("7", report.functions().getFirst().version());
    assertEquals(Optional.of(4096), report.functions().getFirst().memoryMb());
    assertEquals(Optional.of(3), report.functions().getFirst().minExecutionEnvironments());
    assertEquals(0, report.metrics().orElseThrow().functions().getFirst().throttles());
    assertEquals(Optional.of(45.0), report.metrics().orElseThrow().providerCpuMaxPct());
    assertTrue(
        report.calls().stream().allMatch(c -> c.outcome() == CallOutcome.OK),
        report.calls()::toString);
    assertEquals(List.of(), report.missingPermissions());
  }

  @Test
  void everyCall_isAuditedWithOperationRegionAndOutcome_inTheSandboxChain() {
    DeploymentReport report = inspect();

    List<Map<String, Object>> records = live.liveRecords();
    assertEquals(AccountCalls.TYPE_STARTED, records.getFirst().get("type"));
    List<Map<String, Object>> calls = records.subList(1, records.size());
    assertEquals(report.calls().size(), calls.size());
    for (int i = 0; i < calls.size(); i++) {
      assertEquals(report.calls().get(i).operation(), calls.get(i).get("operation"));
      assertEquals(report.calls().get(i).service(), calls.get(i).get("service"));
      assertEquals("us-east-1", calls.get(i).get("region"));
      assertEquals("ok", calls.get(i).get("outcome"));
      assertEquals(report.auditId(), calls.get(i).get("id"));
    }
    assertTrue(live.sandbox.auditLog().verify().valid());
    String all = records.toString();
    assertFalse(all.contains(LiveFixture.ACCESS_KEY), "access key id in the audit log");
    assertFalse(all.contains("wJalrXUtnFEMI"), "secret key in the audit log");
  }

  @Test
  void everyRequest_isOneOfTheOperationsThePolicyLists() {
    inspect();

    List<String> known =
        java.util.Arrays.stream(AwsOperation.values()).map(AwsOperation::operation).toList();
    for (var request : live.stub.received) {
      if (request.action() != null) {
        assertTrue(known.contains(request.action()), request.action());
      } else {
        assertEquals("GET", request.method(), request.path());
      }
    }
  }

  @Test
  void providerStuckInPending_withPrivateSubnetsAndNeitherNatNorEndpoints_blamesTheNetwork() {
    account.providerState = "Pending";
    account.privateSubnetsWithoutEgress();

    DeploymentReport report = inspect();

    assertEquals("Pending", report.state());
    assertEquals("none", report.network().orElseThrow().egress());
    assertTrue(ruleIds(report).contains("LIVE-PROVIDER-STATE"), ruleIds(report)::toString);
    Finding egress = finding(report, "LIVE-NO-EGRESS");
    assertEquals(Severity.ERROR, egress.severity());
    assertTrue(egress.message().contains("subnet-0aaa1111, subnet-0bbb2222, subnet-0ccc3333"));
    assertTrue(
        egress
            .fixCommand()
            .orElseThrow()
            .startsWith("aws ec2 create-vpc-endpoint --vpc-id vpc-0abc1234"));
    assertTrue(egress.fixCommand().get().contains("com.amazonaws.us-east-1.logs"));
    String cause = report.likelyCause().orElseThrow();
    assertTrue(cause.startsWith("The capacity provider is Pending"), cause);
    assertTrue(cause.contains("neither a NAT gateway route nor VPC endpoints"), cause);
    live.assertSandboxAccepts(report.findings());
  }

  @Test
  void privateSubnetsWithEndpoints_haveAPath() {
    account.privateSubnetsWithoutEgress();
    account.endpoints.addAll(List.of("logs", "monitoring", "s3"));

    DeploymentReport report = inspect();

    assertEquals("vpc_endpoints", report.network().orElseThrow().egress());
    assertFalse(ruleIds(report).contains("LIVE-NO-EGRESS"), ruleIds(report)::toString);
  }

  @Test
  void operatorRoleWithoutLambdaTrust_isTheLikelyCause_beforeTheNetwork() {
    account.providerState = "Pending";
    account.trustPolicy = LmiAccount.TRUST_EC2_ONLY;
    account.privateSubnetsWithoutEgress();

    DeploymentReport report = inspect();

    Finding trust = finding(report, "LIVE-OPERATOR-TRUST-MISSING");
    assertEquals(Severity.ERROR, trust.severity());
    String fix = trust.fixCommand().orElseThrow();
    assertTrue(
        fix.startsWith("aws iam update-assume-role-policy --role-name orders-cp-operator"), fix);
    assertTrue(fix.contains("lambda.amazonaws.com") && fix.contains("111122223333"), fix);
    String cause = report.likelyCause().orElseThrow();
    assertTrue(cause.contains("does not trust lambda.amazonaws.com"), cause);
    assertFalse(cause.contains("NAT"), cause);
    live.assertSandboxAccepts(report.findings());
  }

  @Test
  void operatorRoleTrustWithoutCondition_andWithoutManagedPolicy() {
    account.trustPolicy =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"lambda.amazonaws.com\"]},\"Action\":[\"sts:AssumeRole\"]}}";
    account.attachedPolicies.clear();

    DeploymentReport report = inspect();

    assertEquals(
        "aws iam attach-role-policy --role-name orders-cp-operator --policy-arn"
            + " arn:aws:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator",
        finding(report, "CFG-OPERATOR-POLICY").fixCommand().orElseThrow());
    assertTrue(finding(report, "CFG-OPERATOR-TRUST").fixCommand().isPresent());
    live.assertSandboxAccepts(report.findings());
  }

  @Test
  void missingOperatorRole_isNamed() {
    account.providerState = "Failed";
    account.roleExists = false;

    DeploymentReport report = inspect();

    assertFalse(report.operatorRole().orElseThrow().exists());
    assertTrue(ruleIds(report).contains("LIVE-OPERATOR-ROLE-MISSING"));
    assertTrue(report.likelyCause().orElseThrow().contains("does not exist"));
  }

  @Test
  void memoryBelow2048_isCfgMemoryMin_withTheUpdateAndPublish() {
    account.function().memoryMb = 1024;

    DeploymentReport report = inspect();

    Finding memory = finding(report, "CFG-MEMORY-MIN");
    assertEquals(Severity.ERROR, memory.severity());
    assertEquals("orders-api:7", memory.resource());
    assertEquals(
        List.of(
            "aws lambda update-function-configuration --function-name orders-api --memory-size 2048 --region us-east-1",
            "aws lambda publish-version --function-name orders-api --publish-to LATEST_PUBLISHED --region us-east-1"),
        memory.fixCommands());
    live.assertSandboxAccepts(report.findings());
  }

  @Test
  void throttling_isReportedWithItsRateReasonAndAHigherFloor() {
    account.function().throttlesPerHour = 360;

    DeploymentReport report = inspect();

    var metrics = report.metrics().orElseThrow().functions().getFirst();
    assertEquals(360L * 24, metrics.throttles());
    assertEquals(0.99, metrics.throttleRatePct());
    assertEquals("ConcurrencyThrottles", metrics.throttleReasons().getFirst().metric());
    Finding throttles = finding(report, "LIVE-THROTTLES");
    assertTrue(
        throttles.message().contains("8,640 invocations were throttled"), throttles.message());
    assertEquals(
        "aws lambda put-function-scaling-config --function-name orders-api --qualifier 7"
            + " --function-scaling-config MinExecutionEnvironments=6,MaxExecutionEnvironments=15"
            + " --region us-east-1",
        throttles.fixCommand().orElseThrow());
    live.assertSandboxAccepts(report.findings());
  }

  @Test
  void memoryThrottles_askForMoreMemory() {
    account.function().throttlesPerHour = 10;
    account.function().throttleReason = "MemoryThrottles";

    Finding throttles = finding(inspect(), "LIVE-THROTTLES");

    assertTrue(
        throttles.fixCommand().orElseThrow().contains("--memory-size 8192"),
        throttles.fixCommand()::get);
  }

  @Test
  void accessDeniedOnOneCall_namesTheActionAndReturnsTheRest() {
    account.deny(AwsOperation.DESCRIBE_ROUTE_TABLES);

    DeploymentReport report = inspect();

    assertEquals(List.of("ec2:DescribeRouteTables"), report.missingPermissions());
    Finding denied = finding(report, "LIVE-ACCESS-DENIED");
    assertTrue(denied.message().contains("grant ec2:DescribeRouteTables"), denied.message());
    assertTrue(denied.message().contains("routes"), denied.message());
    assertEquals("unknown", report.network().orElseThrow().egress());
    // The rest of the report is there.
    assertEquals("Active", report.state());
    assertEquals(Optional.of(4096), report.functions().getFirst().memoryMb());
    assertTrue(report.operatorRole().orElseThrow().trustsLambda().orElseThrow());
    assertTrue(report.metrics().isPresent());
    CallRecord refused =
        report.calls().stream()
            .filter(c -> c.outcome() == CallOutcome.ACCESS_DENIED)
            .findFirst()
            .orElseThrow();
    assertEquals("DescribeRouteTables", refused.operation());
    assertTrue(refused.detail().orElseThrow().contains("UnauthorizedOperation"));
    assertEquals(
        "access_denied",
        live.liveRecords().stream()
            .filter(r -> "DescribeRouteTables".equals(r.get("operation")))
            .findFirst()
            .orElseThrow()
            .get("outcome"));
  }

  @Test
  void accessDeniedOnALambdaRead_stillReadsTheNetworkAndRole() {
    account.deny(AwsOperation.GET_FUNCTION_SCALING_CONFIG);

    DeploymentReport report = inspect();

    assertEquals(List.of("lambda:GetFunctionScalingConfig"), report.missingPermissions());
    assertEquals(Optional.empty(), report.functions().getFirst().minExecutionEnvironments());
    assertEquals("nat", report.network().orElseThrow().egress());
  }

  @Test
  void failedVersion_withScalingLimit_raisesTheCeilingAndPublishes() {
    account.function().versions.put("7", "Failed");
    account.function().state = "Failed";
    account.function().stateReasonCode = "CapacityProviderScalingLimitExceeded";

    DeploymentReport report = inspect();

    Finding version = finding(report, "LIVE-VERSION-STATE");
    assertTrue(version.message().contains("MaxVCpuCount is too low"), version.message());
    assertTrue(version.fixCommand().orElseThrow().contains("MaxVCpuCount=128"));
    assertTrue(report.likelyCause().orElseThrow().startsWith("Version 7 of orders-api is Failed"));
    live.assertSandboxAccepts(report.findings());
  }

  @Test
  void openEgressAndThreeFindingsWithoutPublishing() {
    account.httpsEgressOnly = false;
    account.function().versions.clear();
    account.function().versions.put("$LATEST", "ActiveNonInvocable");
    account.subnets.removeLast();

    DeploymentReport report = inspect();

    Finding egress = finding(report, "CFG-EGRESS-OPEN");
    assertEquals(2, egress.fixCommands().size(), egress.fixCommands()::toString);
    assertTrue(egress.fixCommands().get(0).contains("authorize-security-group-egress"));
    assertTrue(egress.fixCommands().get(1).contains("revoke-security-group-egress"));
    assertTrue(ruleIds(report).contains("CFG-NOT-PUBLISHED"));
    assertTrue(ruleIds(report).contains("CFG-SUBNETS"));
    live.assertSandboxAccepts(report.findings());
  }

  @Test
  void withoutAName_thePendingProviderOfTheRegionIsRead() {
    account.providerState = "Pending";

    DeploymentReport report = inspect(Optional.empty(), Optional.empty());

    assertEquals("Pending", report.state());
    assertEquals("orders-cp", report.capacityProvider().orElseThrow().name());
  }

  @Test
  void throughAFunctionName_itsProviderIsRead() {
    DeploymentReport report = inspect(Optional.empty(), Optional.of("orders-api"));

    assertEquals("orders-cp", report.capacityProvider().orElseThrow().name());
    assertEquals(List.of("orders-api"), report.functions().stream().map(f -> f.name()).toList());
  }

  @Test
  void unknownProvider_isAnErrorNamingTheExistingOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> {
              account.serve(live.stub);
              live.stub.on(
                  "GET /2025-11-30/capacity-providers/other-cp",
                  r ->
                      WireReplies.lambdaError(
                          404, "ResourceNotFoundException", "Capacity provider not found"));
              new DeploymentInspector(live.settings, live.sandbox.auditLog())
                  .inspect(
                      new InspectRequest("us-east-1", Optional.of("other-cp"), Optional.empty()),
                      LiveFixture.CLIENT);
            });
    assertEquals(
        "capacity provider 'other-cp' was not found in us-east-1; the Region has: orders-cp",
        e.getMessage());
  }

  @Test
  void withoutCredentials_theErrorNamesTheCredentialChain_andNothingIsSent() {
    LiveSettings none =
        live.settings.withCredentials(
            () -> {
              throw SdkClientException.create(
                  "Unable to load credentials from any of the providers");
            });
    account.serve(live.stub);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DeploymentInspector(none, live.sandbox.auditLog())
                    .inspect(
                        new InspectRequest("us-east-1", Optional.empty(), Optional.empty()),
                        LiveFixture.CLIENT));

    assertTrue(e.getMessage().contains("credential chain"), e.getMessage());
    assertTrue(e.getMessage().contains("AWS_ACCESS_KEY_ID"), e.getMessage());
    assertTrue(e.getMessage().contains("LMI_ADVISOR_AWS_PROFILE"), e.getMessage());
    assertFalse(e.getMessage().contains("Unable to load"), "SDK text leaked: " + e.getMessage());
    assertEquals(List.of(), live.stub.received);
    assertEquals("denied", live.liveRecords().getLast().get("outcome"));
    assertEquals("denied", live.liveRecords().getLast().get("decision"));
    assertEquals("no-credentials", live.liveRecords().getLast().get("rule"));
  }

  @Test
  void rejectedCredentials_stopAfterTheFirstCall() {
    account.serve(live.stub);
    live.stub.on(
        "GET /2025-11-30/capacity-providers/" + LmiAccount.PROVIDER,
        r ->
            WireReplies.lambdaError(
                403,
                "UnrecognizedClientException",
                "The security token included in the request is invalid."));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DeploymentInspector(live.settings, live.sandbox.auditLog())
                    .inspect(
                        new InspectRequest(
                            "us-east-1", Optional.of(LmiAccount.PROVIDER), Optional.empty()),
                        LiveFixture.CLIENT));

    assertTrue(
        e.getMessage().contains("rejected the credentials (UnrecognizedClientException)"),
        e.getMessage());
    assertEquals(1, live.stub.received.size());
  }

  @Test
  void theCallBudget_stopsReadingAndSaysSo() {
    DeploymentReport report;
    account.serve(live.stub);
    report =
        new DeploymentInspector(live.settings.withMaxCalls(3), live.sandbox.auditLog())
            .inspect(
                new InspectRequest("us-east-1", Optional.of(LmiAccount.PROVIDER), Optional.empty()),
                LiveFixture.CLIENT);

    assertEquals(3, live.stub.received.size());
    Finding incomplete = finding(report, "LIVE-INCOMPLETE");
    assertTrue(incomplete.message().contains("LMI_ADVISOR_LIVE_MAX_CALLS"), incomplete.message());
    assertTrue(report.calls().stream().anyMatch(c -> c.outcome() == CallOutcome.SKIPPED));
    assertEquals(
        report.calls().stream().filter(c -> c.outcome() != CallOutcome.SKIPPED).count(),
        live.liveRecords().stream()
            .filter(r -> AccountCalls.TYPE_CALL.equals(r.get("type")))
            .count());
  }

  @Test
  void badArguments_areRefusedBeforeAnythingIsSent() {
    String region =
        assertThrows(
                IllegalArgumentException.class,
                () -> new InspectRequest("us-east-9", Optional.empty(), Optional.empty()))
            .getMessage();
    assertTrue(region.startsWith("unknown region 'us-east-9'; did you mean us-east-1"), region);
    assertThrows(
        IllegalArgumentException.class,
        () -> new InspectRequest("us-east-1", Optional.of("cp; rm -rf /"), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new InspectRequest("us-east-1", Optional.empty(), Optional.of("fn --debug")));
    assertEquals(List.of(), live.stub.received);
  }

  @Test
  void readOnlyPolicy_listsEachActionOnce() {
    List<String> actions = AwsOperation.iamActions();
    assertEquals(actions.size(), actions.stream().collect(Collectors.toSet()).size());
    assertTrue(actions.contains("lambda:GetCapacityProvider"));
    assertTrue(
        actions.stream()
            .allMatch(a -> a.matches("(lambda|ec2|iam|cloudwatch):(Get|List|Describe)[A-Za-z]+")),
        actions::toString);
  }

  @Test
  void aListThatNeverEnds_isReadUpToThePageLimit() {
    account.serve(live.stub);
    live.stub.on(
        "GET /2025-11-30/capacity-providers",
        r ->
            new dev.lmiadvisor.awsstub.AwsStub.Reply(
                200, "{\"CapacityProviders\":[],\"NextMarker\":\"more\"}", Map.of()));

    DeploymentReport report =
        new DeploymentInspector(live.settings, live.sandbox.auditLog())
            .inspect(
                new InspectRequest("us-east-1", Optional.empty(), Optional.empty()),
                LiveFixture.CLIENT);

    assertEquals(LiveSettings.DEFAULT_MAX_PAGES, live.stub.received.size());
    assertEquals("none", report.state());
    assertTrue(ruleIds(report).contains("LIVE-NO-PROVIDER"));
  }

  @Test
  void manyFunctions_areReadUpToTheLimit_andTheRestNamed() {
    for (int i = 2; i <= 10; i++) {
      account.functions.add(new LmiAccount.Function("fn-" + i));
    }

    DeploymentReport report = inspect();

    assertEquals(8, report.functions().size());
    String note = report.notes().getFirst();
    assertTrue(note.startsWith("2 more function(s) use this provider"), note);
    assertTrue(note.contains("fn-9, fn-10"), note);
  }
}

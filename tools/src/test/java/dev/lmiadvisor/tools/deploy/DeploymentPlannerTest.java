package dev.lmiadvisor.tools.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.sandbox.Evaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentPlannerTest {

  @TempDir static Path workingFolder;

  private static final List<String> SUBNETS =
      List.of("subnet-0aaa1111", "subnet-0bbb2222", "subnet-0ccc3333");
  private static final List<String> GROUPS = List.of("sg-0123456789abcdef0");

  private static Function<String, Evaluation> sandbox(boolean nonProduction) {
    return PlanningSandbox.check(workingFolder, nonProduction);
  }

  private static DeploymentPlan plan(DeploymentRequest request) {
    boolean nonProduction = request.environment().filter("non_production"::equals).isPresent();
    return new DeploymentPlanner(sandbox(nonProduction)).plan(request);
  }

  private static DeploymentRequest request(
      String runtime,
      Optional<String> architecture,
      Optional<String> region,
      Optional<Integer> memory,
      Optional<Integer> min,
      Optional<String> mode,
      Optional<String> environment) {
    return new DeploymentRequest(
        "orders-api",
        runtime,
        SUBNETS,
        GROUPS,
        architecture,
        region,
        memory,
        Optional.empty(),
        Optional.of(16),
        min,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("123456789012"),
        Optional.empty(),
        Optional.empty(),
        mode,
        environment);
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("defaults", DeploymentRequest.of("orders-api", "python", SUBNETS, GROUPS)),
        Arguments.of(
            "java x86",
            request(
                "java",
                Optional.of("x86_64"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())),
        Arguments.of(
            "nodejs24 eu",
            request(
                "nodejs24.x",
                Optional.empty(),
                Optional.of("eu-central-1"),
                Optional.of(2048),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())),
        Arguments.of(
            "dotnet numbered",
            request(
                "dotnet",
                Optional.empty(),
                Optional.of("ap-northeast-1"),
                Optional.of(8192),
                Optional.of(5),
                Optional.of("numbered_versions"),
                Optional.empty())),
        Arguments.of(
            "rust",
            request(
                "rust",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())),
        Arguments.of(
            "java25 China",
            request(
                "java25",
                Optional.empty(),
                Optional.of("cn-north-1"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())),
        Arguments.of(
            "non-production floor",
            request(
                "python3.14",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(1),
                Optional.of("numbered_versions"),
                Optional.of("non_production"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void noStepOfAPlanIsDenied(String name, DeploymentRequest request) {
    DeploymentPlan plan = plan(request);
    assertTrue(plan.steps().size() >= 13, "steps: " + plan.steps().size());
    for (DeploymentPlan.Step step : plan.steps()) {
      assertNotEquals(
          "denied",
          step.decision(),
          () -> step.order() + " " + step.command() + " -> " + step.rule());
      boolean read = step.command().matches("aws \\S+ (get|describe|list)-.*");
      assertEquals(read ? "allowed" : "requires_confirmation", step.decision(), step.command());
      assertEquals(step.order(), plan.steps().indexOf(step) + 1);
    }
  }

  @Test
  void followsTheSeedsStepFiveInOrderWithRealFlags() {
    DeploymentPlan plan = plan(DeploymentRequest.of("orders-api", "python", SUBNETS, GROUPS));
    List<String> commands = plan.steps().stream().map(DeploymentPlan.Step::command).toList();
    List<String> order =
        List.of(
            "aws sts get-caller-identity",
            "aws ec2 describe-subnets",
            "aws iam create-role --region us-east-1 --role-name orders-api-exec",
            "aws iam create-role --region us-east-1 --role-name orders-api-cp-operator",
            "aws lambda create-capacity-provider",
            "aws lambda get-capacity-provider",
            "aws lambda create-function",
            "aws lambda publish-version",
            "aws lambda put-function-scaling-config");
    int at = -1;
    for (String prefix : order) {
      int found = -1;
      for (int i = at + 1; i < commands.size(); i++) {
        if (commands.get(i).startsWith(prefix)) {
          found = i;
          break;
        }
      }
      assertTrue(found > at, prefix + " comes after the previous step in " + commands);
      at = found;
    }
    String all = String.join("\n", commands);
    assertTrue(
        all.contains(
            "--vpc-config SubnetIds=subnet-0aaa1111,subnet-0bbb2222,subnet-0ccc3333,SecurityGroupIds=sg-0123456789abcdef0"),
        all);
    assertTrue(
        all.contains("--capacity-provider-scaling-config MaxVCpuCount=96,ScalingMode=Auto"), all);
    assertTrue(all.contains("--publish-to LATEST_PUBLISHED"), all);
    assertTrue(
        all.contains(
            "--qualifier '$LATEST.PUBLISHED' --function-scaling-config MinExecutionEnvironments=3,MaxExecutionEnvironments=30"),
        all);
    assertTrue(all.contains("--memory-size 4096"), all);
    assertTrue(all.contains("arn:aws:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator"), all);
    assertTrue(
        all.contains("\"aws:SourceAccount\":\"111122223333\"")
            && all.contains(
                "\"aws:SourceArn\":\"arn:aws:lambda:us-east-1:111122223333:capacity-provider:*\""),
        all);
    assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("placeholder")));
    assertTrue(plan.samTemplate().contains("Type: AWS::Serverless::CapacityProvider"));
    assertTrue(
        plan.samTemplate()
            .contains("CapacityProviderConfig:\n        Arn: !GetAtt 'CapacityProvider.Arn'"));
    assertTrue(plan.samTemplate().contains("MinExecutionEnvironments: 3"));
    assertTrue(plan.samTemplate().contains("Runtime: python3.13"));
  }

  @Test
  void numberedVersionsEndWithAWeightedAliasCutover() {
    DeploymentPlan plan =
        plan(
            request(
                "java",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("numbered_versions"),
                Optional.empty()));
    List<String> commands = plan.steps().stream().map(DeploymentPlan.Step::command).toList();
    assertTrue(
        commands.stream()
            .anyMatch(
                c ->
                    c.startsWith("aws lambda create-alias") && c.contains("--function-version 1")));
    assertTrue(
        commands.stream()
            .anyMatch(
                c -> c.contains("--routing-config '{\"AdditionalVersionWeights\":{\"2\":0.1}}'")));
    assertTrue(commands.stream().noneMatch(c -> c.contains("LATEST_PUBLISHED")));
  }

  @Test
  void refusesInputsThatWouldNeedADeniedCommand() {
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    plan(
                        request(
                            "python",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(1024),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty())))
            .getMessage()
            .contains("2048"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    plan(
                        request(
                            "python",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(2),
                            Optional.empty(),
                            Optional.empty())))
            .getMessage()
            .contains("at least 3"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> plan(DeploymentRequest.of("orders-api", "python3.12", SUBNETS, GROUPS)))
            .getMessage()
            .contains("python3.13+"));
    assertThrows(
        IllegalArgumentException.class,
        () -> plan(DeploymentRequest.of("orders api; rm", "python", SUBNETS, GROUPS)));
    assertThrows(
        IllegalArgumentException.class,
        () -> plan(DeploymentRequest.of("f", "python", List.of("subnet-1 --debug"), GROUPS)));
    assertThrows(
        IllegalArgumentException.class,
        () -> plan(DeploymentRequest.of("f", "python", SUBNETS, List.of())));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    plan(
                        request(
                            "python",
                            Optional.empty(),
                            Optional.of("us-east-9"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty())))
            .getMessage()
            .contains("did you mean"));
  }

  @Test
  void warnsAboutFewerThanThreeSubnets() {
    DeploymentPlan plan = plan(DeploymentRequest.of("f", "nodejs", List.of("subnet-a1"), GROUPS));
    assertTrue(
        plan.warnings().stream().anyMatch(w -> w.contains("3 distinct zones")),
        plan.warnings().toString());
  }

  @Test
  void derivesTheVcpuCeilingFromTheLargestScale() {
    assertEquals(96, DeploymentPlanner.defaultMaxVcpu(30, 1));
    assertEquals(8, DeploymentPlanner.defaultMaxVcpu(1, 1));
    assertEquals(15000, DeploymentPlanner.defaultMaxVcpu(15000, 4));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "us-east-1, aws",
    "eu-west-1, aws",
    "cn-north-1, aws-cn",
    "cn-northwest-1, aws-cn",
    "us-gov-west-1, aws-us-gov",
    "us-iso-east-1, aws-iso"
  })
  void partitionComesFromTheSdksRegionMetadata(String region, String partition) {
    org.junit.jupiter.api.Assertions.assertEquals(partition, DeploymentPlanner.partitionOf(region));
  }
}

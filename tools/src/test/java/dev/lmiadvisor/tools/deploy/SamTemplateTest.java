package dev.lmiadvisor.tools.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationReviewer;
import dev.lmiadvisor.tools.vocabulary.RuntimeVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The planner's SAM template read back: by a YAML parser that keeps tags (so the short intrinsic
 * functions are checked as tags, not as text), and by review_configuration's reviewer, which finds
 * nothing to warn about.
 */
class SamTemplateTest {

  @TempDir static Path workingFolder;

  private static final List<String> SUBNETS =
      List.of("subnet-0aaa1111", "subnet-0bbb2222", "subnet-0ccc3333");

  private static DeploymentPlan plan(DeploymentRequest request) {
    return new DeploymentPlanner(PlanningSandbox.check(workingFolder, true)).plan(request);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.lmiadvisor.tools.deploy.DeploymentPlannerTest#variants")
  void theTemplateReadsBackWithItsIntrinsicFunctionsAsTags(String name, DeploymentRequest request) {
    DeploymentPlan plan = plan(request);
    MappingNode root = (MappingNode) parse(plan.samTemplate());

    assertEquals("2010-09-09", text(root, "AWSTemplateFormatVersion"));
    assertEquals("AWS::Serverless-2016-10-31", text(root, "Transform"));
    MappingNode resources = mapping(root, "Resources");
    MappingNode function = mapping(mapping(resources, "Function"), "Properties");
    assertEquals(request.functionName(), text(function, "FunctionName"));
    assertEquals(RuntimeVersion.resolve(request.runtime()).id(), text(function, "Runtime"));
    assertTagged(
        get(mapping(function, "CapacityProviderConfig"), "Arn"), "!GetAtt", "CapacityProvider.Arn");
    assertTagged(get(function, "Role"), "!GetAtt", "FunctionExecutionRole.Arn");
    assertEquals(Tag.INT, get(function, "MemorySize").getTag());
    assertEquals(
        Tag.FLOAT,
        get(mapping(function, "CapacityProviderConfig"), "ExecutionEnvironmentMemoryGiBPerVCpu")
            .getTag());

    MappingNode provider = mapping(mapping(resources, "CapacityProvider"), "Properties");
    assertTagged(get(provider, "OperatorRole"), "!GetAtt", "OperatorRole.Arn");
    assertEquals(
        SUBNETS.size(),
        ((SequenceNode) get(mapping(provider, "VpcConfig"), "SubnetIds")).getValue().size());

    MappingNode operatorRole = mapping(mapping(resources, "OperatorRole"), "Properties");
    MappingNode trust = mapping(operatorRole, "AssumeRolePolicyDocument");
    assertEquals("2012-10-17", text(trust, "Version"));
    MappingNode condition =
        mapping(
            (MappingNode) ((SequenceNode) get(trust, "Statement")).getValue().get(0), "Condition");
    assertTagged(
        get(mapping(condition, "StringEquals"), "aws:SourceAccount"), "!Ref", "AWS::AccountId");
    assertTagged(
        get(mapping(condition, "ArnLike"), "aws:SourceArn"),
        "!Sub",
        "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:capacity-provider:*");
    assertTagged(
        ((SequenceNode) get(operatorRole, "ManagedPolicyArns")).getValue().get(0),
        "!Sub",
        "arn:${AWS::Partition}:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator");

    assertTagged(
        get(mapping(mapping(root, "Outputs"), "LiveAliasArn"), "Value"),
        "!Ref",
        "FunctionAliaslive");
  }

  /**
   * Nothing to fix: no error, and no warning but those a plan asks for and warns about itself,
   * {@code per_execution_environment_max_concurrency} left to the runtime default and fewer than 3
   * execution environments outside production.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.lmiadvisor.tools.deploy.DeploymentPlannerTest#variants")
  void reviewConfigurationFindsNothingToFixInThePlannersTemplate(
      String name, DeploymentRequest request) {
    List<String> serious =
        new ConfigurationReviewer()
            .review(plan(request).samTemplate(), Optional.of("yaml")).findings().stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.severity().id() + " " + f.ruleId())
                .sorted()
                .toList();
    List<String> asked = new ArrayList<>();
    if (request.perExecutionEnvironmentMaxConcurrency().isEmpty()) {
      asked.add("warning CFG-CONCURRENCY-UNSET");
    }
    if (request.minExecutionEnvironments().filter(min -> min < 3).isPresent()) {
      asked.add("warning CFG-MIN-ENVIRONMENTS");
    }
    assertEquals(asked.stream().sorted().toList(), serious);
  }

  @Test
  void wordsThatYaml11ReadersTakeForBooleansOrNumbersStayStrings() {
    // A function may be called "on" or "1_000"; PyYAML (cfn-lint, the SAM CLI) would read those
    // unquoted as true and 1000.
    for (String function : List.of("on", "No", "1_000", "0x1F")) {
      String yaml =
          plan(DeploymentRequest.of(function, "python", SUBNETS, List.of("sg-1"))).samTemplate();
      assertTrue(yaml.contains("FunctionName: '" + function + "'"), yaml);
      MappingNode properties =
          mapping(
              mapping(mapping((MappingNode) parse(yaml), "Resources"), "Function"), "Properties");
      assertEquals(Tag.STR, get(properties, "FunctionName").getTag());
    }
  }

  private static Node parse(String yaml) {
    return new Compose(LoadSettings.builder().setSchema(new CoreSchema()).build())
        .composeString(yaml)
        .orElseThrow();
  }

  private static Node get(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (((ScalarNode) tuple.getKeyNode()).getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    throw new AssertionError("no " + key + " in the template");
  }

  private static MappingNode mapping(MappingNode mapping, String key) {
    return (MappingNode) get(mapping, key);
  }

  private static String text(MappingNode mapping, String key) {
    Node node = get(mapping, key);
    assertEquals(Tag.STR, node.getTag(), key + " is a string");
    return ((ScalarNode) node).getValue();
  }

  private static void assertTagged(Node node, String tag, String argument) {
    assertEquals(new Tag(tag), node.getTag());
    assertEquals(argument, ((ScalarNode) node).getValue());
  }

  @Test
  void memoryAndRatioGiveWholeVcpus_theDefaultRatioFollowsTheMemory() {
    assertEquals(4.0, DeploymentPlanner.defaultRatio(4096));
    assertEquals(4.0, DeploymentPlanner.defaultRatio(8192));
    assertEquals(2.0, DeploymentPlanner.defaultRatio(2048));
    assertEquals(2.0, DeploymentPlanner.defaultRatio(6144));
    DeploymentRequest small = DeploymentRequest.of("f", "python", SUBNETS, List.of("sg-1"));
    IllegalArgumentException belowOneVcpu =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                plan(
                    new DeploymentRequest(
                        "f",
                        "python",
                        SUBNETS,
                        List.of("sg-1"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(2048),
                        Optional.of(4.0),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())));
    assertEquals(
        "memory_mb 2048 is less than one vCPU at memory_gib_per_vcpu 4.0 (one vCPU needs 4096 MB);"
            + " raise memory_mb or lower memory_gib_per_vcpu",
        belowOneVcpu.getMessage());
    assertTrue(plan(small).samTemplate().contains("ExecutionEnvironmentMemoryGiBPerVCpu: 4.0"));
  }
}

package dev.lmiadvisor.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

class AlternativeCatalogTest {

  private static final RegionCatalog CATALOG = RegionCatalog.standard();
  private static final AlternativeCatalog ALTERNATIVES =
      AlternativeCatalog.load(CATALOG, SourceLibrary.load());

  private static List<String> offered(String region) {
    return ALTERNATIVES.choicesFor(CATALOG.require(region)).offered().stream()
        .map(Alternative::id)
        .toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // China: Fargate, provisioned concurrency and EC2 Auto Scaling exist; App Runner does not.
        "cn-north-1|ecs-fargate lambda-provisioned-concurrency ec2-auto-scaling",
        "cn-northwest-1|ecs-fargate lambda-provisioned-concurrency ec2-auto-scaling",
        "us-gov-west-1|ecs-fargate lambda-provisioned-concurrency ec2-auto-scaling",
        "me-central-1|ecs-fargate lambda-provisioned-concurrency ec2-auto-scaling",
        "me-south-1|ecs-fargate lambda-provisioned-concurrency ec2-auto-scaling",
        // Fargate is not confirmed in these by any source read, so it is not proposed.
        "il-central-1|lambda-provisioned-concurrency ec2-auto-scaling",
        "ap-southeast-6|lambda-provisioned-concurrency ec2-auto-scaling",
        // Closed partition: only what the SDK's endpoint metadata shows.
        "us-iso-east-1|ec2-auto-scaling",
        // App Runner exists in few Regions; us-east-1 is one of them.
        "us-east-1|ecs-fargate lambda-provisioned-concurrency ec2-auto-scaling app-runner",
        "sa-east-1|ecs-fargate lambda-provisioned-concurrency ec2-auto-scaling",
      })
  void offersOnlyAlternativesThatExistInTheRegion(String region, String expected) {
    assertEquals(Arrays.asList(expected.split(" ")), offered(region));
  }

  @Test
  void saysWhyAppRunnerIsNotOfferedInChina() {
    AlternativeCatalog.NotOffered appRunner =
        ALTERNATIVES.choicesFor(CATALOG.require("cn-north-1")).notOffered().stream()
            .filter(n -> n.id().equals("app-runner"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        appRunner.reason().contains("no 'apprunner' endpoint in cn-north-1"), appRunner.reason());
  }

  @Test
  void saysWhyFargateIsNotProposedWhereItIsUnconfirmed() {
    AlternativeCatalog.NotOffered fargate =
        ALTERNATIVES.choicesFor(CATALOG.require("il-central-1")).notOffered().stream()
            .filter(n -> n.id().equals("ecs-fargate"))
            .findFirst()
            .orElseThrow();
    assertTrue(fargate.reason().contains("confirms Fargate in this Region"), fargate.reason());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cn-north-1|ecs-fargate|cnn1-az1",
        "cn-north-1|ecs-fargate|EKS on Fargate in the China Regions was not confirmed",
        "us-gov-east-1|ecs-fargate|EKS on Fargate isn't available in GovCloud",
        "cn-northwest-1|ec2-auto-scaling|Hibernated",
        "us-east-1|app-runner|no longer open to new customers",
      })
  void regionSpecificCaveatsTravelWithTheAlternative(String region, String id, String caveat) {
    Alternative alternative =
        ALTERNATIVES.choicesFor(CATALOG.require(region)).offered().stream()
            .filter(a -> a.id().equals(id))
            .findFirst()
            .orElseThrow();
    assertTrue(
        alternative.caveats().stream().anyMatch(c -> c.contains(caveat)),
        alternative.caveats().toString());
  }

  static Stream<RegionInfo> everyRegion() {
    return CATALOG.all().stream();
  }

  /** An independent look at the SDK's endpoint metadata: no alternative without its service. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRegion")
  void noAlternativeIsOfferedWhereTheSdkHasNoEndpointForIt(RegionInfo region) {
    Set<String> appRunnerRegions =
        ServiceMetadata.of("apprunner").regions().stream()
            .map(Region::id)
            .collect(Collectors.toSet());
    Set<String> ecsRegions =
        ServiceMetadata.of("ecs").regions().stream().map(Region::id).collect(Collectors.toSet());
    for (String id : offered(region.code())) {
      switch (id) {
        case "app-runner" -> assertTrue(appRunnerRegions.contains(region.code()), region.code());
        case "ecs-fargate" -> assertTrue(ecsRegions.contains(region.code()), region.code());
        default -> {}
      }
    }
  }

  @Test
  void everyAlternativeSaysWhatItKeepsAndLoses() {
    for (Alternative alternative : ALTERNATIVES.all()) {
      assertTrue(
          Set.of("low", "medium", "high").contains(alternative.complexity()), alternative.id());
      assertTrue(
          !alternative.keeps().isEmpty() && !alternative.loses().isEmpty(), alternative.id());
      assertTrue(
          !alternative.services().isEmpty() && !alternative.sources().isEmpty(), alternative.id());
    }
  }
}

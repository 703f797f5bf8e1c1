package dev.lmiadvisor.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.awsstub.AwsStub;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class RegionAvailabilityServiceTest {

  private static final RegionAvailabilityService SERVICE =
      RegionAvailabilityService.load(
          () -> {
            throw new AssertionError("no live probe unless asked for");
          });

  @Test
  void chinaHasNoLmi_getsAlternativesThatExistThere_andNeighboursAcrossThePartition() {
    RegionReport report = SERVICE.check("cn-north-1", null, false);

    assertFalse(report.available());
    assertEquals(AvailabilityStatus.NOT_AVAILABLE, report.entry().status());
    assertEquals("aws-cn", report.region().partition().id());
    assertEquals(
        List.of("ecs-fargate", "lambda-provisioned-concurrency", "ec2-auto-scaling"),
        report.alternatives().stream().map(Alternative::id).toList());
    assertTrue(report.alternativesNotOffered().stream().anyMatch(n -> n.id().equals("app-runner")));
    assertFalse(report.nearestAvailable().isEmpty());
    report.nearestAvailable().forEach(n -> assertFalse(n.samePartition()));
    PartitionMove move = report.partitionMove().orElseThrow();
    List<String> topics =
        move.considerations().stream().map(PartitionMove.Consideration::topic).toList();
    assertTrue(topics.contains("Separate accounts and partition"), topics.toString());
    assertTrue(topics.contains("Data residency"), topics.toString());
    assertTrue(topics.stream().anyMatch(t -> t.startsWith("ICP")), topics.toString());
    assertTrue(report.probe().isEmpty());
  }

  @Test
  void govCloudIsUnknown_withAReason_andStillGetsAlternatives() {
    RegionReport report = SERVICE.check("us-gov-west-1", null, false);

    assertEquals(AvailabilityStatus.UNKNOWN, report.entry().status());
    assertTrue(report.entry().reason().contains("No source settles it"), report.entry().reason());
    assertFalse(report.alternatives().isEmpty());
    assertTrue(report.partitionMove().isPresent());
  }

  @Test
  void whereLmiIsAvailableThereAreNoAlternatives_andNeighboursStayInThePartition() {
    RegionReport report = SERVICE.check("eu-central-1", null, false);

    assertTrue(report.available());
    assertTrue(report.alternatives().isEmpty());
    assertTrue(report.partitionMove().isEmpty());
    report.nearestAvailable().forEach(n -> assertTrue(n.samePartition()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "us-east-9||unknown region 'us-east-9'; did you mean us-east-1?",
        "cn-north-1|lmi-v2|unknown feature 'lmi-v2'; known features: lambda-managed-instances",
      })
  void inputACallerCanFixIsRefusedWithTheFix(String region, String feature, String message) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> SERVICE.check(region, feature, false));
    assertTrue(error.getMessage().startsWith(message), error.getMessage());
  }

  @Test
  void featureNamesAreNormalisedLikeRegionCodes() {
    assertEquals(
        "lambda-managed-instances",
        SERVICE.check(" CN-NORTH-1 ", " Lambda-Managed-Instances ", false).feature());
  }

  @ParameterizedTest(name = "dataset {0}, Lambda answers {1} -> agrees {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        "cn-north-1, 404, UnknownOperationException, true",
        "cn-north-1, 200, none, false",
        "eu-central-1, 200, none, true",
        "cn-north-1, 403, AccessDeniedException, none",
        "us-gov-west-1, 200, none, none",
      })
  void theLiveProbeIsReportedBesideTheDatasetsAnswer(
      String region, int status, String errorType, Boolean agrees) throws Exception {
    String body = status == 200 ? "{\"CapacityProviders\":[]}" : "{\"message\":\"stubbed\"}";
    try (AwsStub lambda = LambdaStub.answering(status, errorType, body)) {
      RegionAvailabilityService live =
          RegionAvailabilityService.load(
              () ->
                  new CapacityProviderProbe(
                      Optional.of(lambda.endpoint()),
                      StaticCredentialsProvider.create(
                          AwsBasicCredentials.create("AKID", "secret")),
                      Duration.ofSeconds(5)));

      RegionReport report = live.check(region, null, true);

      assertTrue(report.probe().isPresent());
      assertEquals(Optional.ofNullable(agrees), report.probeAgreesWithDataset());
    }
  }

  @Test
  void listFiltersByPartitionAndAvailability() {
    int all = SERVICE.list(null, null, null).size();
    assertEquals(SERVICE.catalog().all().size(), all);
    assertEquals(
        List.of("cn-north-1", "cn-northwest-1"),
        SERVICE.list("aws-cn", null, null).stream().map(s -> s.region().code()).toList());
    List<RegionStatus> available = SERVICE.list(null, true, null);
    List<RegionStatus> missing = SERVICE.list(null, false, null);
    assertEquals(all, available.size() + missing.size());
    available.forEach(s -> assertTrue(s.entry().available()));
    missing.forEach(s -> assertFalse(s.entry().available()));
    assertTrue(SERVICE.list("aws-cn", true, null).isEmpty());
  }

  @Test
  void listRefusesAnUnknownPartition() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> SERVICE.list("mars", null, null));
    assertTrue(error.getMessage().contains("known partitions: "), error.getMessage());
  }
}

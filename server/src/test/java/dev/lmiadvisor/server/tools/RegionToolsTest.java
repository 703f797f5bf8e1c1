package dev.lmiadvisor.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.awsstub.AwsStub;
import dev.lmiadvisor.regions.CapacityProviderProbe;
import dev.lmiadvisor.regions.RegionAvailabilityService;
import dev.lmiadvisor.regions.RegionReport;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.mcp.ToolCalls;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.server.tools.regions.CheckRegionAvailability;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class RegionToolsTest {

  private static final Services SERVICES = new Services();
  private static final Inventory INVENTORY = Toolsets.inventory(SERVICES);
  private static final JsonSchemaValidator VALIDATOR = new DefaultJsonSchemaValidator();

  private static ToolDefinition tool(String name) {
    return INVENTORY.tool(name).orElseThrow();
  }

  private static McpSchema.CallToolResult call(String name, Map<String, Object> arguments) {
    return ToolCalls.call(tool(name), arguments, Caller.commandLine());
  }

  private static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().getFirst()).text();
  }

  private static void assertMatchesOutputSchema(String tool, Object structured) {
    JsonSchemaValidator.ValidationResponse response =
        VALIDATOR.validate(tool(tool).outputSchema(), structured);
    assertTrue(response.valid(), response.errorMessage());
  }

  @Test
  void bothToolsAreRegisteredInTheRegionsToolsetWithExplicitHints() {
    ToolDefinition check = tool("check_region_availability");
    assertEquals("regions", check.toolset());
    assertTrue(check.hints().readOnly());
    assertFalse(check.hints().destructive());
    assertTrue(check.hints().idempotent());
    assertTrue(check.hints().openWorld(), "live=true reaches AWS");
    ToolDefinition list = tool("list_regions");
    assertTrue(list.hints().readOnly());
    assertFalse(list.hints().openWorld(), "list_regions never leaves the process");
    for (ToolDefinition t : List.of(check, list)) {
      assertTrue(VALIDATOR.validateSchema(t.inputSchema()).valid(), t.name());
      assertTrue(VALIDATOR.validateSchema(t.outputSchema()).valid(), t.name());
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "cn-north-1, not_available",
    "' CN-NORTHWEST-1 ', not_available",
    "us-gov-west-1, unknown",
    "us-iso-east-1, unknown",
    "eusc-de-east-1, unknown",
    "il-central-1, not_available",
    "us-east-1, available",
    "ap-east-2, available",
  })
  void checkAnswersEveryKindOfRegionWithOutputMatchingItsSchema(String region, String status) {
    McpSchema.CallToolResult result = call("check_region_availability", Map.of("region", region));

    assertFalse(result.isError(), text(result));
    Map<String, Object> out =
        result.structuredContent() instanceof Map<?, ?> m ? cast(m) : Map.of();
    assertMatchesOutputSchema("check_region_availability", out);
    assertEquals(region.strip().toLowerCase(), out.get("region"));
    assertEquals(status, out.get("status"));
    assertEquals(status.equals("available"), out.get("available"));
    assertFalse(((List<?>) out.get("sources")).isEmpty());
    assertNotNull(out.get("as_of"));
    assertTrue(text(result).contains(region.strip().toLowerCase()), text(result));
  }

  @Test
  void theSchemaCheckCatchesAnOutputThatBreaksTheContract() {
    Map<String, Object> out =
        new java.util.HashMap<>(
            cast(
                (Map<?, ?>)
                    call("check_region_availability", Map.of("region", "cn-north-1"))
                        .structuredContent()));
    out.put("status", "maybe");
    assertFalse(VALIDATOR.validate(tool("check_region_availability").outputSchema(), out).valid());
    out.remove("status");
    assertFalse(VALIDATOR.validate(tool("check_region_availability").outputSchema(), out).valid());
  }

  @Test
  void chinaGetsTheAlternativesThatExistThereAndNearestRegionsAcrossThePartition() {
    Map<String, Object> out =
        cast(
            (Map<?, ?>)
                call("check_region_availability", Map.of("region", "cn-north-1"))
                    .structuredContent());
    List<Map<String, Object>> alternatives = castList(out.get("alternatives"));
    assertEquals(
        List.of("ecs-fargate", "lambda-provisioned-concurrency", "ec2-auto-scaling"),
        alternatives.stream().map(a -> a.get("id")).toList());
    alternatives.forEach(
        a -> {
          for (String field : List.of("id", "name", "services", "complexity", "keeps", "loses")) {
            assertNotNull(a.get(field), field);
          }
        });
    List<Map<String, Object>> nearest = castList(out.get("nearest_available_regions"));
    assertFalse(nearest.isEmpty());
    nearest.forEach(
        n -> {
          assertEquals(false, n.get("same_partition"));
          assertNotNull(n.get("caveat"));
          assertTrue(((Number) n.get("distance_km")).longValue() > 0);
        });
    assertNotNull(out.get("cross_partition_move"));
    assertEquals(null, out.get("live_probe"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "check_region_availability|region=us-east-9|unknown region 'us-east-9'; did you mean us-east-1?",
        "check_region_availability|region=cn-north-1,feature=lmi-v2|unknown feature 'lmi-v2'; known features: lambda-managed-instances",
        "list_regions|partition=mars|unknown partition 'mars'; known partitions: ",
      })
  void fixableInputIsAnIsErrorResultThatSaysWhatToChange(
      String tool, String arguments, String message) {
    Map<String, Object> args = new java.util.HashMap<>();
    for (String pair : arguments.split(",")) {
      String[] kv = pair.split("=", 2);
      args.put(kv[0], kv[1]);
    }
    McpSchema.CallToolResult result = call(tool, args);
    assertTrue(result.isError());
    assertTrue(text(result).startsWith(message), text(result));
  }

  @ParameterizedTest(name = "partition={0} available={1}")
  @CsvSource(
      nullValues = "none",
      value = {"none, none", "aws-cn, none", "none, true", "none, false", "aws-us-gov, false"})
  void listRegionsFiltersAndMatchesItsSchema(String partition, Boolean available) {
    Map<String, Object> args = new java.util.HashMap<>();
    if (partition != null) {
      args.put("partition", partition);
    }
    if (available != null) {
      args.put("available", available);
    }
    McpSchema.CallToolResult result = call("list_regions", args);
    assertFalse(result.isError(), text(result));
    Map<String, Object> out = cast((Map<?, ?>) result.structuredContent());
    assertMatchesOutputSchema("list_regions", out);
    List<Map<String, Object>> regions = castList(out.get("regions"));
    assertEquals(regions.size(), ((Number) out.get("count")).intValue());
    assertFalse(regions.isEmpty());
    for (Map<String, Object> region : regions) {
      if (partition != null) {
        assertEquals(partition, region.get("partition"));
      }
      if (available != null) {
        assertEquals(available, "available".equals(region.get("status")));
      }
    }
  }

  @Test
  void theRegionsResourceHoldsEveryRegionWithStatusDateAndSources() throws Exception {
    ResourceDefinition resource =
        INVENTORY.resources().stream()
            .filter(r -> r.uri().equals("lmi://regions"))
            .findFirst()
            .orElseThrow();
    ResourceDefinition.Contents contents = resource.reader().get().getFirst();
    assertEquals("application/json", contents.mimeType());
    Map<String, Object> document =
        new ObjectMapper().readValue(contents.text(), new TypeReference<>() {});
    List<Map<String, Object>> regions = castList(document.get("regions"));
    assertEquals(SERVICES.regions().catalog().all().size(), regions.size());
    regions.forEach(
        r -> {
          assertNotNull(r.get("status"), r.toString());
          assertNotNull(r.get("as_of"), r.toString());
          assertFalse(castList(r.get("sources")).isEmpty(), r.toString());
        });
  }

  @Test
  void aLiveProbeResultAlsoMatchesTheOutputSchema() throws Exception {
    try (AwsStub lambda = new AwsStub()) {
      lambda.onAnything(
          request ->
              AwsStub.Reply.restError(404, "UnknownOperationException", "no such operation"));
      URI endpoint = lambda.endpoint();
      RegionAvailabilityService live =
          RegionAvailabilityService.load(
              () ->
                  new CapacityProviderProbe(
                      Optional.of(endpoint),
                      StaticCredentialsProvider.create(
                          AwsBasicCredentials.create("AKID", "secret")),
                      Duration.ofSeconds(5)));
      RegionReport result = live.check("cn-northwest-1", null, true);
      Map<String, Object> out = ToolJson.toMap(result);
      assertMatchesOutputSchema("check_region_availability", out);
      Map<String, Object> probe = cast((Map<?, ?>) out.get("live_probe"));
      assertEquals("not_supported", probe.get("outcome"));
      assertEquals(true, probe.get("agrees_with_dataset"));
      assertTrue(CheckRegionAvailability.text(result).contains("Live probe (not_supported)"));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> castList(Object list) {
    return (List<Map<String, Object>>) list;
  }
}

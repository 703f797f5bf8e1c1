package dev.lmiadvisor.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each tool's output laid out as Block Kit. Outputs are shaped like SPEC.md's output fields; the
 * blocks are serialized with the Slack SDK's own Gson, exactly as they would be sent.
 */
class ToolRepliesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void costs_showBothBillsSideBySide_theVerdict_andThePriceDate() {
    Map<String, Object> output =
        Map.of(
            "standard_lambda",
            Map.of("request_usd", 60.0, "duration_usd", 1000.5, "monthly_usd", 1060.5),
            "lmi",
            Map.of(
                "instance_type", "m7g.xlarge",
                "instance_count", 3,
                "hourly_usd_per_instance", 0.1632,
                "ec2_usd", 357.41,
                "management_fee_usd", 53.61,
                "request_usd", 60.0,
                "monthly_usd", 471.02),
            "cheaper",
            "lmi",
            "savings_pct",
            55.58,
            "break_even_monthly_requests",
            123_456_789,
            "prices_as_of",
            "2026-11-21",
            "must_mention",
            List.of("LMI bills EC2 instances, a management fee and requests."));

    JsonNode blocks = render("compare_costs", output);
    JsonNode fields = firstWith(blocks, "fields").path("fields");

    assertEquals(
        "*Standard Lambda*\nRequests: $60.00\nDuration: $1,000.50\nMonthly: *$1,060.50*",
        fields.get(0).path("text").asText());
    assertTrue(fields.get(1).path("text").asText().startsWith("*LMI (m7g.xlarge × 3)*"));
    assertTrue(fields.get(1).path("text").asText().contains("Management fee: $53.61"));
    String all = blocks.toString();
    assertTrue(all.contains("*Cheaper:* LMI, by 55.6%"), all);
    assertTrue(all.contains("*Break-even:* 123,456,789 requests a month"), all);
    assertTrue(all.contains("Prices as of 2026-11-21"), all);
    assertTrue(all.contains("management fee and requests"), all);
  }

  @Test
  void sizing_isATableInReadingOrder_withWarnings() {
    Map<String, Object> output =
        new java.util.LinkedHashMap<>(
            Map.of(
                "warnings",
                List.of("Python needs memory per process."),
                "memory_mb",
                8192,
                "min_execution_environments",
                3,
                "suggested_instance_types",
                List.of("m7g.2xlarge", "m8g.2xlarge")));

    JsonNode blocks = render("compute_sizing", output);
    JsonNode fields = firstWith(blocks, "fields").path("fields");

    assertEquals("*Function memory*\n8,192 MB", fields.get(0).path("text").asText());
    assertEquals("*Minimum execution environments*\n3", fields.get(1).path("text").asText());
    assertEquals(
        "*Suggested instance types*\nm7g.2xlarge, m8g.2xlarge",
        fields.get(2).path("text").asText());
    assertTrue(blocks.toString().contains("Python needs memory per process."));
  }

  @Test
  void region_showsStatusDateSources_andAlternatives() {
    Map<String, Object> output =
        Map.of(
            "region", "cn-north-1",
            "region_name", "China (Beijing)",
            "partition", "aws-cn",
            "available", false,
            "status", "not_available",
            "as_of", "2026-11-21",
            "sources",
                List.of(
                    Map.of(
                        "id", "lmi-regions",
                        "title", "LMI Regions",
                        "url", "https://docs.aws.amazon.com/lambda/regions.html")),
            "alternatives",
                List.of(
                    Map.of(
                        "id",
                        "ecs-fargate",
                        "name",
                        "Amazon ECS on AWS Fargate",
                        "services",
                        List.of("ECS", "Fargate"),
                        "complexity",
                        "medium",
                        "keeps",
                        List.of("no servers to manage"),
                        "loses",
                        List.of("Lambda event sources"))),
            "nearest_available_regions",
                List.of(Map.of("region", "ap-northeast-1", "distance_km", 2097.6)));

    JsonNode blocks = render("check_region_availability", output);
    String all = blocks.toString();

    assertEquals("cn-north-1 — China (Beijing)", blocks.get(0).path("text").path("text").asText());
    assertTrue(all.contains("*Lambda Managed Instances*\\n*not available*"), all);
    assertTrue(all.contains("*As of*\\n2026-11-21"), all);
    assertTrue(all.contains("<https://docs.aws.amazon.com/lambda/regions.html|LMI Regions>"), all);
    assertTrue(all.contains("*Amazon ECS on AWS Fargate* · effort: medium"), all);
    assertTrue(all.contains("_Loses:_ Lambda event sources"), all);
    assertTrue(all.contains("• `ap-northeast-1` — 2,098 km"), all);
  }

  @Test
  void anUnknownTool_getsItsScalarFieldsAsATable_andItsText() {
    Map<String, Object> output =
        new java.util.LinkedHashMap<>(
            Map.of("total", 12, "chain_valid", true, "entries", List.of(Map.of("id", 1))));

    JsonNode blocks =
        json(
            ToolReplies.render(
                "query_audit_log",
                "Query the audit log",
                Map.of(),
                output,
                "12 entries, chain intact",
                "Asked by <@U1>",
                Optional.empty(),
                List.of()));
    String all = blocks.toString();

    assertEquals("Query the audit log", blocks.get(0).path("text").path("text").asText());
    assertTrue(all.contains("*Total*\\n12"), all);
    assertTrue(all.contains("*Chain valid*\\nyes"), all);
    assertTrue(all.contains("*Entries*\\n1 items"), all);
    assertTrue(all.contains("12 entries, chain intact"), all);
  }

  @Test
  void aCliDecision_putsTheApprovalOutcomeFirst_andShowsTheAuditRecord() {
    Map<String, Object> output =
        Map.of(
            "decision", "denied",
            "reason", "the person did not confirm",
            "service", "lambda",
            "operation", "DeleteFunction",
            "executed", false,
            "audit_id", "a-17");

    JsonNode blocks =
        json(
            ToolReplies.render(
                "run_aws_cli",
                "Run",
                Map.of(),
                output,
                "",
                "Asked by <@U1>",
                Optional.empty(),
                List.of("Denied by <@U2>; nothing was run.")));

    assertEquals("AWS CLI: denied", blocks.get(0).path("text").path("text").asText());
    assertEquals(
        "Denied by <@U2>; nothing was run.", blocks.get(1).path("text").path("text").asText());
    assertTrue(blocks.toString().contains("*Audit record*\\n`a-17`"));
  }

  private static JsonNode render(String tool, Map<String, Object> output) {
    return json(
        ToolReplies.render(
            tool,
            tool,
            Map.of("question", "q"),
            output,
            "",
            "Asked by <@U1>",
            Optional.empty(),
            List.of()));
  }

  static JsonNode json(Reply reply) {
    try {
      return JSON.readTree(GsonFactory.createSnakeCase().toJson(reply.blocks()));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode firstWith(JsonNode blocks, String field) {
    for (JsonNode block : blocks) {
      if (block.has(field)) {
        return block;
      }
    }
    throw new AssertionError("no block with " + field + " in " + blocks);
  }
}

package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.tools.audit.AuditQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code lmi-advisor inspect} and {@code lmi-advisor assess-function} at a terminal, reading the
 * loopback account through the real AWS SDK: options are the tools' fields, mistakes are said in
 * the command line's terms.
 */
class LiveCommandsTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Services services, String... args) {
    CommandLine cli = LmiAdvisor.commandLine(services);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private int run(String... args) {
    return run(TestInventory.SERVICES, args);
  }

  @Test
  void inspectPrintsTheStateTheFindingsAndTheCalls() {
    int exit = run("inspect", "--region", "us-east-1", "--capacity-provider", "orders-cp");
    assertEquals(0, exit, err.toString());
    String text = out.toString();
    assertTrue(text.startsWith("Capacity provider orders-cp in us-east-1: Active."), text);
    assertTrue(text.contains("orders-api:7 Active"), text);
    assertTrue(text.contains("AWS call(s)") && text.contains("Audit id "), text);
  }

  @Test
  void assessFunctionJsonIsTheToolResult() throws Exception {
    int exit =
        run(
            "assess-function",
            "--function-name",
            LiveAccount.STANDARD_FUNCTION,
            "--region",
            "us-east-1",
            "--days",
            "3",
            "--json");
    assertEquals(0, exit, err.toString());
    JsonNode result = new ObjectMapper().readTree(out.toString());
    assertEquals(3, result.path("window").path("days").asInt());
    assertEquals("steady", result.path("metrics").path("traffic_pattern").asText());
    assertTrue(result.path("costs").path("lmi").path("monthly_usd").isNumber(), out.toString());
    assertTrue(result.path("sizing").path("memory_mb").asInt() >= 2048, out.toString());
  }

  @Test
  void optionsAreTheToolFields() {
    assertEquals(0, run("inspect", "--help"));
    assertTrue(out.toString().contains("--capacity-provider"), out.toString());
    assertTrue(out.toString().contains("--function-name"), out.toString());
    assertEquals(0, run("assess-function", "--help"));
    assertTrue(out.toString().contains("--days"), out.toString());
  }

  @Test
  void mistakesAreSaidInTheCommandLinesTerms() {
    assertEquals(
        2, run("assess-function", "--function-name", "f", "--region", "us-east-1", "--days", "31"));
    assertTrue(err.toString().contains("--days must be at most 30, not 31"), err.toString());
    assertEquals(2, run("inspect", "--region", "us-east-9"));
    assertTrue(err.toString().contains("unknown region 'us-east-9'"), err.toString());
    assertTrue(err.toString().contains("us-east-1"), err.toString());
  }

  @Test
  void withoutCredentialsTheMessageNamesTheCredentialChain() {
    Services none =
        TestInventory.ACCOUNT.servicesWithoutCredentials(
            Map.of("LMI_ADVISOR_AUDIT_DIR", dir.resolve("audit").toString()));
    int before = TestInventory.ACCOUNT.stub.received.size();
    assertEquals(2, run(none, "inspect", "--region", "us-east-1"));
    assertTrue(err.toString().contains("found no AWS credentials"), err.toString());
    assertTrue(err.toString().contains("default credential chain"), err.toString());
    assertEquals(before, TestInventory.ACCOUNT.stub.received.size(), "nothing was sent");
    Map<String, Object> record =
        none.sandbox()
            .queryAudit(new AuditQuery(1, Optional.empty(), Optional.empty()))
            .entries()
            .getFirst();
    assertEquals("live_started", record.get("type"), record.toString());
    assertEquals("denied", record.get("outcome"), record.toString());
    assertEquals(Map.of("name", "lmi-advisor", "transport", "cli"), record.get("client"));
    assertTrue(none.sandbox().verifyAudit().valid());
  }
}

package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code lmi-advisor region ...} as a person or a script runs it. */
class RegionCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = LmiAdvisor.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void readableAnswerForChina() {
    Run run = run("region", "cn-north-1");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("NOT AVAILABLE"), run.out());
    assertTrue(run.out().contains("Alternatives that exist in cn-north-1"), run.out());
    assertTrue(run.out().contains("Nearest Regions"), run.out());
  }

  @Test
  void jsonForScripts() throws Exception {
    Run run = run("region", "cn-north-1", "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("not_available", json.get("status").asText());
    assertEquals("aws-cn", json.get("partition").asText());
  }

  @Test
  void withoutARegionItListsRegions_filtered() throws Exception {
    Run run = run("region", "--partition", "aws-cn", "--json");
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, new ObjectMapper().readTree(run.out()).get("count").asInt());
  }

  @Test
  void anUnknownRegionExitsWithTheSuggestion() {
    Run run = run("region", "us-east-9");
    assertEquals(2, run.exit());
    assertTrue(
        run.err().contains("unknown region 'us-east-9'; did you mean us-east-1?"), run.err());
  }
}

package dev.lmiadvisor.tools.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's read-only policy grants exactly the actions the live-account tools call. */
class ReadOnlyPolicyTest {

  @Test
  void readmePolicy_listsEveryActionTheToolsCall_andNothingElse() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- live-policy:start -->");
    int end = readme.indexOf("<!-- live-policy:end -->");
    assertTrue(start >= 0 && end > start, "README.md lacks the live-policy markers");
    String block = readme.substring(start, end);
    String json = block.substring(block.indexOf("```json") + 7, block.lastIndexOf("```"));
    JsonNode statement = new ObjectMapper().readTree(json).path("Statement").get(0);

    assertEquals("Allow", statement.path("Effect").asText());
    List<String> actions = new ArrayList<>();
    statement.path("Action").forEach(a -> actions.add(a.asText()));
    assertEquals(AwsOperation.iamActions(), actions);
    assertTrue(
        actions.stream().allMatch(a -> a.matches("[a-z0-9]+:(Get|List|Describe)[A-Za-z]+")),
        "only reads: " + actions);
  }
}

package dev.lmiadvisor.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown of the references as Slack mrkdwn. */
class MrkdwnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      value = {
        "**bold** and *italic*                 => *bold* and _italic_",
        "## Scaling behaviour {#scaling}       => *Scaling behaviour*",
        "[Scaling LMI](https://docs.aws.amazon.com/x.html) => <https://docs.aws.amazon.com/x.html|Scaling LMI>",
        "a < b && c > d                        => a &lt; b &amp;&amp; c &gt; d",
        "- first item                          => • first item",
        "`MinExecutionEnvironments` >= 3       => `MinExecutionEnvironments` &gt;= 3",
        "F1 * F2 stays                         => F1 * F2 stays"
      })
  void convertsWhatTheReferencesUse(String markdown, String mrkdwn) {
    assertEquals(mrkdwn, Mrkdwn.fromMarkdown(markdown));
  }

  @Test
  void tablesBecomeABoldHeaderAndOneBulletPerRow() {
    String table =
        """
        | Runtime | Default per vCPU |
        |---|---|
        | Node.js | 64 |
        | Java | 32 |
        after""";
    assertEquals(
        "*Runtime · Default per vCPU*\n• Node.js · 64\n• Java · 32\nafter",
        Mrkdwn.fromMarkdown(table));
  }

  @Test
  void codeBlocksAreKeptAsTheyAre() {
    String code = "```bash\naws lambda get-function --function-name **x**\n```";
    assertEquals(code, Mrkdwn.fromMarkdown(code));
  }

  @Test
  void longTextIsCutIntoSectionsAtParagraphs_andNeverExceedsTheLimit() {
    String paragraph = "word ".repeat(300).strip();
    String text = String.join("\n\n", paragraph, paragraph, paragraph);
    List<String> chunks = Mrkdwn.chunks(text, Mrkdwn.SECTION_TEXT_LIMIT);

    assertEquals(2, chunks.size());
    chunks.forEach(c -> assertTrue(c.length() <= Mrkdwn.SECTION_TEXT_LIMIT, "" + c.length()));
    assertEquals(text.replaceAll("\\s+", " "), String.join(" ", chunks).replaceAll("\\s+", " "));
  }

  @Test
  void aCutInsideACodeBlockClosesAndReopensIt() {
    String text = "```\n" + "line of code\n".repeat(400) + "```";
    List<String> chunks = Mrkdwn.chunks(text, Mrkdwn.SECTION_TEXT_LIMIT);

    assertTrue(chunks.size() > 1);
    for (String chunk : chunks) {
      assertTrue(chunk.startsWith("```") && chunk.endsWith("```"), chunk);
      assertTrue(chunk.length() <= Mrkdwn.SECTION_TEXT_LIMIT);
    }
  }
}

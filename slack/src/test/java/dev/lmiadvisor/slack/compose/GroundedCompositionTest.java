package dev.lmiadvisor.slack.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.server.tools.Toolsets;
import dev.lmiadvisor.slack.render.AnswerView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.MessageType;
import org.springframework.ai.chat.prompt.Prompt;

/** Spring AI composition sees one reference and names it. */
class GroundedCompositionTest {

  private static final String QUESTION =
      "Is LMI cheaper than standard Lambda at 300 million requests a month? {braces stay text}";
  private static final Pattern PASSAGE_ID = Pattern.compile("(?m)^\\[([^\\]]+)] ");

  private static Inventory inventory;
  private static AnswerView answer;

  @BeforeAll
  static void answer() {
    inventory = Toolsets.inventory(new Services());
    answer = AnswerView.of(call("answer_question", Map.of("question", QUESTION)));
  }

  @Test
  void thePromptCarriesTheRoutedReferencesPassagesAndFacts_andNoOtherReference() {
    ScriptedChatModel model = new ScriptedChatModel(p -> "From " + answer.title() + ": yes.");
    new SpringAiComposer(model).compose(QUESTION, answer);

    Prompt prompt = model.prompts.getFirst();
    String system = text(prompt, MessageType.SYSTEM);
    String user = text(prompt, MessageType.USER);
    assertTrue(system.contains("Use ONLY the passages"), system);
    assertTrue(user.contains(answer.title()) && user.contains(answer.resourceUri()), user);
    for (AnswerView.Passage passage : answer.passages()) {
      assertTrue(user.contains(passage.text()), "passage " + passage.section() + " is given whole");
    }
    answer.mustMention().forEach(fact -> assertTrue(user.contains(fact), fact));
    assertFalse(answer.mustMention().isEmpty(), "a cost question carries pricing facts");

    Set<String> sectionsInPrompt = new LinkedHashSet<>();
    Matcher m = PASSAGE_ID.matcher(user);
    while (m.find()) {
      sectionsInPrompt.add(m.group(1));
    }
    List<?> sectionsOfReference =
        (List<?>) call("read_reference", Map.of("reference", answer.reference())).get("sections");
    // Passages are paragraphs and rows; two may come from one section.
    assertEquals(
        answer.passages().stream().map(AnswerView.Passage::section).distinct().toList(),
        List.copyOf(sectionsInPrompt));
    assertTrue(sectionsOfReference.containsAll(sectionsInPrompt), "every passage is its own");
    for (ReferenceId other : ReferenceId.values()) {
      if (!other.id().equals(answer.reference())) {
        String title =
            String.valueOf(call("read_reference", Map.of("reference", other.id())).get("title"));
        assertFalse(user.contains(title), "no text from " + other.id());
      }
    }
    assertTrue(user.endsWith("Question: " + QUESTION), "the question is passed as text");
  }

  @Test
  void aReplyThatForgetsTheReference_getsItsSourceLine() {
    String reply =
        new SpringAiComposer(new ScriptedChatModel(p -> "Above roughly 100M requests, yes."))
            .compose(QUESTION, answer);

    assertTrue(reply.startsWith("Above roughly 100M requests, yes."));
    assertTrue(reply.contains("Source: **" + answer.title() + "**"), reply);
    assertTrue(reply.contains(answer.resourceUri()), reply);
  }

  @Test
  void aReplyThatNamesTheReference_isKeptAsWritten() {
    String written = "Per the " + answer.title() + " reference: it depends on utilization.";
    assertEquals(
        written,
        new SpringAiComposer(new ScriptedChatModel(p -> written)).compose(QUESTION, answer));
  }

  private static String text(Prompt prompt, MessageType type) {
    return prompt.getInstructions().stream()
        .filter(m -> m.getMessageType() == type)
        .map(org.springframework.ai.chat.messages.Message::getText)
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> call(String tool, Map<String, Object> arguments) {
    return ToolJson.toMap(
        inventory
            .tool(tool)
            .orElseThrow()
            .handler()
            .handle(new ToolRequest(arguments, Caller.commandLine()))
            .structured());
  }
}

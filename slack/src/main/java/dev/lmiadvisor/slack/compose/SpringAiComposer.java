package dev.lmiadvisor.slack.compose;

import dev.lmiadvisor.slack.render.AnswerView;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;

/**
 * Composition through Spring AI's {@link ChatClient} over any {@link ChatModel} (Amazon Bedrock in
 * production, a scripted model in tests). The prompt is passed as messages, not as a template, so
 * braces in the passages are never read as template variables.
 */
public final class SpringAiComposer implements AnswerComposer {

  private final ChatClient chat;

  public SpringAiComposer(ChatModel model) {
    this.chat = ChatClient.create(model);
  }

  @Override
  public String compose(String question, AnswerView answer) {
    String reply = chat.prompt(GroundedPrompt.of(question, answer)).call().content();
    if (reply == null || reply.isBlank()) {
      throw new IllegalStateException("the language model returned an empty reply");
    }
    return GroundedPrompt.namingReference(reply, answer);
  }
}

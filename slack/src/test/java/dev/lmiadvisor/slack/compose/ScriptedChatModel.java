package dev.lmiadvisor.slack.compose;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;

/** A {@link ChatModel} that answers from a script and keeps every prompt it was given. */
public final class ScriptedChatModel implements ChatModel {

  public final List<Prompt> prompts = new CopyOnWriteArrayList<>();
  private final Function<Prompt, String> script;

  public ScriptedChatModel(Function<Prompt, String> script) {
    this.script = script;
  }

  @Override
  public ChatResponse call(Prompt prompt) {
    prompts.add(prompt);
    return new ChatResponse(List.of(new Generation(new AssistantMessage(script.apply(prompt)))));
  }
}

package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.server.output.ToolJson;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lmi-advisor ask "…"}: the routed reference and its passages, for a person. */
@Command(name = "ask", description = "Answer a question from the one LMI reference it belongs to.")
public final class AskCommand implements Callable<Integer> {

  @ParentCommand LmiAdvisor parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUESTION",
      description = "The question (English, Chinese or Vietnamese).")
  String[] words;

  @Option(
      names = "--passages",
      defaultValue = "3",
      description = "Passages to show, 1-10 (default ${DEFAULT-VALUE}).")
  int passages;

  @Option(names = "--json", description = "Print the answer_question result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    ToolOutcome outcome =
        parent
            .inventory()
            .tool("answer_question")
            .orElseThrow()
            .handler()
            .handle(
                new ToolRequest(
                    Map.of("question", String.join(" ", words), "max_passages", passages),
                    Caller.commandLine()));
    System.out.println(json ? ToolJson.pretty(outcome.structured()) : outcome.text());
    return 0;
  }
}

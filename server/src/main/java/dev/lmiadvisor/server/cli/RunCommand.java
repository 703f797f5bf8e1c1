package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.server.tools.SandboxTools;
import java.io.Console;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lmi-advisor run "aws ..."}: the run_aws_cli tool at a terminal. Plan mode by default; with
 * {@code --execute}, changes are confirmed by typing {@code yes} on the terminal.
 */
@Command(
    name = "run",
    description = {
      "Check an AWS CLI command in the sandbox (plan mode: nothing runs).",
      "With --execute it is sent to AWS when the server allows execution; changes ask for 'yes' on the terminal.",
      "Exit code 0 when allowed or awaiting confirmation, 3 when denied."
    })
public final class RunCommand implements Callable<Integer> {

  @ParentCommand LmiAdvisor parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "COMMAND",
      description = "The command, e.g. \"aws lambda list-capacity-providers\".")
  String[] words;

  @Option(
      names = "--execute",
      description = "Send the command to AWS (needs LMI_ADVISOR_EXECUTE=true and credentials).")
  boolean execute;

  @Option(names = "--region", description = "AWS Region, if the command has no --region.")
  String region;

  @Option(names = "--json", description = "Print the run_aws_cli result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("command", String.join(" ", words));
    arguments.put("mode", execute ? "execute" : "plan");
    if (region != null) {
      arguments.put("region", region);
    }
    Console console = System.console();
    Optional<Caller.Confirmer> confirmer =
        console == null ? Optional.empty() : Optional.of(question -> ask(console, question));
    ToolOutcome outcome =
        parent
            .inventory()
            .tool("run_aws_cli")
            .orElseThrow()
            .handler()
            .handle(new ToolRequest(arguments, new Caller("cli", "lmi-advisor", confirmer)));
    System.out.println(json ? ToolJson.pretty(outcome.structured()) : outcome.text());
    SandboxTools.RunAwsCliResult result = (SandboxTools.RunAwsCliResult) outcome.structured();
    return result.decision().equals("denied") ? 3 : 0;
  }

  private static boolean ask(Console console, String question) {
    console.printf("%s%nType yes to run it: ", question);
    String answer = console.readLine();
    return answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes");
  }
}

package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.call.ToolInvoker;
import dev.lmiadvisor.server.call.ToolResult;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.ToolJson;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Runs one generated tool subcommand: the options the person gave become the tool's arguments, and
 * the call goes through the {@link ToolInvoker} like any MCP or Slack call. A problem the person
 * can fix is printed in the command line's own terms ({@code --monthly-requests}, not {@code
 * 'monthly_requests'}) and exits 2.
 */
final class ToolRun implements Callable<Integer> {

  /** run_aws_cli's exit code for a denied command, so that scripts can tell. */
  static final int DENIED = 3;

  /** {@code cost --chart cost.svg}: where to write the tool's chart. */
  static final String CHART_OPTION = "--chart";

  private static final String CHART_FORMAT = "chart_format";

  private static final Pattern QUOTED_FIELD = Pattern.compile("'([a-z][a-z0-9_]*)'");

  private final LmiAdvisor advisor;
  private final ToolCommandSpec command;
  private CommandSpec spec;
  private Set<String> fields;

  ToolRun(LmiAdvisor advisor, ToolCommandSpec command) {
    this.advisor = advisor;
    this.command = command;
  }

  void attach(CommandSpec spec, Set<String> fields) {
    this.spec = spec;
    this.fields = fields;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (String field : fields) {
      OptionSpec option = spec.findOption(ToolCommands.optionName(field));
      if (option != null && parsed.hasMatchedOption(option)) {
        Object value = option.getValue();
        arguments.put(field, value instanceof String[] list ? Arrays.asList(list) : value);
      }
    }
    command
        .flags()
        .forEach(
            (name, flag) -> {
              if (parsed.hasMatchedOption(name)) {
                arguments.put(flag.field(), flag.value());
              }
            });
    String toolName = command.tool();
    Optional<String> words = words(parsed);
    if (words.isPresent()) {
      arguments.put(command.words().orElseThrow(), words.get());
    } else if (command.withoutWords().isPresent()) {
      toolName = command.withoutWords().get();
    }
    Optional<Path> chart = chart(parsed, arguments);
    ToolDefinition tool = tool(toolName, arguments);
    boolean json = parsed.hasMatchedOption("--json");
    PrintWriter out = spec.commandLine().getOut();
    ToolResult result = ToolInvoker.invoke(tool, arguments, caller());
    return switch (result) {
      case ToolResult.Ok ok -> {
        out.println(json ? ToolJson.pretty(ok.structured()) : ok.text());
        out.flush();
        if (chart.isPresent()) {
          writeChart(ok, chart.get());
        }
        yield "denied".equals(ok.structured().get("decision")) ? DENIED : 0;
      }
      case ToolResult.UserError error -> throw new UserInputException(inOwnTerms(error.message()));
      case ToolResult.Fault fault -> throw new IllegalStateException(fault.message());
    };
  }

  /**
   * The file {@code --chart} names, with {@code chart_format} set from its extension; without
   * {@code --chart} nothing is drawn unless {@code --chart-format} asks.
   */
  private Optional<Path> chart(ParseResult parsed, Map<String, Object> arguments) {
    if (!command.chart()) {
      return Optional.empty();
    }
    if (!parsed.hasMatchedOption(CHART_OPTION)) {
      arguments.putIfAbsent(CHART_FORMAT, "none");
      return Optional.empty();
    }
    Path file = parsed.matchedOption(CHART_OPTION).getValue();
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    String format = name.endsWith(".svg") ? "svg" : name.endsWith(".png") ? "png" : null;
    if (format == null) {
      throw new UserInputException("--chart must name a .svg or .png file; got " + file);
    }
    Object asked = arguments.get(CHART_FORMAT);
    if (asked != null && !asked.equals(format) && !asked.equals("both")) {
      throw new UserInputException(
          "--chart %s is %s, but --chart-format says %s; leave --chart-format out"
              .formatted(file, format, asked));
    }
    arguments.put(CHART_FORMAT, format);
    return Optional.of(file);
  }

  private void writeChart(ToolResult.Ok ok, Path file) {
    String type =
        file.toString().toLowerCase(Locale.ROOT).endsWith(".svg")
            ? ToolOutcome.Image.SVG
            : ToolOutcome.Image.PNG;
    ToolOutcome.Image image =
        ok.image(type).orElseThrow(() -> new IllegalStateException("the tool drew no " + type));
    try {
      Files.write(file, image.data());
    } catch (IOException e) {
      throw new UserInputException(
          "could not write the chart to %s (%s); check that its folder exists and is writable"
              .formatted(file, e.getClass().getSimpleName()));
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("Chart written to " + file + " (" + image.description() + ")");
    err.flush();
  }

  private Optional<String> words(ParseResult parsed) {
    if (command.words().isEmpty() || !parsed.hasMatchedPositional(0)) {
      return Optional.empty();
    }
    String[] given = parsed.matchedPositional(0).getValue();
    String joined = String.join(" ", given).strip();
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  /** The tool to run, refusing options that only the tool with words takes. */
  private ToolDefinition tool(String name, Map<String, Object> arguments) {
    ToolDefinition tool =
        advisor
            .inventory()
            .tool(name)
            .orElseThrow(
                () ->
                    new UserInputException(
                        name + " is not enabled on this server (see --toolsets and --read-only)"));
    if (tool.inputSchema().get("properties") instanceof Map<?, ?> properties) {
      for (String given : arguments.keySet()) {
        if (!properties.containsKey(given)) {
          throw new UserInputException(
              "%s needs %s"
                  .formatted(
                      ToolCommands.optionName(given),
                      command.words().orElse("").toUpperCase(Locale.ROOT)));
        }
      }
    }
    return tool;
  }

  /** A person at a terminal confirms a change by typing yes; without a terminal, nobody can. */
  private static Caller caller() {
    Console console = System.console();
    Optional<Caller.Confirmer> confirmer =
        console == null ? Optional.empty() : Optional.of(question -> ask(console, question));
    return new Caller("cli", "lmi-advisor", confirmer);
  }

  private static boolean ask(Console console, String question) {
    console.printf("%s%nType yes to run it: ", question);
    String answer = console.readLine();
    return answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes");
  }

  /**
   * {@code 'monthly_requests'} becomes {@code --monthly-requests}; the words argument its label.
   */
  private String inOwnTerms(String message) {
    Matcher m = QUOTED_FIELD.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String field = m.group(1);
      String replacement =
          command.words().filter(field::equals).isPresent()
              ? field.toUpperCase(Locale.ROOT)
              : fields.contains(field) ? ToolCommands.optionName(field) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}

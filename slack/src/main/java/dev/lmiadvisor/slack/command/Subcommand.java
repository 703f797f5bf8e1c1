package dev.lmiadvisor.slack.command;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words after {@code /lmi}, each mapped to one tool of the server's inventory. Slack adds no
 * logic of its own: a subcommand only says which tool answers it and how its words become that
 * tool's arguments (names from SPEC.md).
 */
public enum Subcommand {
  ASK(
      "ask",
      "answer_question",
      "<question>",
      "Answer from the one LMI reference the question belongs to.",
      Words.FREE_TEXT,
      "question",
      List.of(),
      Map.of("max_passages", 3)),
  SIZE(
      "size",
      "compute_sizing",
      "<runtime> [workload] [arm64|x86_64] [name=value …]",
      "Size an LMI function: memory, vCPUs, concurrency, execution environments, instance types.",
      Words.ARGUMENTS,
      null,
      List.of(),
      Map.of()),
  COST(
      "cost",
      "compare_costs",
      "<monthly_requests> <avg_duration_ms> <memory_mb> [name=value …]",
      "Compare the monthly cost of standard Lambda and LMI.",
      Words.ARGUMENTS,
      null,
      List.of("monthly_requests", "avg_duration_ms", "memory_mb"),
      Map.of()),
  REGION(
      "region",
      "check_region_availability",
      "<region code> [live=true]",
      "Is LMI offered in a Region? If not: alternatives and the nearest Regions that have it.",
      Words.ARGUMENTS,
      null,
      List.of("region"),
      Map.of()),
  RUN(
      "run",
      "run_aws_cli",
      "<aws command>",
      "Run an AWS CLI command through the audited sandbox; changes wait for Approve.",
      Words.FREE_TEXT,
      "command",
      List.of(),
      Map.of("mode", "execute")),
  PLAN(
      "plan",
      "run_aws_cli",
      "<aws command>",
      "Check an AWS CLI command in the sandbox and show the request it would send; runs nothing.",
      Words.FREE_TEXT,
      "command",
      List.of(),
      Map.of("mode", "plan")),
  INSPECT(
      "inspect",
      "inspect_deployment",
      "<region> [capacity_provider] [function_name=…]",
      "Inspect a live LMI deployment in the bot's AWS account, read-only: state, findings, likely cause, fixes.",
      Words.ARGUMENTS,
      null,
      List.of("region", "capacity_provider"),
      Map.of()),
  ASSESS(
      "assess",
      "assess_function",
      "<function_name> <region> [days=14]",
      "Judge a live function from its CloudWatch metrics, read-only: verdict, sizing, monthly cost both ways.",
      Words.ARGUMENTS,
      null,
      List.of("function_name", "region"),
      Map.of()),
  HELP("help", null, "[subcommand]", "This help.", Words.FREE_TEXT, null, List.of(), Map.of());

  /** How the words after the subcommand become arguments. */
  public enum Words {
    /** All the words are one argument (a question, an AWS command). */
    FREE_TEXT,
    /** {@code name=value} pairs, enum values and positional values, typed by the tool's schema. */
    ARGUMENTS
  }

  private final String word;
  private final String tool;
  private final String usage;
  private final String summary;
  private final Words words;
  private final String freeTextArgument;
  private final List<String> positional;
  private final Map<String, Object> fixedArguments;

  Subcommand(
      String word,
      String tool,
      String usage,
      String summary,
      Words words,
      String freeTextArgument,
      List<String> positional,
      Map<String, Object> fixedArguments) {
    this.word = word;
    this.tool = tool;
    this.usage = usage;
    this.summary = summary;
    this.words = words;
    this.freeTextArgument = freeTextArgument;
    this.positional = positional;
    this.fixedArguments = fixedArguments;
  }

  public String word() {
    return word;
  }

  /** The inventory tool that answers it; empty for {@code help}. */
  public Optional<String> tool() {
    return Optional.ofNullable(tool);
  }

  public String usage() {
    return "/lmi " + word + " " + usage;
  }

  public String summary() {
    return summary;
  }

  public Words words() {
    return words;
  }

  /** The argument that receives all the words, for {@link Words#FREE_TEXT}. */
  public String freeTextArgument() {
    return freeTextArgument;
  }

  /** Argument names for bare values that are not an enum value, in order. */
  public List<String> positional() {
    return positional;
  }

  /** Arguments the subcommand always sets (e.g. {@code run} executes, {@code plan} does not). */
  public Map<String, Object> fixedArguments() {
    return fixedArguments;
  }

  public static Optional<Subcommand> of(String word) {
    return Arrays.stream(values()).filter(s -> s.word.equalsIgnoreCase(word)).findFirst();
  }
}

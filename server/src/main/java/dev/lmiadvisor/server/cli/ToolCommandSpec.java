package dev.lmiadvisor.server.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One subcommand of {@code lmi-advisor} that runs a tool: which tool, the argument that takes the
 * words after the subcommand, and the short option names people already type. Its options are
 * generated from the tool's input schema ({@link ToolCommands}): every field is {@code --field} in
 * kebab-case.
 *
 * @param name the subcommand, e.g. {@code cost}
 * @param tool the tool it runs
 * @param summary one sentence for the top-level help
 * @param words the argument that takes the words after the subcommand (a question, a command, a
 *     Region), if any
 * @param withoutWords the tool to run instead when no words are given ({@code region} lists the
 *     Regions)
 * @param aliases extra option names, by field: {@code --arch} for {@code architecture}
 * @param flags options that set a field to a fixed value: {@code --execute} for {@code mode
 *     execute}
 * @param chart whether the subcommand takes {@code --chart FILE}, writing the tool's chart (SVG or
 *     PNG by the file's extension)
 */
record ToolCommandSpec(
    String name,
    String tool,
    String summary,
    Optional<String> words,
    Optional<String> withoutWords,
    Map<String, List<String>> aliases,
    Map<String, Flag> flags,
    boolean chart) {

  /** An option without a value that sets a field: {@code --execute} sets mode to execute. */
  record Flag(String field, Object value, String description) {}

  /** The subcommands of SPEC.md's command line that run one tool each. */
  static List<ToolCommandSpec> all() {
    return List.of(
        new ToolCommandSpec(
            "ask",
            "answer_question",
            "Answer a question from the one LMI reference it belongs to (answer_question).",
            Optional.of("question"),
            Optional.empty(),
            Map.of("max_passages", List.of("--passages")),
            Map.of(),
            false),
        new ToolCommandSpec(
            "size",
            "compute_sizing",
            "Size an LMI function: memory, vCPUs, concurrency, environments, instance types (compute_sizing).",
            Optional.empty(),
            Optional.empty(),
            Map.of("architecture", List.of("--arch"), "avg_duration_ms", List.of("--duration-ms")),
            Map.of(),
            false),
        new ToolCommandSpec(
            "cost",
            "compare_costs",
            "Compare a month on standard Lambda and on LMI, with the break-even volume (compare_costs).",
            Optional.empty(),
            Optional.empty(),
            Map.of(
                "monthly_requests", List.of("--requests"),
                "avg_duration_ms", List.of("--duration-ms"),
                "architecture", List.of("--arch"),
                "include_free_tier", List.of("--free-tier")),
            Map.of(),
            true),
        new ToolCommandSpec(
            "assess",
            "assess_workload",
            "Decide whether a workload fits LMI, signal by signal (assess_workload).",
            Optional.empty(),
            Optional.empty(),
            Map.of("avg_duration_ms", List.of("--duration-ms")),
            Map.of(),
            false),
        new ToolCommandSpec(
            "region",
            "check_region_availability",
            "Whether a Region has LMI and what exists there instead; without REGION, every Region (check_region_availability, list_regions).",
            Optional.of("region"),
            Optional.of("list_regions"),
            Map.of(),
            Map.of(),
            false),
        new ToolCommandSpec(
            "run",
            "run_aws_cli",
            "Check an AWS CLI command in the sandbox, or with --execute send it to AWS (run_aws_cli).",
            Optional.of("command"),
            Optional.empty(),
            Map.of(),
            Map.of(
                "--execute",
                new Flag(
                    "mode",
                    "execute",
                    "Same as --mode execute: send it to AWS (needs LMI_ADVISOR_EXECUTE=true and"
                        + " AWS credentials; changes ask for yes on the terminal).")),
            false),
        new ToolCommandSpec(
            "plan",
            "plan_deployment",
            "Plan the AWS CLI steps and SAM template that put a function on LMI (plan_deployment).",
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Map.of(),
            false),
        new ToolCommandSpec(
            "inspect",
            "inspect_deployment",
            "Read a live LMI deployment from your account: state, findings, likely cause and fixes"
                + " (inspect_deployment; read-only, needs AWS credentials).",
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Map.of(),
            false),
        new ToolCommandSpec(
            "assess-function",
            "assess_function",
            "Judge a live function from its CloudWatch metrics: traffic shape, verdict, sizing and"
                + " the monthly cost both ways (assess_function; read-only, needs AWS credentials).",
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Map.of(),
            false));
  }
}

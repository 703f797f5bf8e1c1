package dev.lmiadvisor.server.tools;

import static dev.lmiadvisor.server.inventory.Schema.arrayOf;
import static dev.lmiadvisor.server.inventory.Schema.bool;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.names;
import static dev.lmiadvisor.server.inventory.Schema.nullable;
import static dev.lmiadvisor.server.inventory.Schema.number;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.MustMention;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.tools.assessment.Assessment;
import dev.lmiadvisor.tools.assessment.ColdStartTolerance;
import dev.lmiadvisor.tools.assessment.ComputeNeed;
import dev.lmiadvisor.tools.assessment.Favors;
import dev.lmiadvisor.tools.assessment.Isolation;
import dev.lmiadvisor.tools.assessment.TrafficPattern;
import dev.lmiadvisor.tools.assessment.Verdict;
import dev.lmiadvisor.tools.cost.CostComparison;
import dev.lmiadvisor.tools.cost.SavingsPlan;
import dev.lmiadvisor.tools.sizing.InstanceFamily;
import dev.lmiadvisor.tools.sizing.SizingResult;
import dev.lmiadvisor.tools.sizing.WorkloadKind;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * assess_workload, compute_sizing and compare_costs over the tools module, and the {@code
 * lmi://prices} resource.
 *
 * <p>compare_costs is annotated open-world only when the operator turned live prices on ({@code
 * LMI_ADVISOR_LIVE_PRICES=true}): then it may call the AWS Price List API. Live prices are a server
 * setting rather than a tool argument so that an assistant cannot make a server reach AWS that was
 * not configured to, and the annotation always tells the truth about this server.
 */
public final class SizingTools {

  static final String TOOLSET = "sizing";
  public static final String PRICES_URI = "lmi://prices";

  private SizingTools() {}

  public static List<ToolDefinition> all(Services services) {
    return List.of(assessWorkload(services), computeSizing(services), compareCosts(services));
  }

  public static List<ResourceDefinition> resources(Services services) {
    return List.of(
        new ResourceDefinition(
            PRICES_URI,
            "prices",
            "LMI price table",
            "The embedded, versioned price table compare_costs uses: on-demand Linux EC2 prices of"
                + " the C, M and R generations per Region, Lambda's standard and LMI rates, duration"
                + " tiers, free tier and savings-plan scenarios, each entry with its source and the"
                + " date it was checked (JSON).",
            "application/json",
            () ->
                List.of(
                    new ResourceDefinition.Contents(
                        PRICES_URI, "application/json", services.priceTable().json()))));
  }

  // ---------------------------------------------------------------------------------------------
  // Shared schema pieces (fresh builders on every call: they are mutable).

  private static Schema runtime(String description, boolean withOther) {
    String[] values = names(LambdaRuntime.values());
    if (withOther) {
      values =
          Stream.concat(Arrays.stream(values), Stream.of(SizingArguments.OTHER_RUNTIME))
              .toArray(String[]::new);
    }
    return enumOf(description, values);
  }

  private static Schema workload() {
    return enumOf(
        "What the function spends its time on; default balanced.", names(WorkloadKind.values()));
  }

  private static Schema architecture(String description) {
    return enumOf(description, names(Architecture.values()));
  }

  private static Schema region(String description) {
    return string(description).pattern("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$").maxLength(30);
  }

  private static Schema positiveNumber(String description) {
    return number(description).with("exclusiveMinimum", 0);
  }

  private static Schema mustMention() {
    return arrayOf(string(null), "Facts the reply must carry, each with its source and date.");
  }

  private static Schema strings(String description) {
    return arrayOf(string(null), description);
  }

  private static List<String> mentions(MustMention... facts) {
    return Arrays.stream(facts).map(f -> f.text(Language.EN)).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // assess_workload

  /** Output of assess_workload. */
  public record AssessOutput(@JsonUnwrapped Assessment assessment, List<String> mustMention) {}

  static ToolDefinition assessWorkload(Services services) {
    return new ToolDefinition(
        "assess_workload",
        "Should this workload run on LMI?",
        "Decides whether a Lambda workload fits Lambda Managed Instances (LMI): lmi_strong_fit,"
            + " lmi_possible or standard_lambda, with one line per signal (traffic shape and volume,"
            + " spend, cold starts, scale-to-zero, runtime and thread safety, compute needs,"
            + " isolation, VPC) saying which way it points and why, the signals still missing, and"
            + " the facts to mention. Every input is optional; give what you know.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .optional("monthly_requests", integer("Invocations per month.").min(0))
            .optional(
                "avg_duration_ms",
                positiveNumber("Average duration per invocation on standard Lambda, ms."))
            .optional(
                "memory_mb", integer("Memory of the standard function, MB.").min(128).max(32768))
            .optional(
                "traffic_pattern",
                enumOf("Shape of the traffic over a day.", names(TrafficPattern.values())))
            .optional(
                "cold_starts",
                enumOf("Whether cold starts hurt callers.", names(ColdStartTolerance.values())))
            .optional("needs_scale_to_zero", bool("True if it must cost nothing when idle."))
            .optional(
                "runtime",
                runtime("The function's runtime; 'other' for one LMI does not run.", true))
            .optional(
                "thread_safe",
                bool("True if the code is safe to run several requests at once in one process."))
            .optional(
                "monthly_lambda_spend_usd",
                number("What the function costs on Lambda per month, USD.").min(0))
            .optional(
                "compute_needs",
                enumOf("Hardware needs beyond standard Lambda.", names(ComputeNeed.values())))
            .optional(
                "isolation",
                enumOf("Whether dedicated instances are required.", names(Isolation.values())))
            .optional("in_vpc", bool("True if the function already runs in a VPC."))
            .optional("region", region("Region for the cost floor; default us-east-1."))
            .closed()
            .toMap(),
        object("")
            .required(
                "verdict",
                enumOf(
                    "lmi_strong_fit, lmi_possible or standard_lambda.",
                    Arrays.stream(Verdict.values()).map(Verdict::id).toArray(String[]::new)))
            .required("summary", string("The verdict in one sentence."))
            .required(
                "signals",
                arrayOf(
                    object("One signal and which way it points.")
                        .required("signal", string("Input field the signal comes from."))
                        .required(
                            "favors",
                            enumOf(
                                "Which way it points.",
                                Arrays.stream(Favors.values())
                                    .map(Favors::id)
                                    .toArray(String[]::new)))
                        .required("detail", string("Why, with numbers where there are some."))
                        .required(
                            "weight",
                            integer("0 to 2: how much it moves the verdict.").min(0).max(2))
                        .required("decisive", bool("True if it rules LMI out on its own."))
                        .asSchema(),
                    "One line per known signal."))
            .required("missing_signals", strings("Input fields that would sharpen the verdict."))
            .required(
                "next_steps",
                strings(
                    "What to do next; when LMI is recommended the first step is the required cost"
                        + " check."))
            .required(
                "cost_check",
                nullable(
                    object(
                            "The break-even run with the given monthly_requests, avg_duration_ms"
                                + " and memory_mb (compare_costs defaults), or null without them.")
                        .required("monthly_requests", integer("Volume compared.").min(1))
                        .required(
                            "standard_lambda_monthly_usd",
                            number("Standard Lambda per month, USD."))
                        .required("lmi_monthly_usd", number("LMI per month, USD."))
                        .required("lmi_instance_type", string("Instance type of the sized fleet."))
                        .required("lmi_instance_count", integer("Instances in the fleet.").min(1))
                        .required("cheaper", enumOf("Which is cheaper.", "lmi", "standard_lambda"))
                        .required("savings_pct", number("How much less the cheaper one costs, %."))
                        .required(
                            "break_even_monthly_requests",
                            integer(
                                "Where both bills meet: the volume that would turn the cost"
                                    + " signal around."))
                        .required("prices_as_of", string("Date of the prices used."))
                        .asSchema()))
            .required("must_mention", mustMention())
            .toMap(),
        request -> {
          Assessment assessment = services.assessor().assess(SizingArguments.signals(request));
          List<String> mention =
              assessment.recommendsLmi()
                  ? mentions(
                      MustMention.MINIMUM_THREE_ENVIRONMENTS,
                      MustMention.SCALING_BEHAVIOUR,
                      MustMention.PRICING_COMPONENTS)
                  : mentions(MustMention.SCALING_BEHAVIOUR);
          return new ToolOutcome(
              new AssessOutput(assessment, mention), SizingText.assessment(assessment, mention));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // compute_sizing

  /** Output of compute_sizing. */
  public record SizingOutput(@JsonUnwrapped SizingResult sizing, List<String> mustMention) {}

  static ToolDefinition computeSizing(Services services) {
    return new ToolDefinition(
        "compute_sizing",
        "Size an LMI function",
        "Computes an LMI configuration from the runtime, the workload profile, the peak load"
            + " (peak_concurrency, or peak_rps with avg_duration_ms) and the memory one request uses:"
            + " MemorySize (2048 to 32768; lower values are raised with a warning),"
            + " ExecutionEnvironmentMemoryGiBPerVCpu (2, 4 or 8), vCPUs per execution environment,"
            + " PerExecutionEnvironmentMaxConcurrency (never above the runtime's per-vCPU default),"
            + " Min/MaxExecutionEnvironments (at least 3 in production), MaxVCpuCount as the cost"
            + " ceiling, the instance family and concrete instance types that fit, Graviton by"
            + " default. Each number is explained with the formula (F1 to F9) behind it.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required("runtime", runtime("The function's runtime.", false))
            .optional("workload", workload())
            .optional(
                "peak_concurrency", integer("Requests in flight at peak.").min(1).max(10_000_000))
            .optional("peak_rps", positiveNumber("Requests per second at peak."))
            .optional(
                "avg_duration_ms",
                positiveNumber("Average duration of one request, ms (with peak_rps)."))
            .optional(
                "memory_mb",
                integer(
                        "Memory one request uses today, MB: the standard function's memory; for"
                            + " Python, the measured memory of one process (leave it out to start"
                            + " at the 2048 MB floor).")
                    .min(1)
                    .max(32768))
            .optional("architecture", architecture("arm64 (Graviton, default) or x86_64."))
            .optional(
                "environment",
                enumOf(
                    "production (default, at least 3 environments) or non_production.",
                    names(DeploymentEnvironment.values())))
            .optional(
                "region", region("Region whose prices rank the instance types; default us-east-1."))
            .closed()
            .toMap(),
        sizingOutputSchema(),
        request -> {
          SizingResult sizing = services.sizing().size(SizingArguments.sizing(request));
          List<String> mention =
              mentions(MustMention.MINIMUM_THREE_ENVIRONMENTS, MustMention.SCALING_BEHAVIOUR);
          return new ToolOutcome(
              new SizingOutput(sizing, mention), SizingText.sizing(sizing, mention));
        });
  }

  private static Map<String, Object> sizingOutputSchema() {
    return object("")
        .required("runtime", string("Runtime sized."))
        .required("workload", string("Workload profile used."))
        .required("environment", string("production or non_production."))
        .required("region", string("Region whose prices ranked the instance types."))
        .required("architecture", architecture("arm64 or x86_64."))
        .required("memory_mb", integer("MemorySize, 2048 to 32768.").min(2048).max(32768))
        .required(
            "memory_gib_per_vcpu",
            number("ExecutionEnvironmentMemoryGiBPerVCpu.").with("enum", List.of(2.0, 4.0, 8.0)))
        .required("vcpus_per_execution_environment", integer("V_EE.").min(1).max(16))
        .required(
            "per_execution_environment_max_concurrency",
            integer("PerExecutionEnvironmentMaxConcurrency to set.").min(1).max(1600))
        .required(
            "runtime_max_concurrency_per_vcpu", integer("The runtime's default per vCPU.").min(1))
        .required("peak_concurrency", nullable(integer("Requests in flight at peak, when known.")))
        .required(
            "execution_environments_needed", integer("Environments the peak needs (F7).").min(1))
        .required("min_execution_environments", integer("MinExecutionEnvironments.").min(1))
        .required("max_execution_environments", integer("MaxExecutionEnvironments.").min(1))
        .required(
            "max_vcpu_count",
            integer("The capacity provider's MaxVCpuCount, the cost ceiling.").min(2).max(15000))
        .required(
            "instance_family",
            enumOf(
                "C (compute), M (general) or R (memory).",
                Arrays.stream(InstanceFamily.values()).map(Enum::name).toArray(String[]::new)))
        .required(
            "suggested_instance_types", strings("Instance types that fit, cheapest fleet first."))
        .required(
            "instance_options",
            arrayOf(
                object("One instance type that hosts at least one execution environment.")
                    .required("instance_type", string(null))
                    .required("vcpus", integer(null).min(1))
                    .required("memory_gib", integer(null).min(1))
                    .required(
                        "execution_environments_per_instance",
                        integer("After the 1 vCPU + 1 GiB per-instance reservation (F5).").min(1))
                    .required(
                        "instances_at_maximum",
                        integer("Instances for MaxExecutionEnvironments (F9).").min(1))
                    .required("hourly_usd", nullable(number("On-demand Linux price, when known.")))
                    .asSchema(),
                "The suggested types with their packing and price."))
        .required("explanation", strings("One line per formula applied."))
        .required("warnings", strings("What to watch, including raised memory."))
        .required("must_mention", mustMention())
        .toMap();
  }

  // ---------------------------------------------------------------------------------------------
  // compare_costs

  /** Output of compare_costs. */
  public record CostsOutput(@JsonUnwrapped CostComparison comparison, List<String> mustMention) {}

  static ToolDefinition compareCosts(Services services) {
    return new ToolDefinition(
        "compare_costs",
        "Compare standard Lambda and LMI costs",
        "Prices a month of the workload on standard Lambda (requests plus GB-seconds by"
            + " architecture; free tier only when asked; Lambda's Compute Savings Plan on"
            + " duration) and on LMI (instances x hourly x 730 h, plus a 15% management fee on the"
            + " on-demand EC2 price that no discount reduces, plus $0.20 per million requests;"
            + " savings plans discount the EC2 part only). Without instance_type or"
            + " instance_count the fleet is derived with compute_sizing (at least 3 instances)."
            + " Returns which is cheaper and by how much, the break-even monthly volume (solved,"
            + " not guessed), the price date and sources."
            + (services.livePricesEnabled()
                ? " This server asks the AWS Price List API for current EC2 prices."
                : " Prices come from the embedded table (lmi://prices)."),
        TOOLSET,
        services.livePricesEnabled() ? Hints.REMOTE_READ : Hints.LOCAL_READ,
        object("")
            .required("monthly_requests", integer("Invocations per month.").min(1))
            .required(
                "avg_duration_ms",
                positiveNumber("Average billed duration on standard Lambda, ms.").max(900_000))
            .required(
                "memory_mb", integer("Memory of the standard function, MB.").min(128).max(10_240))
            .optional(
                "architecture",
                architecture("x86_64 (default, Lambda's default) or arm64; both sides."))
            .optional("region", region("Region; default us-east-1."))
            .optional(
                "instance_type",
                string("LMI instance type, such as m7g.large; derived when omitted.")
                    .pattern("^[a-z][a-z0-9-]*\\.[a-z0-9-]+$")
                    .maxLength(30))
            .optional(
                "instance_count",
                integer("LMI instances; derived when omitted (at least 3).").min(1).max(15000))
            .optional(
                "savings_plan",
                enumOf("Commitment scenario; default none.", names(SavingsPlan.values())))
            .optional(
                "include_free_tier",
                bool("Count the account-wide free tier on the standard side; default false.")
                    .defaultValue(false))
            .optional("runtime", runtime("Runtime, to derive the fleet; default nodejs.", false))
            .optional("workload", workload())
            .optional(
                "peak_concurrency",
                integer("Peak requests in flight, to derive the fleet; default the average.")
                    .min(1)
                    .max(10_000_000))
            .closed()
            .toMap(),
        costsOutputSchema(),
        request -> {
          CostComparison comparison = services.costs().compare(SizingArguments.costs(request));
          List<MustMention> facts = new ArrayList<>(List.of(MustMention.PRICING_COMPONENTS));
          if (comparison.lmiCheaper()) {
            facts.add(MustMention.MINIMUM_THREE_ENVIRONMENTS);
          }
          List<String> mention = mentions(facts.toArray(MustMention[]::new));
          return new ToolOutcome(
              new CostsOutput(comparison, mention), SizingText.costs(comparison, mention));
        });
  }

  private static Map<String, Object> costsOutputSchema() {
    return object("")
        .required("region", string(null))
        .required("architecture", architecture("Architecture priced."))
        .required("monthly_requests", integer(null).min(1))
        .required(
            "standard_lambda",
            object("A month of standard Lambda.")
                .required("request_usd", number("USD.").min(0))
                .required("duration_usd", number("USD.").min(0))
                .required("monthly_usd", number("USD.").min(0))
                .required("gb_seconds", number("Duration billed, before the free tier.").min(0)))
        .required(
            "lmi",
            object("A month of LMI: the three components.")
                .required("instance_type", string(null))
                .required("instance_count", integer(null).min(1))
                .required(
                    "hourly_usd_per_instance",
                    number("On-demand price the management fee is computed on.").min(0))
                .required("ec2_usd", number("Instances after the EC2 discount, USD.").min(0))
                .required(
                    "management_fee_usd",
                    number("15% of the on-demand instance charge, never discounted, USD.").min(0))
                .required("request_usd", number("$0.20 per million requests, USD.").min(0))
                .required("monthly_usd", number("USD.").min(0))
                .required("price_source", string("Source id of the hourly price."))
                .required("price_confidence", string("How the hourly price was obtained."))
                .required("price_as_of", string("Date of the hourly price."))
                .required("fleet_from_sizing", bool("True when compute_sizing chose the fleet.")))
        .required(
            "cheaper",
            enumOf("Which costs less; standard_lambda on a tie.", "lmi", "standard_lambda"))
        .required(
            "savings_pct",
            number("How much less the cheaper option costs, percent.").min(0).max(100))
        .required(
            "break_even_monthly_requests",
            integer("Volume at which both cost the same for this LMI fleet.").min(0))
        .required(
            "break_even_requests_per_second",
            number("The break-even as a steady rate over 730 hours.").min(0))
        .required(
            "discounts",
            object("The savings-plan scenario applied.")
                .required("savings_plan", string(null))
                .required("ec2_pct", number("Percent off EC2.").min(0).max(100))
                .required("lambda_pct", number("Percent off Lambda duration.").min(0).max(100))
                .required("source", string(null))
                .required("source_url", string(null))
                .required("note", string(null)))
        .required("include_free_tier", bool(null))
        .required("prices_as_of", string("Date of the EC2 price used."))
        .required("price_table_version", string("Version of the embedded table."))
        .required("assumptions", strings("What the numbers assume."))
        .required("warnings", strings("What to watch."))
        .required("must_mention", mustMention())
        .toMap();
  }
}

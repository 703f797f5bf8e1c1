package dev.lmiadvisor.server.tools.sizing;

import static dev.lmiadvisor.server.inventory.Schema.bool;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.names;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.lmiadvisor.knowledge.MustMention;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.chart.CostChart;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.tools.cost.CostAnalysis;
import dev.lmiadvisor.tools.cost.CostComparison;
import dev.lmiadvisor.tools.cost.CostSeries;
import dev.lmiadvisor.tools.cost.SavingsPlan;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * compare_costs: a month on standard Lambda against a month on LMI, and the {@code lmi://prices}
 * resource it prices from.
 *
 * <p>It is annotated open-world only when the operator turned live prices on ({@code
 * LMI_ADVISOR_LIVE_PRICES=true}): then it may call the AWS Price List API. Live prices are a server
 * setting rather than a tool argument so that an assistant cannot make a server reach AWS that was
 * not configured to, and the annotation always tells the truth about this server.
 */
public final class CompareCosts {

  public static final String NAME = "compare_costs";
  public static final String PRICES_URI = "lmi://prices";

  /** The comparison, with the facts a reply must carry and the data of the break-even chart. */
  public record Output(
      @JsonUnwrapped CostComparison comparison, List<String> mustMention, CostSeries series) {}

  /**
   * How the chart comes with the result, besides {@code series}: SVG by default; PNG for clients
   * that show only raster images (most chat clients hand images to a model API that takes PNG,
   * JPEG, GIF or WebP only); both; or none.
   */
  public static final String CHART_FORMAT = "chart_format";

  static final String[] CHART_FORMATS = {"svg", "png", "both", "none"};

  private CompareCosts() {}

  /**
   * What a cost comparison's fields take beyond their Java types, at {@code prefix} (empty for this
   * tool's own output, {@code costs.} where another tool carries a comparison).
   */
  public static OutputSchema outputNotes(OutputSchema schema, String prefix) {
    return schema
        .values(prefix + "architecture", Architecture.class)
        .values(prefix + "cheaper", "lmi", "standard_lambda");
  }

  public static ToolDefinition definition(Services services) {
    boolean live = services.livePricesEnabled();
    return new ToolDefinition(
        NAME,
        "Compare standard Lambda and LMI costs",
        "Prices a month of the workload on standard Lambda (requests plus GB-seconds by"
            + " architecture; free tier only when asked; Lambda's Compute Savings Plan on"
            + " duration) and on LMI (instances x hourly x 730 h, plus a 15% management fee on the"
            + " on-demand EC2 price that no discount reduces, plus $0.20 per million requests;"
            + " savings plans discount the EC2 part only). Without instance_type or"
            + " instance_count the fleet is derived with compute_sizing (at least 3 instances)."
            + " Returns which is cheaper and by how much, the break-even monthly volume (solved,"
            + " not guessed), the price date and sources, and the break-even chart: its data in"
            + " series and the chart itself as an image (SVG; chart_format png for clients that"
            + " show only raster images)."
            + (live
                ? " This server asks the AWS Price List API for current EC2 prices."
                : " Prices come from the embedded table (lmi://prices)."),
        SizingInputs.TOOLSET,
        live ? Hints.REMOTE_READ : Hints.LOCAL_READ,
        object("")
            .required("monthly_requests", integer("Invocations per month.").min(1))
            .required(
                "avg_duration_ms",
                SizingInputs.positiveNumber("Average billed duration on standard Lambda, ms.")
                    .max(900_000))
            .required(
                "memory_mb", integer("Memory of the standard function, MB.").min(128).max(10_240))
            .optional(
                "architecture",
                SizingInputs.architecture("arm64 (Graviton, default) or x86_64; both sides."))
            .optional("region", SizingInputs.region("Region; default us-east-1."))
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
            .optional(
                "runtime",
                SizingInputs.runtime(
                    "Runtime, to derive the fleet; without it the fleet is sized as Node.js and the"
                        + " answer says so.",
                    false))
            .optional("workload", SizingInputs.workload())
            .optional(
                "peak_concurrency",
                integer("Peak requests in flight, to derive the fleet; default the average.")
                    .min(1)
                    .max(10_000_000))
            .optional(
                CHART_FORMAT,
                enumOf(
                        "The break-even chart as an image block: svg (default), png for clients"
                            + " that show only raster images, both, or none. Its data is always"
                            + " in series.",
                        CHART_FORMATS)
                    .defaultValue("svg"))
            .closed()
            .toMap(),
        outputNotes(OutputSchema.of(NAME, Output.class), "").toMap(),
        request -> {
          CostAnalysis analysis = services.costs().analyse(SizingArguments.costs(request));
          CostComparison comparison = analysis.comparison();
          List<String> mention =
              SizingInputs.english(MustMention.forCostComparison(comparison.lmiCheaper()));
          return new ToolOutcome(
              new Output(comparison, mention, analysis.series()),
              SizingText.costs(comparison, mention),
              charts(analysis.series(), request.optionalString(CHART_FORMAT).orElse("svg")));
        });
  }

  private static List<ToolOutcome.Image> charts(CostSeries series, String format) {
    String description = CostChart.description(series);
    List<ToolOutcome.Image> images = new ArrayList<>();
    if (format.equals("svg") || format.equals("both")) {
      images.add(
          new ToolOutcome.Image(
              ToolOutcome.Image.SVG,
              CostChart.svg(series).getBytes(StandardCharsets.UTF_8),
              description));
    }
    if (format.equals("png") || format.equals("both")) {
      images.add(new ToolOutcome.Image(ToolOutcome.Image.PNG, CostChart.png(series), description));
    }
    return images;
  }

  public static ResourceDefinition prices(Services services) {
    return new ResourceDefinition(
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
                    PRICES_URI, "application/json", services.priceTable().json())));
  }
}

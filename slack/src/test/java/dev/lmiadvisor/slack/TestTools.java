package dev.lmiadvisor.slack;

import static dev.lmiadvisor.server.inventory.Schema.bool;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.number;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only stand-ins for tools that other branches add to the server (SPEC.md names, arguments and
 * output fields), so that the Slack side can be tested before they land. Product code never sees
 * these; once the real tools are on main, tests of the happy paths can use them instead.
 */
final class TestTools {

  private TestTools() {}

  /** What a confirming tool saw and did. */
  static final class Runs {
    final AtomicInteger executions = new AtomicInteger();
    final List<Caller.Confirmation> confirmations = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> requesters = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> arguments = new CopyOnWriteArrayList<>();
  }

  /**
   * {@code run_aws_cli} as the sandbox will behave for an operation that needs confirmation: it
   * asks the caller's confirmer on the calling thread and executes only when accepted.
   */
  static ToolDefinition confirmingCli(Runs runs) {
    return new ToolDefinition(
        "run_aws_cli",
        "Run an AWS CLI command (test stand-in)",
        "Test stand-in that asks for confirmation before it 'executes'.",
        "sandbox",
        new Hints(false, true, false, true),
        object("")
            .required("command", string("The aws command.").minLength(1).maxLength(4000))
            .optional("mode", enumOf("plan or execute.", "plan", "execute"))
            .optional("region", string("Region."))
            .closed()
            .toMap(),
        object("").toMap(),
        request -> {
          runs.arguments.add(request.arguments());
          runs.requesters.add(request.caller().identity());
          Caller.Confirmation confirmation =
              request
                  .caller()
                  .confirmer()
                  .map(
                      c -> c.ask("Run `" + request.string("command") + "`? It deletes a function."))
                  .orElse(Caller.Confirmation.declined());
          runs.confirmations.add(confirmation);
          boolean executed = confirmation.accepted();
          if (executed) {
            runs.executions.incrementAndGet();
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("decision", executed ? "requires_confirmation" : "denied");
          out.put("reason", executed ? "confirmed by the person" : "the person did not confirm");
          out.put("rule", "confirm-destructive");
          out.put("service", "lambda");
          out.put("operation", "DeleteFunction");
          out.put("read_only", false);
          out.put("executed", executed);
          out.put("result", executed ? Map.of("status_code", 204) : Map.of());
          out.put("audit_id", "audit-" + runs.confirmations.size());
          return new ToolOutcome(out, executed ? "executed" : "not executed");
        });
  }

  /** {@code compute_sizing} that takes as long as the test wants. */
  static ToolDefinition slowSizing(CountDownLatch started, CountDownLatch release) {
    return new ToolDefinition(
        "compute_sizing",
        "Size an LMI function (test stand-in)",
        "Test stand-in that waits until released.",
        "sizing",
        Hints.LOCAL_READ,
        sizingInput(),
        object("").toMap(),
        request -> {
          started.countDown();
          try {
            if (!release.await(30, TimeUnit.SECONDS)) {
              throw new IllegalStateException("never released");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("memory_mb", 4096);
          out.put("memory_gib_per_vcpu", 2.0);
          out.put("vcpus_per_execution_environment", 2);
          out.put("per_execution_environment_max_concurrency", 64);
          out.put("min_execution_environments", 3);
          out.put("instance_family", "c");
          out.put("suggested_instance_types", List.of("c7g.xlarge", "c8g.xlarge"));
          out.put("architecture", request.optionalString("architecture").orElse("arm64"));
          out.put("runtime", request.string("runtime"));
          out.put("warnings", List.of());
          return new ToolOutcome(out, "sized");
        });
  }

  /** {@code check_region_availability} whose handler fails the way the caller says. */
  static ToolDefinition failingRegion(RuntimeException failure) {
    return new ToolDefinition(
        "check_region_availability",
        "Check a Region (test stand-in)",
        "Test stand-in that always fails.",
        "regions",
        Hints.LOCAL_READ,
        regionInput(),
        object("").toMap(),
        request -> {
          throw failure;
        });
  }

  /** SPEC.md's compute_sizing arguments. */
  static Map<String, Object> sizingInput() {
    return object("")
        .required("runtime", enumOf("Runtime.", "nodejs", "java", "dotnet", "python", "rust"))
        .optional(
            "workload", enumOf("Profile.", "io_bound", "cpu_bound", "balanced", "memory_bound"))
        .optional("peak_concurrency", integer("Peak concurrent requests.").min(1))
        .optional("peak_rps", number("Peak requests per second.").min(0))
        .optional("avg_duration_ms", number("Average duration.").min(1))
        .optional("memory_mb", integer("Function memory.").min(2048).max(32768))
        .optional("architecture", enumOf("CPU.", "arm64", "x86_64"))
        .optional("environment", enumOf("Stage.", "production", "non_production"))
        .closed()
        .toMap();
  }

  /** SPEC.md's compare_costs arguments. */
  static Map<String, Object> costInput() {
    return object("")
        .required("monthly_requests", integer("Requests a month.").min(0))
        .required("avg_duration_ms", number("Average duration.").min(1))
        .required("memory_mb", integer("Memory.").min(128).max(32768))
        .optional("architecture", enumOf("CPU.", "arm64", "x86_64"))
        .optional("region", string("Region."))
        .optional("instance_type", string("Instance type."))
        .optional("instance_count", integer("Instances.").min(1))
        .optional("savings_plan", enumOf("Plan.", "none", "compute_1yr", "compute_3yr"))
        .optional("include_free_tier", bool("Free tier."))
        .closed()
        .toMap();
  }

  /** SPEC.md's check_region_availability arguments. */
  static Map<String, Object> regionInput() {
    return object("")
        .required("region", string("Region code.").pattern("^[a-z0-9-]+$"))
        .optional("feature", string("Feature id."))
        .optional("live", bool("Probe live."))
        .closed()
        .toMap();
  }
}

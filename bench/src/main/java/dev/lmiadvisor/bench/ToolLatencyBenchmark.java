package dev.lmiadvisor.bench;

import dev.lmiadvisor.knowledge.Answer;
import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.Route;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.mcp.ToolCalls;
import dev.lmiadvisor.server.tools.Toolsets;
import dev.lmiadvisor.server.tools.sandbox.RunAwsCli;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process latency of the tools, sampled so that JMH reports percentiles (p99 target: 1 ms).
 * Questions rotate through three languages so that no single cached path is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ToolLatencyBenchmark {

  private static final List<String> QUESTIONS =
      List.of(
          "Is LMI cheaper than standard Lambda at 300 million requests a month with a Savings Plan?",
          "Our capacity provider has been stuck in Pending for an hour after we created the VPC, why?",
          "Which instance family and memory-to-vCPU ratio should a CPU-bound Java service use?",
          "容量提供商一直卡在 Pending 状态怎么办？",
          "Làm sao để handler Node.js an toàn luồng khi chạy nhiều request đồng thời?",
          "Show me the before and after code for moving a Python handler with a DB connection to LMI");

  private KnowledgeService knowledge;
  private int next;
  private ToolDefinition computeSizing;
  private ToolDefinition compareCosts;
  private ToolDefinition checkRegion;
  private ToolDefinition runAwsCli;
  private SandboxService sandbox;

  @Setup
  public void load() throws IOException {
    knowledge = KnowledgeService.load();
    Inventory inventory = Toolsets.inventory(new Services());
    computeSizing = inventory.tool("compute_sizing").orElseThrow();
    compareCosts = inventory.tool("compare_costs").orElseThrow();
    checkRegion = inventory.tool("check_region_availability").orElseThrow();
    // The sandbox audits every call to a log of its own, fsynced per record as in production.
    Path folder = Files.createTempDirectory("lmi-bench-audit");
    sandbox =
        SandboxService.create(
            SandboxSettings.fromEnvironment(
                Map.of(
                    "LMI_ADVISOR_AUDIT_DIR", folder.resolve("audit").toString(),
                    "LMI_ADVISOR_WORKDIR", folder.resolve("work").toString())));
    runAwsCli = RunAwsCli.definition(() -> sandbox);
  }

  @TearDown
  public void close() {
    sandbox.close();
  }

  private static McpSchema.CallToolResult call(ToolDefinition tool, Map<String, Object> arguments) {
    McpSchema.CallToolResult result = ToolCalls.call(tool, arguments, Caller.commandLine());
    if (Boolean.TRUE.equals(result.isError())) {
      throw new IllegalStateException(tool.name() + " failed: " + result.content());
    }
    return result;
  }

  @Benchmark
  public McpSchema.CallToolResult computeSizing() {
    return call(
        computeSizing,
        Map.of(
            "runtime", "java", "workload", "cpu_bound", "peak_rps", 250, "avg_duration_ms", 120));
  }

  @Benchmark
  public McpSchema.CallToolResult compareCosts() {
    return call(
        compareCosts,
        Map.of("monthly_requests", 259_200_000, "avg_duration_ms", 200, "memory_mb", 512));
  }

  @Benchmark
  public McpSchema.CallToolResult checkRegionAvailability() {
    return call(checkRegion, Map.of("region", "cn-northwest-1"));
  }

  @Benchmark
  public McpSchema.CallToolResult runAwsCliPlan() {
    return call(
        runAwsCli,
        Map.of(
            "command",
            "aws lambda create-capacity-provider --capacity-provider-name orders --vpc-config"
                + " SubnetIds=subnet-0aaa1111,subnet-0bbb2222,subnet-0ccc3333,SecurityGroupIds=sg-0123456789abcdef0"
                + " --permissions-config CapacityProviderOperatorRoleArn=arn:aws:iam::123456789012:role/op"
                + " --region us-east-1"));
  }

  @Benchmark
  public Route routeQuestion() {
    next = (next + 1) % QUESTIONS.size();
    return knowledge.route(QUESTIONS.get(next));
  }

  @Benchmark
  public Answer answerQuestion() {
    next = (next + 1) % QUESTIONS.size();
    return knowledge.answer(QUESTIONS.get(next), KnowledgeService.DEFAULT_PASSAGES);
  }
}

package dev.lmiadvisor.bench;

import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.Route;
import java.util.List;
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

  @Setup
  public void load() {
    knowledge = KnowledgeService.load();
  }

  @Benchmark
  public Route routeQuestion() {
    next = (next + 1) % QUESTIONS.size();
    return knowledge.route(QUESTIONS.get(next));
  }
}

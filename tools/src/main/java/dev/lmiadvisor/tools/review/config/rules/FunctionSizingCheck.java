package dev.lmiadvisor.tools.review.config.rules;

import static dev.lmiadvisor.tools.LmiLimits.MAX_CONCURRENCY;
import static dev.lmiadvisor.tools.LmiLimits.MAX_CONCURRENCY_PER_VCPU_GUIDANCE;
import static dev.lmiadvisor.tools.LmiLimits.MAX_MEMORY_MB;
import static dev.lmiadvisor.tools.LmiLimits.MAX_RATIO;
import static dev.lmiadvisor.tools.LmiLimits.MIN_CONCURRENCY;
import static dev.lmiadvisor.tools.LmiLimits.MIN_MEMORY_MB;
import static dev.lmiadvisor.tools.LmiLimits.MIN_RATIO;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import dev.lmiadvisor.tools.vocabulary.RuntimeVersion;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Memory, memory-to-vCPU ratio and per-environment concurrency of each LMI function: the rules
 * CFG-MEMORY-UNSET, CFG-MEMORY-MIN, CFG-MEMORY-MAX, CFG-RATIO-UNSET, CFG-RATIO-RANGE,
 * CFG-MEMORY-RATIO, CFG-CONCURRENCY-UNSET, CFG-CONCURRENCY-RANGE, CFG-CONCURRENCY-HIGH and
 * CFG-PYTHON-PROCESS-MEMORY. Limits and their sources are in {@link LmiLimits}.
 */
final class FunctionSizingCheck implements TemplateCheck {

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    for (LambdaFunction function : template.lmiFunctions()) {
      new Sizing(template, function, findings).check();
    }
  }

  private static final class Sizing {
    private final Template template;
    private final LambdaFunction function;
    private final Findings findings;
    private final boolean partialFragment;

    Sizing(ReviewedTemplate reviewed, LambdaFunction function, Findings findings) {
      this.template = reviewed.template();
      this.function = function;
      this.findings = findings;
      this.partialFragment = reviewed.shape() == TemplateShape.PROPERTIES;
    }

    void check() {
      Optional<Double> memory = memory();
      Optional<Double> ratio = ratio();
      OptionalInt vcpus = vcpus(memory, ratio);
      Optional<Double> concurrency = concurrency(vcpus);
      pythonProcesses(memory, vcpus, concurrency);
    }

    private Optional<Double> memory() {
      Optional<TemplateNode> node = function.get("MemorySize");
      if (node.isEmpty()) {
        if (!partialFragment) {
          findings.add(
              ConfigurationRule.MEMORY_UNSET,
              function.id(),
              function.resource().line(),
              "MemorySize is not set. The Lambda default of %d MB is far below the %d MB that"
                      .formatted(LmiLimits.LAMBDA_DEFAULT_MEMORY_MB, MIN_MEMORY_MB)
                  + " Lambda Managed Instances needs.",
              "Set MemorySize explicitly, at least %d MB, sized for all the requests one execution environment serves at once."
                  .formatted(MIN_MEMORY_MB));
        }
        return Optional.empty();
      }
      Optional<Double> memory = template.number(node.get());
      int line = function.lineOf("MemorySize");
      memory.ifPresent(
          mb -> {
            if (mb < MIN_MEMORY_MB) {
              findings.add(
                  ConfigurationRule.MEMORY_BELOW_MINIMUM,
                  function.id(),
                  line,
                  "MemorySize is %s MB%s; an LMI function needs at least %d MB (2 GB and 1 vCPU)."
                      .formatted(format(mb), viaParameter(node.get()), MIN_MEMORY_MB),
                  "Set MemorySize to %d or more. One execution environment serves many requests at once, so size it for the concurrent total, not for one request."
                      .formatted(MIN_MEMORY_MB));
            } else if (mb > MAX_MEMORY_MB) {
              findings.add(
                  ConfigurationRule.MEMORY_ABOVE_MAXIMUM,
                  function.id(),
                  line,
                  "MemorySize is %s MB%s; the maximum is %d MB."
                      .formatted(format(mb), viaParameter(node.get()), MAX_MEMORY_MB),
                  "Set MemorySize to %d or less, or split the work.".formatted(MAX_MEMORY_MB));
            }
          });
      return memory;
    }

    private Optional<Double> ratio() {
      Optional<TemplateNode> node = function.lmiSetting(LambdaFunction.RATIO);
      int line = function.lmiSettingLine(LambdaFunction.RATIO);
      if (node.isEmpty()) {
        findings.add(
            ConfigurationRule.RATIO_UNSET,
            function.id(),
            line,
            "ExecutionEnvironmentMemoryGiBPerVCpu is not set. The API states no default, the CDK"
                + " uses 2.0 and older guidance says 4.0, so the vCPU count of each execution"
                + " environment depends on the tool that deploys it.",
            "Set ExecutionEnvironmentMemoryGiBPerVCpu explicitly: 2.0 for CPU-heavy work, 4.0 for"
                + " general work, 8.0 for memory-heavy work (Python often needs 4.0 or 8.0).");
        return Optional.empty();
      }
      Optional<Double> ratio = template.number(node.get());
      ratio.ifPresent(
          value -> {
            if (value < MIN_RATIO || value > MAX_RATIO) {
              findings.add(
                  ConfigurationRule.RATIO_OUT_OF_RANGE,
                  function.id(),
                  line,
                  "ExecutionEnvironmentMemoryGiBPerVCpu is %s; the API accepts 2.0 to 8.0."
                      .formatted(format(value)),
                  "Use 2.0, 4.0 or 8.0 GiB per vCPU.");
            } else if (value != 2.0 && value != 4.0 && value != 8.0) {
              findings.add(
                  ConfigurationRule.RATIO_OUT_OF_RANGE,
                  Severity.WARNING,
                  function.id(),
                  line,
                  "ExecutionEnvironmentMemoryGiBPerVCpu is %s; SAM documents 2, 4 and 8 GiB per vCPU as the supported ratios."
                      .formatted(format(value)),
                  "Use 2.0, 4.0 or 8.0 GiB per vCPU.");
            }
          });
      return ratio.filter(v -> v >= MIN_RATIO && v <= MAX_RATIO);
    }

    /** vCPUs per execution environment = MemorySize / (ratio × 1024). */
    private OptionalInt vcpus(Optional<Double> memory, Optional<Double> ratio) {
      if (memory.isEmpty() || ratio.isEmpty() || memory.get() < MIN_MEMORY_MB) {
        return OptionalInt.empty();
      }
      double perVcpu = ratio.get() * 1024;
      double vcpus = memory.get() / perVcpu;
      int line = function.lineOf("MemorySize");
      if (vcpus < 1) {
        findings.add(
            ConfigurationRule.MEMORY_RATIO_MISMATCH,
            Severity.ERROR,
            function.id(),
            line,
            "At %s GiB per vCPU one vCPU needs %s MB, but MemorySize is %s MB: less than one vCPU."
                .formatted(format(ratio.get()), format(perVcpu), format(memory.get())),
            "Raise MemorySize to %s MB or lower ExecutionEnvironmentMemoryGiBPerVCpu."
                .formatted(format(perVcpu)));
        return OptionalInt.empty();
      }
      if (memory.get() % perVcpu != 0) {
        int lower = (int) Math.floor(vcpus);
        findings.add(
            ConfigurationRule.MEMORY_RATIO_MISMATCH,
            function.id(),
            line,
            "MemorySize %s MB at %s GiB per vCPU is %.2f vCPUs; execution environments get whole vCPUs."
                .formatted(format(memory.get()), format(ratio.get()), vcpus),
            "Use a multiple of %s MB, for example %s or %s MB."
                .formatted(
                    format(perVcpu), format(lower * perVcpu), format((lower + 1) * perVcpu)));
      }
      return OptionalInt.of((int) Math.floor(vcpus));
    }

    private Optional<Double> concurrency(OptionalInt vcpus) {
      Optional<TemplateNode> node = function.lmiSetting(LambdaFunction.CONCURRENCY);
      int line = function.lmiSettingLine(LambdaFunction.CONCURRENCY);
      if (node.isEmpty()) {
        findings.add(
            ConfigurationRule.CONCURRENCY_UNSET,
            function.id(),
            line,
            "PerExecutionEnvironmentMaxConcurrency is not set, so the runtime default applies (per"
                + " vCPU: Node.js 64, Java 32, .NET 32, Python 16) while the CDK documents 10; CPU-"
                + " or memory-heavy requests can overload an environment at the default.",
            "Set PerExecutionEnvironmentMaxConcurrency from the CPU time and memory one request"
                + " uses: 1-2 per vCPU for CPU-bound work, higher for I/O-bound work.");
        return Optional.empty();
      }
      Optional<Double> concurrency = template.number(node.get());
      concurrency.ifPresent(
          value -> {
            if (value < MIN_CONCURRENCY || value > MAX_CONCURRENCY || value != Math.rint(value)) {
              findings.add(
                  ConfigurationRule.CONCURRENCY_OUT_OF_RANGE,
                  function.id(),
                  line,
                  "PerExecutionEnvironmentMaxConcurrency is %s; the API accepts whole numbers from %d to %d."
                      .formatted(format(value), MIN_CONCURRENCY, MAX_CONCURRENCY),
                  "Set a whole number between %d and %d."
                      .formatted(MIN_CONCURRENCY, MAX_CONCURRENCY));
            } else if (vcpus.isPresent()
                && value > (double) MAX_CONCURRENCY_PER_VCPU_GUIDANCE * vcpus.getAsInt()) {
              findings.add(
                  ConfigurationRule.CONCURRENCY_ABOVE_GUIDANCE,
                  function.id(),
                  line,
                  "PerExecutionEnvironmentMaxConcurrency %s on %d vCPU is %.0f per vCPU; AWS suggests at most %d per vCPU, and only for requests that use very little CPU."
                      .formatted(
                          format(value),
                          vcpus.getAsInt(),
                          value / vcpus.getAsInt(),
                          MAX_CONCURRENCY_PER_VCPU_GUIDANCE),
                  "Lower it to %d or less, or add vCPUs (more MemorySize or a lower ratio)."
                      .formatted(MAX_CONCURRENCY_PER_VCPU_GUIDANCE * vcpus.getAsInt()));
            }
          });
      return concurrency;
    }

    private void pythonProcesses(
        Optional<Double> memory, OptionalInt vcpus, Optional<Double> concurrency) {
      boolean python =
          function
              .get("Runtime")
              .flatMap(template::text)
              .flatMap(RuntimeVersion::runtimeOf)
              .filter(LambdaRuntime::processPerRequest)
              .isPresent();
      if (!python || memory.isEmpty()) {
        return;
      }
      Optional<Double> processes =
          concurrency
              .filter(c -> c >= 1)
              .or(
                  () ->
                      vcpus.isPresent()
                          ? Optional.of(
                              (double) LmiLimits.PYTHON_DEFAULT_CONCURRENCY_PER_VCPU
                                  * vcpus.getAsInt())
                          : Optional.empty());
      if (processes.isEmpty()) {
        return;
      }
      double perProcess = memory.get() / processes.get();
      boolean tight = perProcess < LmiLimits.PYTHON_TIGHT_PROCESS_MEMORY_MB;
      findings.add(
          ConfigurationRule.PYTHON_PROCESS_MEMORY,
          tight ? Severity.WARNING : Severity.INFO,
          function.id(),
          function.lineOf("MemorySize"),
          "Python runs one process per concurrent request: %s processes share %s MB, about %.0f MB each, and each process loads your code and libraries."
              .formatted(format(processes.get()), format(memory.get()), perProcess),
          tight
              ? "Lower PerExecutionEnvironmentMaxConcurrency or raise MemorySize (a 4.0 or 8.0 ratio suits Python), then watch MemoryUtilization."
              : "Check the resident memory of one process after init against this share, and watch MemoryUtilization under load.");
    }

    private String viaParameter(TemplateNode node) {
      return template
          .resolve(node)
          .flatMap(Template.Resolved::viaParameter)
          .map(p -> " (the default of parameter " + p + ")")
          .orElse("");
    }
  }

  /**
   * Whole vCPUs of one execution environment: MemorySize / (ratio × 1024 MB), when both are known
   * and give at least one vCPU.
   */
  static OptionalInt vcpusOf(Template template, LambdaFunction function) {
    Optional<Double> memory = function.get("MemorySize").flatMap(template::number);
    Optional<Double> ratio =
        function
            .lmiSetting(LambdaFunction.RATIO)
            .flatMap(template::number)
            .filter(r -> r >= MIN_RATIO && r <= MAX_RATIO);
    if (memory.isEmpty() || ratio.isEmpty()) {
      return OptionalInt.empty();
    }
    double vcpus = memory.get() / (ratio.get() * 1024);
    return vcpus < 1 ? OptionalInt.empty() : OptionalInt.of((int) Math.floor(vcpus));
  }

  /** 2048.0 → "2048", 2.5 → "2.5". */
  static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}

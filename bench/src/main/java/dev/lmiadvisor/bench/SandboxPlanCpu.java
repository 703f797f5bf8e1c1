package dev.lmiadvisor.bench;

import com.sun.management.ThreadMXBean;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.RunRequest;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time and allocation of one plan-mode {@code run_aws_cli} call, the checking half alone and
 * with its audit record. Thread CPU time is what a loaded machine does not inflate, so two versions
 * of the sandbox can be compared on a shared machine where wall-clock percentiles mostly measure
 * the other builds. Usage: {@code java -cp bench/target/lmi-advisor-bench.jar
 * dev.lmiadvisor.bench.SandboxPlanCpu <folder for the audit log, e.g. /dev/shm/lmi>}.
 */
public final class SandboxPlanCpu {

  private static final String COMMAND =
      "aws lambda create-capacity-provider --capacity-provider-name orders --vpc-config"
          + " SubnetIds=subnet-0aaa1111,subnet-0bbb2222,subnet-0ccc3333,SecurityGroupIds=sg-0123456789abcdef0"
          + " --permissions-config CapacityProviderOperatorRoleArn=arn:aws:iam::123456789012:role/op"
          + " --region us-east-1";

  private SandboxPlanCpu() {}

  public static void main(String[] args) throws Exception {
    Path base = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/lmi-plan-cpu"));
    Path folder = Files.createTempDirectory(base, "plan");
    RunRequest request =
        new RunRequest(
            COMMAND,
            RunRequest.Mode.PLAN,
            Optional.empty(),
            new ClientIdentity("bench", "cli"),
            Optional.empty());
    try (SandboxService sandbox =
        SandboxService.create(
            SandboxSettings.fromEnvironment(
                Map.of(
                    "LMI_ADVISOR_AUDIT_DIR", folder.resolve("audit").toString(),
                    "LMI_ADVISOR_WORKDIR", folder.resolve("work").toString())))) {
      for (int i = 0; i < 6_000; i++) {
        sandbox.run(request);
      }
      ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
      long thread = Thread.currentThread().threadId();
      int n = 1_000;
      long bytes = mx.getThreadAllocatedBytes(thread);
      long cpu = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sandbox.check(COMMAND, Optional.empty());
      }
      System.out.printf(
          Locale.ROOT,
          "check: %d us CPU, %d bytes per call%n",
          (mx.getCurrentThreadCpuTime() - cpu) / n / 1000,
          (mx.getThreadAllocatedBytes(thread) - bytes) / n);
      bytes = mx.getThreadAllocatedBytes(thread);
      cpu = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sandbox.run(request);
      }
      System.out.printf(
          Locale.ROOT,
          "plan with audit record: %d us CPU, %d bytes per call%n",
          (mx.getCurrentThreadCpuTime() - cpu) / n / 1000,
          (mx.getThreadAllocatedBytes(thread) - bytes) / n);
    }
  }
}

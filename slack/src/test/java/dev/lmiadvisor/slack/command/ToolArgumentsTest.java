package dev.lmiadvisor.slack.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.slack.TestSchemas;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What people type after {@code /lmi size|cost|region}, and the tool arguments it becomes. */
class ToolArgumentsTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of(Subcommand.SIZE, "java", Map.of("runtime", "java")),
        Arguments.of(
            Subcommand.SIZE,
            "Python cpu_bound ARM64 peak_concurrency=400",
            Map.of(
                "runtime", "python",
                "workload", "cpu_bound",
                "architecture", "arm64",
                "peak_concurrency", 400L)),
        Arguments.of(
            Subcommand.SIZE,
            "runtime=nodejs memory-mb=4096 environment=non_production",
            Map.of("runtime", "nodejs", "memory_mb", 4096L, "environment", "non_production")),
        Arguments.of(
            Subcommand.SIZE,
            "dotnet peak_rps=1.5k avg_duration_ms=120",
            Map.of("runtime", "dotnet", "peak_rps", 1500.0, "avg_duration_ms", 120.0)),
        Arguments.of(
            Subcommand.COST,
            "50M 120 2048",
            Map.of("monthly_requests", 50_000_000L, "avg_duration_ms", 120.0, "memory_mb", 2048L)),
        Arguments.of(
            Subcommand.COST,
            "1,000,000 80 4096 x86_64 compute_3yr include_free_tier=yes",
            Map.of(
                "monthly_requests",
                1_000_000L,
                "avg_duration_ms",
                80.0,
                "memory_mb",
                4096L,
                "architecture",
                "x86_64",
                "savings_plan",
                "compute_3yr",
                "include_free_tier",
                true)),
        Arguments.of(
            Subcommand.COST,
            "memory_mb=2048 300M 250",
            Map.of("memory_mb", 2048L, "monthly_requests", 300_000_000L, "avg_duration_ms", 250.0)),
        Arguments.of(Subcommand.REGION, "cn-north-1", Map.of("region", "cn-north-1")),
        Arguments.of(
            Subcommand.REGION,
            "eu-south-2 live=true",
            Map.of("region", "eu-south-2", "live", true)));
  }

  @ParameterizedTest(name = "/lmi {0} {1}")
  @MethodSource("accepted")
  void wordsBecomeTypedArguments(Subcommand subcommand, String text, Map<String, Object> expected) {
    assertEquals(
        expected,
        ToolArguments.parse(subcommand, TestSchemas.input(subcommand), SlackText.words(text)));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(Subcommand.SIZE, "", "needs runtime"),
        Arguments.of(Subcommand.SIZE, "cobol", "I don't know which argument `cobol` is"),
        Arguments.of(Subcommand.SIZE, "java colour=blue", "`colour` is not an argument"),
        Arguments.of(Subcommand.SIZE, "java memory_mb=1024", "`memory_mb` must be at least 2048"),
        Arguments.of(
            Subcommand.SIZE, "java memory_mb=2048.5", "`memory_mb` must be a whole number"),
        Arguments.of(Subcommand.SIZE, "java peak_concurrency=lots", "must be a number"),
        Arguments.of(Subcommand.SIZE, "java architecture=sparc", "must be one of arm64, x86_64"),
        Arguments.of(Subcommand.SIZE, "java java", "`runtime` is given twice"),
        Arguments.of(Subcommand.COST, "50M 120", "needs memory_mb"),
        Arguments.of(Subcommand.COST, "50M 120 2048 7", "I don't know which argument `7` is"),
        Arguments.of(Subcommand.COST, "50M 120 2048 include_free_tier=maybe", "true or false"),
        Arguments.of(Subcommand.REGION, "", "needs region"),
        Arguments.of(Subcommand.REGION, "CN_NORTH_1", "`region` does not look right"));
  }

  @ParameterizedTest(name = "/lmi {0} {1}")
  @MethodSource("refused")
  void mistakesAreNamedWithWhatToType(Subcommand subcommand, String text, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToolArguments.parse(
                    subcommand, TestSchemas.input(subcommand), SlackText.words(text)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("freeTextCases")
  void freeTextBecomesOneArgumentPlusTheFixedOnes(
      Subcommand subcommand, String text, Map<String, Object> expected) {
    assertEquals(expected, ToolArguments.freeText(subcommand, TestSchemas.input(subcommand), text));
  }

  static Stream<Arguments> freeTextCases() {
    return Stream.of(
        Arguments.of(
            Subcommand.ASK,
            "What does a = b mean for LMI?",
            Map.of("question", "What does a = b mean for LMI?", "max_passages", 3)),
        Arguments.of(
            Subcommand.RUN,
            "aws lambda list-functions --region eu-west-1",
            Map.of("command", "aws lambda list-functions --region eu-west-1", "mode", "execute")),
        Arguments.of(
            Subcommand.PLAN,
            "aws s3 ls && rm -rf /",
            Map.of("command", "aws s3 ls && rm -rf /", "mode", "plan")));
  }
}

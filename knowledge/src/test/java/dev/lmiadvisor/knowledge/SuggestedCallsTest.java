package dev.lmiadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers of a question become calculator arguments, in every language the router reads. */
class SuggestedCallsTest {

  private static Map<String, SuggestedCall> calls(String question) {
    return SuggestedCalls.forQuestion(question).stream()
        .collect(Collectors.toMap(SuggestedCall::tool, c -> c));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Is LMI cheaper at 300M requests a month? | 300000000",
        "we do 40 million invocations per month at 120 ms | 40000000",
        "每月 3 亿次请求，用 LMI 划算吗？ | 300000000",
        "每个月 3000 万次请求 | 30000000",
        "khoảng 200 triệu request mỗi tháng thì LMI có rẻ hơn không | 200000000",
        "1,500,000 requests/month | 1500000",
        "steady 100 rps, 200 ms, 512 MB | 262800000",
        "每秒 50 个请求 | 131400000",
      })
  void monthlyRequests_areReadInEveryLanguage(String question, long expected) {
    assertEquals(
        expected, calls(question).get("compare_costs").arguments().get("monthly_requests"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "300M requests a month, 200 ms, 512 MB | 200.0 | 512",
        "300M requests a month, 1.5 s average, 2 GB | 1500.0 | 2048",
        "每月 1 亿请求，平均 80 毫秒，1024MB | 80.0 | 1024",
      })
  void durationAndMemory_areConverted(String question, double ms, int mb) {
    SuggestedCall call = calls(question).get("compare_costs");
    assertEquals(ms, call.arguments().get("avg_duration_ms"));
    assertEquals(mb, call.arguments().get("memory_mb"));
    assertEquals(List.of(), call.missing());
  }

  @org.junit.jupiter.api.Test
  void missingFields_areNamedNotGuessed() {
    SuggestedCall call =
        calls("Is LMI cheaper than Lambda at 300M requests a month?").get("compare_costs");
    assertEquals(List.of("avg_duration_ms", "memory_mb"), call.missing());
    assertEquals(Map.of("monthly_requests", 300_000_000L), call.arguments());
  }

  @org.junit.jupiter.api.Test
  void runtimeAndLoad_giveASizingCall() {
    SuggestedCall call =
        calls("Java service, 250 requests per second at 120 ms, arm64: how big?")
            .get("compute_sizing");
    assertEquals("java", call.arguments().get("runtime"));
    assertEquals(250.0, call.arguments().get("peak_rps"));
    assertEquals(120.0, call.arguments().get("avg_duration_ms"));
    assertEquals("arm64", call.arguments().get("architecture"));
  }

  @org.junit.jupiter.api.Test
  void aRegionCode_givesAnAvailabilityCall() {
    assertEquals(
        Map.of("region", "cn-north-1"),
        calls("Can I use LMI in cn-north-1?").get("check_region_availability").arguments());
  }

  @org.junit.jupiter.api.Test
  void aQuestionWithoutNumbers_suggestsNothing() {
    assertTrue(SuggestedCalls.forQuestion("How is the LMI management fee computed?").isEmpty());
    // GB-seconds are a unit of the price, not the function's memory.
    assertTrue(
        !calls("What does a GB-second cost at 300M requests a month?")
            .get("compare_costs")
            .arguments()
            .containsKey("memory_mb"));
  }
}

package dev.lmiadvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers a calculator needs out of a question (requests a month or per second, duration,
 * memory, Region, runtime, architecture, peak concurrency) in English, Chinese and Vietnamese, and
 * names the calls that compute the answer for them.
 */
final class SuggestedCalls {

  /** Seconds in the 730-hour month that the cost reference and compare_costs use. */
  private static final long SECONDS_PER_MONTH = 730L * 3600;

  private static final String NUMBER = "(\\d+(?:[.,]\\d+)*)";

  private static final String SCALE =
      "\\s*(k|thousand|m|mm|mn|million|millions|b|bn|billion|nghìn|ngàn|nghin|ngan|triệu|trieu"
          + "|tỷ|tỉ|ty|ti|千|万|萬|百万|亿|億)?";

  private static final Pattern PER_MONTH =
      Pattern.compile(
          NUMBER
              + SCALE
              + "\\s*(?:[a-z\\u00c0-\\u1ef9]+\\s+){0,2}?(?:requests?|reqs?|invocations?|calls?|events?"
              + "|messages?|hits?|lượt(?:\\s+gọi)?|luot|yêu cầu|yeu cau|次(?:请求|调用)?|个?请求|调用)?"
              + "\\s*(?:/|per|a|each|every|mỗi|moi|một|mot|hàng|hang|每)?\\s*"
              + "(?:month|mo|tháng|thang|个?月)(?![a-z])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "每月 3 亿次请求", "mỗi tháng 300 triệu request": the period first. */
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?:每月|每个月|一个月|月均|mỗi tháng|moi thang|hàng tháng|hang thang|per month|a month)"
              + "\\s*(?:约|大约|大概|khoảng|khoang|around|about)?\\s*"
              + NUMBER
              + SCALE
              + "\\s*(?:次|个|lượt|request|req|invocation|call|请求|调用)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PER_SECOND =
      Pattern.compile(
          NUMBER
              + SCALE
              + "\\s*(?:rps|qps|tps|req/s|reqs?/sec|requests?/s(?:ec)?|requests? (?:per|a|each)"
              + " second|requests? mỗi giây|request mỗi giây|次/秒|次每秒|req mỗi giây)"
              + "|(?:每秒|mỗi giây|moi giay)\\s*(?:约|大约|khoảng)?\\s*"
              + NUMBER
              + SCALE
              + "\\s*(?:次|个|lượt|request|req|请求)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DURATION_MS =
      Pattern.compile(
          NUMBER + "\\s*(?:ms|msec|milliseconds?|毫秒|mili ?giây)(?![a-z])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DURATION_S =
      Pattern.compile(
          NUMBER + "\\s*(?:s|sec|secs|seconds?|秒|giây|giay)(?![a-z/])(?!\\s*(?:/|per)\\s*)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern MEMORY =
      Pattern.compile(
          NUMBER + "\\s*(mb|mib|gb|gib|g)(?![a-z-])(?!\\s*-?\\s*(?:s|sec|second|giây|秒))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern REGION =
      Pattern.compile("\\b((?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-[a-z]+-\\d)\\b");

  private static final Pattern CONCURRENCY =
      Pattern.compile(
          NUMBER
              + "\\s*(?:concurrent (?:requests|executions|invocations)|concurrency|个?并发|并发请求"
              + "|request đồng thời|yêu cầu đồng thời)"
              + "|(?:peak concurrency|并发|đồng thời)\\s*(?:of|约|là|khoảng)?\\s*"
              + NUMBER,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Map<String, Pattern> RUNTIMES = new LinkedHashMap<>();

  static {
    RUNTIMES.put("nodejs", Pattern.compile("(?i)\\b(?:node(?:\\.?js)?|typescript|express)\\b"));
    RUNTIMES.put("python", Pattern.compile("(?i)\\bpython\\b"));
    RUNTIMES.put("java", Pattern.compile("(?i)\\b(?:java|spring|kotlin)\\b"));
    RUNTIMES.put("dotnet", Pattern.compile("(?i)(?:\\.net\\b|\\bdotnet\\b|\\bc#)"));
    RUNTIMES.put("rust", Pattern.compile("(?i)\\brust\\b"));
  }

  private SuggestedCalls() {}

  /** The numbers found in a question. */
  record Numbers(
      Optional<Long> monthlyRequests,
      Optional<Double> peakRps,
      Optional<Double> durationMs,
      Optional<Integer> memoryMb,
      Optional<String> region,
      Optional<String> runtime,
      Optional<String> architecture,
      Optional<Integer> peakConcurrency) {}

  static List<SuggestedCall> forQuestion(String question) {
    Numbers n = read(question);
    List<SuggestedCall> calls = new ArrayList<>();
    Optional<Long> monthly =
        n.monthlyRequests().or(() -> n.peakRps().map(r -> Math.round(r * SECONDS_PER_MONTH)));
    if (monthly.isPresent()) {
      Map<String, Object> args = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      args.put("monthly_requests", monthly.get());
      n.durationMs()
          .ifPresentOrElse(
              d -> args.put("avg_duration_ms", d), () -> missing.add("avg_duration_ms"));
      n.memoryMb().ifPresentOrElse(m -> args.put("memory_mb", m), () -> missing.add("memory_mb"));
      n.architecture().ifPresent(a -> args.put("architecture", a));
      n.region().ifPresent(r -> args.put("region", r));
      calls.add(new SuggestedCall("compare_costs", args, missing));
    }
    boolean load = n.peakConcurrency().isPresent() || n.peakRps().isPresent();
    if (n.runtime().isPresent() && (load || n.memoryMb().isPresent())) {
      Map<String, Object> args = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      args.put("runtime", n.runtime().get());
      n.peakConcurrency().ifPresent(c -> args.put("peak_concurrency", c));
      if (n.peakConcurrency().isEmpty() && n.peakRps().isPresent()) {
        args.put("peak_rps", n.peakRps().get());
        n.durationMs()
            .ifPresentOrElse(
                d -> args.put("avg_duration_ms", d), () -> missing.add("avg_duration_ms"));
      }
      n.memoryMb().ifPresent(m -> args.put("memory_mb", m));
      n.architecture().ifPresent(a -> args.put("architecture", a));
      calls.add(new SuggestedCall("compute_sizing", args, missing));
    }
    n.region()
        .ifPresent(
            r ->
                calls.add(
                    new SuggestedCall(
                        "check_region_availability", Map.of("region", r), List.of())));
    return calls;
  }

  static Numbers read(String question) {
    String text = question.replace('，', ',').replace('　', ' ');
    return new Numbers(
        monthly(text),
        first(PER_SECOND, text).map(m -> scaled(m, 1, 2)),
        first(DURATION_MS, text)
            .map(m -> number(m.group(1)))
            .or(() -> first(DURATION_S, text).map(m -> number(m.group(1)) * 1000))
            .filter(d -> d > 0 && d <= 900_000),
        first(MEMORY, text).map(SuggestedCalls::megabytes).filter(m -> m >= 128 && m <= 32768),
        first(REGION, text).map(m -> m.group(1)),
        RUNTIMES.entrySet().stream()
            .filter(e -> e.getValue().matcher(text).find())
            .map(Map.Entry::getKey)
            .findFirst(),
        architecture(text),
        first(CONCURRENCY, text)
            .map(m -> (int) number(m.group(1) != null ? m.group(1) : m.group(2)))
            .filter(c -> c > 0));
  }

  private static Optional<Long> monthly(String text) {
    return first(PER_MONTH, text)
        .or(() -> first(MONTH_FIRST, text))
        .map(m -> Math.round(scaled(m, 1, 2)))
        .filter(n -> n >= 1000);
  }

  private static Optional<String> architecture(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("arm64") || lower.contains("graviton") || lower.contains("aarch64")) {
      return Optional.of("arm64");
    }
    if (lower.contains("x86") || lower.contains("amd64") || lower.contains("intel")) {
      return Optional.of("x86_64");
    }
    return Optional.empty();
  }

  private static Optional<Matcher> first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  /** The number in group {@code numberGroup} times the scale word in group {@code scaleGroup}. */
  private static double scaled(Matcher m, int numberGroup, int scaleGroup) {
    int base = m.group(numberGroup) != null ? 0 : 2;
    double value = number(m.group(numberGroup + base));
    String scale = m.group(scaleGroup + base);
    return value * multiplier(scale);
  }

  private static double multiplier(String scale) {
    if (scale == null) {
      return 1;
    }
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "k", "thousand", "nghìn", "ngàn", "nghin", "ngan", "千" -> 1e3;
      case "万", "萬" -> 1e4;
      case "m", "mm", "mn", "million", "millions", "triệu", "trieu", "百万" -> 1e6;
      case "亿", "億" -> 1e8;
      case "b", "bn", "billion", "tỷ", "tỉ", "ty", "ti" -> 1e9;
      default -> 1;
    };
  }

  private static double number(String digits) {
    // "1,000,000" and "1.5": a comma or dot followed by exactly three digits groups thousands.
    String plain =
        digits.matches("\\d{1,3}(?:[.,]\\d{3})+")
            ? digits.replaceAll("[.,]", "")
            : digits.replace(',', '.');
    try {
      return Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int megabytes(Matcher m) {
    double value = number(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    return (int) Math.round(unit.startsWith("g") ? value * 1024 : value);
  }
}

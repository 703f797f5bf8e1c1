package dev.lmiadvisor.tools.review.code.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What runs for each request: the handler plus every function it calls by name, transitively,
 * within the same file. Calls are matched by name only, so a name shared by two functions makes
 * both reachable (the review errs towards checking more code).
 */
public final class CallGraph {

  private static final Pattern CALL = Pattern.compile("(?<![\\w$])([A-Za-z_$][\\w$]*)\\s*\\(");

  private CallGraph() {}

  public static List<FunctionSpan> reachable(
      SourceText source, List<FunctionSpan> functions, List<FunctionSpan> entries) {
    Map<String, List<FunctionSpan>> byName = new HashMap<>();
    for (FunctionSpan f : functions) {
      byName.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f);
    }
    List<FunctionSpan> byHeader = new ArrayList<>(functions);
    byHeader.sort(Comparator.comparingInt(FunctionSpan::headerStart));
    int[] headers = byHeader.stream().mapToInt(FunctionSpan::headerStart).toArray();
    Set<FunctionSpan> seen = new LinkedHashSet<>(entries);
    Deque<FunctionSpan> work = new ArrayDeque<>(entries);
    while (!work.isEmpty()) {
      FunctionSpan current = work.pop();
      List<FunctionSpan> next = new ArrayList<>();
      Matcher m = CALL.matcher(source.code());
      m.region(current.bodyStart(), current.bodyEnd());
      while (m.find()) {
        next.addAll(byName.getOrDefault(m.group(1), List.of()));
      }
      // Functions declared inside this one run as part of it (callbacks, nested helpers).
      int from = lowerBound(headers, current.bodyStart());
      for (int i = from; i < headers.length && headers[i] < current.bodyEnd(); i++) {
        next.add(byHeader.get(i));
      }
      for (FunctionSpan candidate : next) {
        if (seen.add(candidate)) {
          work.push(candidate);
        }
      }
    }
    return new ArrayList<>(seen);
  }

  private static int lowerBound(int[] sorted, int value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  public static Regions regions(List<FunctionSpan> functions) {
    return new Regions(functions.stream().map(FunctionSpan::body).toList());
  }
}

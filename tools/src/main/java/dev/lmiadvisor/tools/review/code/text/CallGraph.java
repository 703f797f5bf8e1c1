package dev.lmiadvisor.tools.review.code.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
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
    Set<FunctionSpan> seen = new LinkedHashSet<>(entries);
    Deque<FunctionSpan> work = new ArrayDeque<>(entries);
    while (!work.isEmpty()) {
      FunctionSpan current = work.pop();
      String body = source.code().substring(current.bodyStart(), current.bodyEnd());
      Matcher m = CALL.matcher(body);
      Set<String> called = new LinkedHashSet<>();
      while (m.find()) {
        called.add(m.group(1));
      }
      for (FunctionSpan candidate : functions) {
        boolean nested = current.contains(candidate.headerStart());
        if ((nested || called.contains(candidate.name())) && seen.add(candidate)) {
          work.push(candidate);
        }
      }
    }
    return new ArrayList<>(seen);
  }

  public static Regions regions(List<FunctionSpan> functions) {
    return new Regions(functions.stream().map(FunctionSpan::body).toList());
  }
}

package dev.lmiadvisor.tools.review.code.handler;

import dev.lmiadvisor.tools.review.code.text.CallGraph;
import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import dev.lmiadvisor.tools.review.code.text.Regions;
import dev.lmiadvisor.tools.review.code.text.SourceText;
import dev.lmiadvisor.tools.review.code.text.SpanIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One handler file, in the terms every language shares. Code <em>runs per request</em> when it is
 * in the handler or in a function the handler calls (by name, transitively, within the file); it
 * <em>runs at init</em> otherwise, once per execution environment (once per worker thread in
 * Node.js, once per process in Python). {@link #sharedState()} is what the language's analyser
 * found that every request sees.
 *
 * <p>Patterns are matched against the code view of the source (comments and string contents
 * blanked), so they never match inside a comment or a string.
 */
public final class HandlerModel {

  private final SourceText source;
  private final List<FunctionSpan> handlers;
  private final List<FunctionSpan> perRequest;
  private final Regions perRequestRegions;
  private final SpanIndex functions;
  private final List<SharedState> sharedState = new ArrayList<>();

  /**
   * @param functions every function, method and lambda of the file
   * @param handlers the entry points Lambda invokes, among {@code functions}
   */
  public HandlerModel(
      SourceText source, List<FunctionSpan> functions, List<FunctionSpan> handlers) {
    this.source = source;
    this.handlers = List.copyOf(handlers);
    this.perRequest = CallGraph.reachable(source, functions, handlers);
    this.perRequestRegions = CallGraph.regions(perRequest);
    this.functions = new SpanIndex(source.code().length(), functions);
  }

  public SourceText source() {
    return source;
  }

  /** The code view: the source with comments and string contents blanked. */
  public String code() {
    return source.code();
  }

  public int line(int offset) {
    return source.lineOf(offset);
  }

  /** The entry points Lambda invokes. */
  public List<FunctionSpan> handlers() {
    return handlers;
  }

  /** The handlers and every function they reach, handlers first. */
  public List<FunctionSpan> perRequest() {
    return perRequest;
  }

  public boolean runsPerRequest(int offset) {
    return perRequestRegions.contains(offset);
  }

  /** The ranges of code that run per request. */
  public Regions perRequestRegions() {
    return perRequestRegions;
  }

  /** Outside every function: module scope, run once when the environment starts. */
  public boolean atModuleScope(int offset) {
    return functions.innermost(offset) == null;
  }

  /** The innermost function whose body holds the offset, if any. */
  public Optional<FunctionSpan> enclosingFunction(int offset) {
    return Optional.ofNullable(functions.innermost(offset));
  }

  /** Every match of the pattern in the code view, in order. */
  public Stream<MatchResult> matches(Pattern pattern) {
    return pattern.matcher(code()).results();
  }

  /**
   * The matches inside a function's body. The body's bounds are not taken for the start or end of a
   * line, so {@code ^} matches only where a line really starts.
   */
  public Stream<MatchResult> matchesIn(Pattern pattern, FunctionSpan function) {
    Matcher matcher = pattern.matcher(code());
    matcher.useAnchoringBounds(false);
    matcher.region(function.bodyStart(), function.bodyEnd());
    return matcher.results();
  }

  /**
   * For each of the names, the offset of the first match of the pattern that names it (in its first
   * group that matched) in code that runs per request, unless the function around the match
   * declares a local of that name. One pass over the code, whatever the number of names; the map is
   * in the order the changes appear.
   */
  public Map<String, Integer> firstPerRequest(
      Pattern pattern, Set<String> names, Function<FunctionSpan, Set<String>> localsOf) {
    Map<String, Integer> first = new LinkedHashMap<>();
    if (names.isEmpty()) {
      return first;
    }
    Matcher m = pattern.matcher(code());
    while (m.find()) {
      String name = null;
      for (int group = 1; group <= m.groupCount() && name == null; group++) {
        name = m.group(group);
      }
      if (name == null
          || !names.contains(name)
          || first.containsKey(name)
          || !runsPerRequest(m.start())) {
        continue;
      }
      String found = name;
      boolean shadowed =
          enclosingFunction(m.start()).filter(f -> localsOf.apply(f).contains(found)).isPresent();
      if (!shadowed) {
        first.put(name, m.start());
      }
    }
    return first;
  }

  /**
   * Records state every request sees, as the language's analyser found it.
   *
   * @param declaredAt offset of the declaration
   * @param changedAt offset of the first change made per request, if any
   */
  public void share(
      String name,
      String description,
      SharedState.Kind kind,
      int declaredAt,
      OptionalInt changedAt) {
    sharedState.add(new SharedState(name, description, kind, line(declaredAt), changedAt));
  }

  /** The shared state, in the order of its first change per request (unchanged state last). */
  public List<SharedState> sharedState() {
    return sharedState.stream()
        .sorted(Comparator.comparingInt((SharedState s) -> s.changedAt().orElse(Integer.MAX_VALUE)))
        .toList();
  }
}

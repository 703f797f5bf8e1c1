package dev.lmiadvisor.tools.review.code.python;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import dev.lmiadvisor.tools.review.code.handler.HandlerModel;
import dev.lmiadvisor.tools.review.code.handler.LocalNames;
import dev.lmiadvisor.tools.review.code.handler.SharedState;
import dev.lmiadvisor.tools.review.code.rules.CodeRule;
import dev.lmiadvisor.tools.review.code.rules.FixedTmpPath;
import dev.lmiadvisor.tools.review.code.rules.LoopWithoutDeadline;
import dev.lmiadvisor.tools.review.code.rules.PerRequestMatch;
import dev.lmiadvisor.tools.review.code.rules.SharedStateChange;
import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import dev.lmiadvisor.tools.review.code.text.Lexer;
import dev.lmiadvisor.tools.review.code.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thread-safety rules for Python. On LMI each concurrent request runs in its own process, so module
 * state is not shared between concurrent requests — but it does carry over to the next request the
 * same process serves, {@code /tmp} is shared by all processes, and every process opens its own
 * clients and connections (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-python-runtime.html">Python
 * runtime for Lambda Managed Instances</a>, as of 2026-11-21). Hence most Python findings are
 * warnings rather than errors.
 *
 * <p>Reads the file into a {@link HandlerModel} (functions from their {@code def} blocks;
 * module-level collections as shared state) and checks the rules every language has, in Python's
 * words, plus {@code global} statements in per-request code.
 */
public final class PythonAnalyzer {

  private static final Pattern DEF =
      Pattern.compile("(?m)^([ \\t]*)(async[ \\t]+)?def[ \\t]+([A-Za-z_]\\w*)[ \\t]*\\(");
  private static final Pattern MODULE_ASSIGNMENT =
      Pattern.compile("(?m)^[ \\t]*([A-Za-z_]\\w*)[ \\t]*(?::[^=\\n]+)?=(?!=)[ \\t]*(.*)$");
  private static final Pattern COLLECTION_INIT =
      Pattern.compile(
          "^(\\[|\\{|(?:collections\\.)?(?:set|dict|list|defaultdict|deque|OrderedDict|Counter)\\s*\\()");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
  private static final Pattern LOCAL_ASSIGNMENT =
      Pattern.compile("(?m)^[ \\t]*([A-Za-z_]\\w*)[ \\t]*(?::[^=\\n]+)?=(?!=)");
  private static final Pattern MUTATION =
      Pattern.compile(
          "(?<![\\w.])([A-Za-z_]\\w*)\\s*(?:\\.\\s*(?:append|extend|insert|update|setdefault|add|pop|popitem|remove|clear|discard|appendleft|extendleft)\\s*\\("
              + "|\\[[^\\]]*]\\s*(?:=(?!=)|\\+=|-=))");
  private static final Pattern GLOBAL = Pattern.compile("(?m)^[ \\t]*global[ \\t]+([\\w, \\t]+)");
  private static final Pattern ENV_WRITE =
      Pattern.compile(
          "os\\.environ\\s*\\[[^\\]]*]\\s*=(?!=)|os\\.environ\\s*\\.\\s*(?:update|setdefault|pop|popitem|clear)\\s*\\("
              + "|os\\.(?:putenv|unsetenv)\\s*\\(|del\\s+os\\.environ");
  private static final Pattern CLIENT =
      Pattern.compile(
          "boto3\\s*\\.\\s*(?:client|resource|Session|session\\s*\\.\\s*Session)\\s*\\("
              + "|(?<![\\w.])(?:psycopg2?|pymysql|pg8000|sqlite3|cx_Oracle|oracledb|mysql\\s*\\.\\s*connector|asyncpg)\\s*\\.\\s*connect\\s*\\("
              + "|(?<![\\w.])create_engine\\s*\\(|redis\\s*\\.\\s*(?:Redis|StrictRedis)\\s*\\(|(?<![\\w.])MongoClient\\s*\\("
              + "|requests\\s*\\.\\s*Session\\s*\\(|httpx\\s*\\.\\s*(?:Client|AsyncClient)\\s*\\(|(?<![\\w.])ConnectionPool\\s*\\(");
  private static final Pattern PRINT =
      Pattern.compile(
          "(?<![\\w.])print\\s*\\(|sys\\s*\\.\\s*(?:stdout|stderr)\\s*\\.\\s*write\\s*\\(");
  private static final Pattern LOOP =
      Pattern.compile("(?m)^[ \\t]*(?:async[ \\t]+)?(?:for|while)\\b");
  private static final Pattern DEADLINE = Pattern.compile("get_remaining_time_in_millis");

  /** The rules every language has, in Python's words. */
  private static final List<CodeRule> RULES =
      List.of(
          PerRequestMatch.of(
              ThreadSafetyRule.GLOBAL_STATEMENT,
              GLOBAL,
              m ->
                  "'global %s' lets the handler write module state; it carries over to the next request this process serves, and becomes a race if the handler starts threads."
                      .formatted(m.group(1).strip()),
              "Keep request data in local variables and return or pass it; keep module scope for clients and read-only configuration built at init."),
          new SharedStateChange(
              SharedState.Kind.COLLECTION,
              state ->
                  "Module-level '%s' (line %d) is changed by every request: it is never reset, grows for the life of the process, and that memory is multiplied by the number of processes."
                      .formatted(state.name(), state.declaredLine()),
              "Keep per-request data in local variables; send counters to CloudWatch metrics and shared records to a datastore; bound any cache."),
          PerRequestMatch.orNotedAtInit(
              ThreadSafetyRule.ENVIRONMENT_MUTATION,
              ENV_WRITE,
              Severity.WARNING,
              "os.environ is written while handling a request; the value leaks into the next request this process serves (and into any threads the handler starts).",
              "os.environ is written during init; harmless for concurrency, but configuration is clearer read once and never written.",
              "Read configuration once at module scope and pass request-specific values as arguments."),
          PerRequestMatch.of(
              ThreadSafetyRule.CLIENT_PER_INVOCATION,
              CLIENT,
              m ->
                  "%s(...) runs for every request: it adds latency, and each of the environment's processes opens its own connections."
                      .formatted(
                          m.group().substring(0, m.group().length() - 1).replaceAll("\\s+", "")),
              "Create clients, engines and pools once at module scope (init runs once per process); size database pools for one request per process (pool_size=1, max_overflow=0)."),
          PerRequestMatch.of(
              ThreadSafetyRule.STDOUT_LOGGING,
              PRINT,
              "Writing to stdout (print, sys.stdout) leaves out the request id, so the logs of the concurrent processes cannot be told apart.",
              "Use the logging module (logger = logging.getLogger()); on LMI it adds the requestId to each entry."),
          new LoopWithoutDeadline(
              LOOP,
              DEADLINE,
              "This loop runs per request but nothing checks the remaining time; on LMI a timed-out invocation is reported failed while its code keeps running.",
              "Check context.get_remaining_time_in_millis() in the loop and stop cleanly before the deadline; set timeouts on downstream calls."),
          new FixedTmpPath(
              "tempfile.TemporaryDirectory(prefix=f\"job-{context.aws_request_id}-\") or tempfile.NamedTemporaryFile()"));

  private final SourceText source;
  private final String code;
  private final List<FunctionSpan> functions = new ArrayList<>();
  private final HandlerModel model;
  private final LocalNames assigned;
  private final Map<FunctionSpan, Set<String>> locals = new HashMap<>();

  private PythonAnalyzer(String text) {
    this.source = Lexer.python(text);
    this.code = source.code();
    outline();
    List<FunctionSpan> handlers =
        functions.stream()
            .filter(
                f ->
                    f.name().equals("handler")
                        || f.name().equals("lambda_handler")
                        || f.parameters().replaceAll("\\s", "").matches("(self,)?event,context.*"))
            .toList();
    if (handlers.isEmpty()) {
      handlers = functions.stream().filter(f -> indentOf(f.headerStart()) == 0).toList();
    }
    this.model = new HandlerModel(source, functions, handlers);
    this.assigned = new LocalNames(code, IDENTIFIER, LOCAL_ASSIGNMENT);
    shareModuleCollections();
  }

  /** The file as the rules see it. */
  public static HandlerModel read(String text) {
    return new PythonAnalyzer(text).model;
  }

  public static void analyze(String text, CodeFindings findings) {
    HandlerModel model = read(text);
    RULES.forEach(rule -> rule.check(model, findings));
  }

  private int indentOf(int offset) {
    int start = code.lastIndexOf('\n', offset - 1) + 1;
    int i = start;
    while (i < code.length() && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
      i++;
    }
    return i - start;
  }

  private void outline() {
    Matcher m = DEF.matcher(code);
    while (m.find()) {
      int open = m.end() - 1;
      int close = source.matching(open);
      if (close < 0) {
        continue;
      }
      int colon = close + 1;
      while (colon < code.length() && code.charAt(colon) != ':') {
        if (code.charAt(colon) == '(' || code.charAt(colon) == '[') {
          colon = Math.max(colon, source.matching(colon));
        }
        colon++;
      }
      if (colon >= code.length()) {
        continue;
      }
      int indent = m.group(1).length();
      int bodyStart = colon + 1;
      int lineEnd = code.indexOf('\n', bodyStart);
      lineEnd = lineEnd < 0 ? code.length() : lineEnd;
      int bodyEnd;
      if (!code.substring(bodyStart, lineEnd).isBlank()) {
        bodyEnd = lineEnd; // def f(): return 1
      } else {
        bodyEnd = blockEnd(lineEnd, indent);
      }
      functions.add(
          new FunctionSpan(
              m.group(3),
              m.start(),
              code.substring(open + 1, close),
              bodyStart,
              bodyEnd,
              m.group(2) != null));
    }
  }

  /** Offset of the first code line after {@code from} indented at most {@code indent}. */
  private int blockEnd(int from, int indent) {
    int lineStart = from + 1;
    while (lineStart < code.length()) {
      int lineEnd = code.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? code.length() : lineEnd;
      int first = lineStart;
      while (first < lineEnd && (code.charAt(first) == ' ' || code.charAt(first) == '\t')) {
        first++;
      }
      boolean blank = first >= lineEnd || code.substring(first, lineEnd).isBlank();
      if (!blank && !source.inLiteral(first) && first - lineStart <= indent) {
        return lineStart;
      }
      lineStart = lineEnd + 1;
    }
    return code.length();
  }

  /** Module-level collections (first assignment wins), with the first mutation per request. */
  private void shareModuleCollections() {
    Map<String, Integer> collections = new LinkedHashMap<>();
    Matcher m = MODULE_ASSIGNMENT.matcher(code);
    while (m.find()) {
      if (!model.atModuleScope(m.start(1))) {
        continue;
      }
      if (COLLECTION_INIT.matcher(m.group(2).strip()).find()) {
        collections.putIfAbsent(m.group(1), m.start(1));
      }
    }
    Map<String, Integer> changed =
        model.firstPerRequest(MUTATION, collections.keySet(), this::locals);
    collections.forEach(
        (name, at) ->
            model.share(
                name,
                "Module-level",
                SharedState.Kind.COLLECTION,
                at,
                changed.containsKey(name)
                    ? OptionalInt.of(changed.get(name))
                    : OptionalInt.empty()));
  }

  /**
   * Names local to a function: its parameters and the names it assigns, minus those it declares
   * global (Python's scoping rule).
   */
  private Set<String> locals(FunctionSpan function) {
    return locals.computeIfAbsent(
        function,
        f -> {
          Set<String> names = new HashSet<>(assigned.of(f));
          model
              .matchesIn(GLOBAL, f)
              .forEach(global -> names.removeAll(List.of(global.group(1).split("[,\\s]+"))));
          return names;
        });
  }
}

package dev.lmiadvisor.tools.review.code.python;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import dev.lmiadvisor.tools.review.code.text.CallGraph;
import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import dev.lmiadvisor.tools.review.code.text.Lexer;
import dev.lmiadvisor.tools.review.code.text.Regions;
import dev.lmiadvisor.tools.review.code.text.SourceText;
import dev.lmiadvisor.tools.review.code.text.SpanIndex;
import dev.lmiadvisor.tools.review.code.text.TmpPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private final SourceText source;
  private final String code;
  private final List<FunctionSpan> functions = new ArrayList<>();
  private final List<FunctionSpan> perRequest;
  private final Regions perRequestRegions;
  private final Regions functionRegions;
  private final SpanIndex index;
  private final CodeFindings findings;

  private PythonAnalyzer(String text, CodeFindings findings) {
    this.source = Lexer.python(text);
    this.code = source.code();
    this.findings = findings;
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
    this.perRequest = CallGraph.reachable(source, functions, handlers);
    this.perRequestRegions = CallGraph.regions(perRequest);
    this.functionRegions = CallGraph.regions(functions);
    this.index = new SpanIndex(code.length(), functions);
  }

  public static void analyze(String text, CodeFindings findings) {
    new PythonAnalyzer(text, findings).run();
  }

  private void run() {
    moduleState();
    environment();
    clients();
    logging();
    deadline();
    TmpPaths.check(
        source,
        findings,
        "tempfile.TemporaryDirectory(prefix=f\"job-{context.aws_request_id}-\") or tempfile.NamedTemporaryFile()");
  }

  private int line(int offset) {
    return source.lineOf(offset);
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

  private void moduleState() {
    Map<String, Integer> collections = new LinkedHashMap<>();
    Matcher m = MODULE_ASSIGNMENT.matcher(code);
    while (m.find()) {
      if (functionRegions.contains(m.start(1))) {
        continue;
      }
      if (COLLECTION_INIT.matcher(m.group(2).strip()).find()) {
        collections.putIfAbsent(m.group(1), m.start(1));
      }
    }
    Matcher global = GLOBAL.matcher(code);
    while (global.find()) {
      if (!perRequestRegions.contains(global.start())) {
        continue;
      }
      String names = global.group(1).strip();
      findings.add(
          ThreadSafetyRule.GLOBAL_STATEMENT,
          line(global.start()),
          "'global %s' lets the handler write module state; it carries over to the next request this process serves, and becomes a race if the handler starts threads."
              .formatted(names),
          "Keep request data in local variables and return or pass it; keep module scope for clients and read-only configuration built at init.");
    }
    Matcher mutation = MUTATION.matcher(code);
    Set<String> reported = new HashSet<>();
    while (mutation.find()) {
      String name = mutation.group(1);
      Integer declared = collections.get(name);
      if (declared == null
          || reported.contains(name)
          || !perRequestRegions.contains(mutation.start())) {
        continue;
      }
      FunctionSpan function = index.innermost(mutation.start());
      if (function != null && locals(function).contains(name)) {
        continue;
      }
      reported.add(name);
      findings.add(
          ThreadSafetyRule.MODULE_COLLECTION,
          line(mutation.start()),
          "Module-level '%s' (line %d) is changed by every request: it is never reset, grows for the life of the process, and that memory is multiplied by the number of processes."
              .formatted(name, line(declared)),
          "Keep per-request data in local variables; send counters to CloudWatch metrics and shared records to a datastore; bound any cache.");
    }
  }

  private final Map<FunctionSpan, Set<String>> locals = new HashMap<>();

  /**
   * Names local to a function: its parameters and the names it assigns, minus those it declares
   * global (Python's scoping rule).
   */
  private Set<String> locals(FunctionSpan function) {
    return locals.computeIfAbsent(
        function,
        f -> {
          Set<String> names = new HashSet<>();
          Matcher parameter = IDENTIFIER.matcher(f.parameters());
          while (parameter.find()) {
            names.add(parameter.group());
          }
          Matcher assignment = LOCAL_ASSIGNMENT.matcher(code);
          assignment.useAnchoringBounds(false);
          assignment.region(f.bodyStart(), f.bodyEnd());
          while (assignment.find()) {
            names.add(assignment.group(1));
          }
          Matcher global = GLOBAL.matcher(code);
          global.useAnchoringBounds(false);
          global.region(f.bodyStart(), f.bodyEnd());
          while (global.find()) {
            for (String name : global.group(1).split("[,\\s]+")) {
              names.remove(name);
            }
          }
          return names;
        });
  }

  private void environment() {
    Matcher m = ENV_WRITE.matcher(code);
    while (m.find()) {
      boolean perRequest = perRequestRegions.contains(m.start());
      findings.add(
          ThreadSafetyRule.ENVIRONMENT_MUTATION,
          perRequest ? Severity.WARNING : Severity.INFO,
          line(m.start()),
          perRequest
              ? "os.environ is written while handling a request; the value leaks into the next request this process serves (and into any threads the handler starts)."
              : "os.environ is written during init; harmless for concurrency, but configuration is clearer read once and never written.",
          "Read configuration once at module scope and pass request-specific values as arguments.");
    }
  }

  private void clients() {
    Matcher m = CLIENT.matcher(code);
    while (m.find()) {
      if (!perRequestRegions.contains(m.start())) {
        continue;
      }
      String what = code.substring(m.start(), m.end() - 1).replaceAll("\\s+", "");
      findings.add(
          ThreadSafetyRule.CLIENT_PER_INVOCATION,
          line(m.start()),
          "%s(...) runs for every request: it adds latency, and each of the environment's processes opens its own connections."
              .formatted(what),
          "Create clients, engines and pools once at module scope (init runs once per process); size database pools for one request per process (pool_size=1, max_overflow=0).");
    }
  }

  private void logging() {
    Matcher m = PRINT.matcher(code);
    while (m.find()) {
      if (perRequestRegions.contains(m.start())) {
        findings.add(
            ThreadSafetyRule.STDOUT_LOGGING,
            line(m.start()),
            "Writing to stdout (print, sys.stdout) leaves out the request id, so the logs of the concurrent processes cannot be told apart.",
            "Use the logging module (logger = logging.getLogger()); on LMI it adds the requestId to each entry.");
      }
    }
  }

  private void deadline() {
    boolean checksTime =
        perRequest.stream()
            .anyMatch(f -> DEADLINE.matcher(code.substring(f.bodyStart(), f.bodyEnd())).find());
    if (checksTime) {
      return;
    }
    for (FunctionSpan function : perRequest) {
      Matcher loop = LOOP.matcher(code);
      loop.useAnchoringBounds(false);
      loop.region(function.bodyStart(), function.bodyEnd());
      if (loop.find()) {
        findings.add(
            ThreadSafetyRule.NO_DEADLINE_CHECK,
            line(loop.start()),
            "This loop runs per request but nothing checks the remaining time; on LMI a timed-out invocation is reported failed while its code keeps running.",
            "Check context.get_remaining_time_in_millis() in the loop and stop cleanly before the deadline; set timeouts on downstream calls.");
        return;
      }
    }
  }
}

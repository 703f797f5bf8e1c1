package dev.lmiadvisor.tools.review.code.dotnet;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import dev.lmiadvisor.tools.review.code.dotnet.CSharpOutline.Field;
import dev.lmiadvisor.tools.review.code.dotnet.CSharpOutline.Method;
import dev.lmiadvisor.tools.review.code.text.CallGraph;
import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import dev.lmiadvisor.tools.review.code.text.Lexer;
import dev.lmiadvisor.tools.review.code.text.Regions;
import dev.lmiadvisor.tools.review.code.text.SourceText;
import dev.lmiadvisor.tools.review.code.text.TmpPaths;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Thread-safety rules for .NET (C#). On LMI one process serves concurrent requests as Tasks against
 * a single handler object, so static fields and the handler's instance fields are shared; {@code
 * SqlConnection}, {@code List<T>} and {@code Dictionary<TKey,TValue>} are unsafe for concurrent use
 * (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-dotnet-runtime.html">.NET
 * runtime for Lambda Managed Instances</a>, as of 2026-11-21).
 */
public final class DotnetAnalyzer {

  private static final Pattern UNSAFE_TYPE =
      Pattern.compile(
          "\\b(Dictionary|List|HashSet|SortedDictionary|SortedList|SortedSet|Queue|Stack|LinkedList)\\s*<|\\b(StringBuilder|Random)\\b");
  private static final Pattern SAFE_DECLARED_TYPE =
      Pattern.compile("^(IReadOnly|Immutable|Frozen|Concurrent|ThreadLocal|AsyncLocal|Lazy)");
  private static final Pattern CONNECTION_TYPE =
      Pattern.compile(
          "\\b(SqlConnection|NpgsqlConnection|MySqlConnection|OracleConnection|SqliteConnection|DbConnection|IDbConnection)\\b");
  private static final String MUTATORS =
      "Add|AddRange|Remove|RemoveAt|RemoveAll|Clear|Insert|InsertRange|Enqueue|Dequeue|Push|Pop|TryAdd"
          + "|TryRemove|TryDequeue|TryPop|Append|AppendLine|AppendFormat|Next|NextDouble|NextBytes|Sort|Reverse";
  private static final Pattern ENV_WRITE =
      Pattern.compile("Environment\\s*\\.\\s*SetEnvironmentVariable\\s*\\(");
  private static final Pattern ENV_READ = Pattern.compile("GetEnvironmentVariable\\s*\\(");
  private static final Pattern CONSOLE =
      Pattern.compile(
          "(?<![\\w.])Console\\s*\\.\\s*(?:(?:Out|Error)\\s*\\.\\s*)?Write(?:Line)?(?:Async)?\\s*\\(");
  private static final Pattern BLOCKING =
      Pattern.compile(
          "\\)\\s*\\.\\s*Result\\b|\\b\\w*[Tt]ask\\s*\\.\\s*Result\\b|\\.\\s*Wait\\s*\\(\\s*\\)|GetAwaiter\\s*\\(\\s*\\)\\s*\\.\\s*GetResult\\s*\\(");
  private static final Pattern NO_CANCELLATION =
      Pattern.compile("CancellationToken\\s*\\.\\s*None\\b");
  private static final Pattern CLIENT =
      Pattern.compile("new\\s+(Amazon[A-Za-z0-9]*Client|HttpClient)\\s*\\(");
  private static final Pattern LOOP =
      Pattern.compile("(?<![\\w.])(for|foreach|while)\\s*\\(|(?<![\\w.])do\\s*\\{");
  private static final Pattern DEADLINE = Pattern.compile("\\bRemainingTime\\b");

  private final SourceText source;
  private final String code;
  private final CSharpOutline outline;
  private final List<FunctionSpan> perRequest;
  private final Regions perRequestRegions;
  private final Set<String> handlerTypes;
  private final CodeFindings findings;

  private DotnetAnalyzer(String text, CodeFindings findings) {
    this.source = Lexer.csharp(text);
    this.code = source.code();
    this.outline = new CSharpOutline(source);
    this.findings = findings;
    List<Method> handlers =
        outline.methods.stream()
            .filter(m -> m.span().parameters().contains("ILambdaContext"))
            .toList();
    if (handlers.isEmpty()) {
      handlers =
          outline.methods.stream()
              .filter(
                  m ->
                      Set.of("FunctionHandler", "Handler", "HandleAsync", "Handle")
                          .contains(m.span().name()))
              .toList();
    }
    if (handlers.isEmpty()) {
      handlers = outline.methods.stream().filter(m -> !m.constructor()).toList();
    }
    this.handlerTypes = handlers.stream().map(Method::owner).collect(Collectors.toSet());
    List<FunctionSpan> all = outline.methods.stream().map(Method::span).toList();
    this.perRequest =
        CallGraph.reachable(source, all, handlers.stream().map(Method::span).toList());
    this.perRequestRegions = CallGraph.regions(perRequest);
  }

  public static void analyze(String text, CodeFindings findings) {
    new DotnetAnalyzer(text, findings).run();
  }

  private void run() {
    sharedFields();
    environment();
    perRequestCalls();
    deadline();
    TmpPaths.check(
        source,
        findings,
        "Path.Combine(Path.GetTempPath(), $\"job-{context.AwsRequestId}-{Guid.NewGuid():N}.dat\")");
  }

  private int line(int offset) {
    return source.lineOf(offset);
  }

  /** Static fields, and instance fields of the handler's type (there is one handler object). */
  private boolean shared(Field field) {
    return !field.constant() && (field.isStatic() || handlerTypes.contains(field.owner()));
  }

  private void sharedFields() {
    for (Field field : outline.fields) {
      if (!shared(field)) {
        continue;
      }
      String kind = describe(field);
      if (field.threadStatic() || field.type().startsWith("ThreadLocal<")) {
        Optional<Integer> use =
            firstPerRequest("(?<![\\w.])" + Pattern.quote(field.name()) + "\\b", field.name());
        findings.add(
            ThreadSafetyRule.THREAD_STATIC,
            use.isPresent() ? Severity.WARNING : Severity.INFO,
            line(field.offset()),
            "%s '%s' is %s: after an await the request may continue on another thread without it, and the value stays behind for the next request that thread runs."
                .formatted(
                    kind,
                    field.name(),
                    field.threadStatic() ? "[ThreadStatic]" : "a ThreadLocal<T>"),
            "Use AsyncLocal<T> for ambient request data, or pass the value as a parameter.");
      }
      if (CONNECTION_TYPE.matcher(field.type()).find()) {
        findings.add(
            ThreadSafetyRule.SHARED_CONNECTION,
            line(field.offset()),
            "%s '%s' holds one %s for every concurrent request; connection objects are not thread-safe."
                .formatted(kind, field.name(), field.type()),
            "Keep only the connection string in the field and open a new connection per request (await using var connection = new SqlConnection(connectionString)); ADO.NET pools the physical connections.");
        continue;
      }
      boolean unsafeType =
          !SAFE_DECLARED_TYPE.matcher(field.type()).find()
              && UNSAFE_TYPE.matcher(field.type() + " " + field.initializer()).find();
      if (unsafeType) {
        Optional<Integer> mutation =
            firstPerRequest(
                "(?<![\\w.])(?:"
                    + Pattern.quote(field.owner())
                    + "\\s*\\.\\s*|this\\s*\\.\\s*)?"
                    + Pattern.quote(field.name())
                    + "\\s*(?:\\[[^\\]]*]\\s*(?:=(?![=>])|\\+=|-=|\\+\\+|--)|\\.\\s*(?:"
                    + MUTATORS
                    + ")\\s*\\()",
                field.name());
        findings.add(
            ThreadSafetyRule.UNSAFE_SHARED_TYPE,
            mutation.isPresent() ? Severity.ERROR : Severity.INFO,
            line(mutation.orElse(field.offset())),
            mutation.isPresent()
                ? "%s '%s' (%s) is changed while handling a request; it is not safe for concurrent writers and is shared by every concurrent request."
                    .formatted(kind, field.name(), field.type())
                : "%s '%s' (%s) is shared by every concurrent request; that is safe only while nothing writes to it after init."
                    .formatted(kind, field.name(), field.type()),
            "Use a type from System.Collections.Concurrent (ConcurrentDictionary, ConcurrentQueue), an immutable or frozen collection, or keep the data per request; for counters use Interlocked or CloudWatch metrics.");
        continue;
      }
      if (!field.readonly() && !field.threadStatic()) {
        firstPerRequest(
                "(?<![\\w.])(?:"
                    + Pattern.quote(field.owner())
                    + "\\s*\\.\\s*|this\\s*\\.\\s*)?"
                    + Pattern.quote(field.name())
                    + "\\s*(?:=(?![=>])|\\+=|-=|\\*=|/=|\\?\\?=|\\|=|&=|\\+\\+|--)"
                    + "|(?:\\+\\+|--)\\s*(?:this\\s*\\.\\s*)?"
                    + Pattern.quote(field.name())
                    + "\\b",
                field.name())
            .ifPresent(
                at ->
                    findings.add(
                        ThreadSafetyRule.SHARED_STATE_WRITE,
                        line(at),
                        "%s '%s' is written while handling a request; concurrent requests share the handler object and its statics, so they overwrite each other's value (any await lets another request run)."
                            .formatted(kind, field.name()),
                        "Keep request data in local variables or parameters; for ambient request data use AsyncLocal<T>; for counters use Interlocked."));
      }
    }
  }

  private static String describe(Field field) {
    String member = field.property() ? "property" : "field";
    return field.isStatic()
        ? "Static " + member
        : Character.toUpperCase(member.charAt(0)) + member.substring(1);
  }

  /**
   * The first match in per-request code that is not a local of the same name or an object
   * initializer.
   */
  private Optional<Integer> firstPerRequest(String regex, String name) {
    Matcher m = Pattern.compile(regex).matcher(code);
    while (m.find()) {
      if (!perRequestRegions.contains(m.start())) {
        continue;
      }
      FunctionSpan method = innermost(m.start());
      if (method != null
          && (declaresLocally(method, name) || insideObjectInitializer(m.start(), method))) {
        continue;
      }
      return Optional.of(m.start());
    }
    return Optional.empty();
  }

  private FunctionSpan innermost(int offset) {
    FunctionSpan best = null;
    for (FunctionSpan f : perRequest) {
      if (f.contains(offset) && (best == null || f.bodyStart() > best.bodyStart())) {
        best = f;
      }
    }
    return best;
  }

  private boolean declaresLocally(FunctionSpan method, String name) {
    String body = code.substring(method.bodyStart(), method.bodyEnd());
    Pattern local =
        Pattern.compile(
            "(?<![\\w.])(?:var|[A-Za-z_][\\w<>,\\[\\]?.]*)\\s+"
                + Pattern.quote(name)
                + "\\s*(?:=|;|\\bin\\b)");
    Pattern parameter = Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "\\s*(?:,|=|$)");
    return local.matcher(body).find() || parameter.matcher(method.parameters().strip()).find();
  }

  /** {@code new Request { Name = value }}: an assignment to the new object's property. */
  private boolean insideObjectInitializer(int offset, FunctionSpan method) {
    int depth = 0;
    for (int i = offset - 1; i >= method.bodyStart(); i--) {
      char c = code.charAt(i);
      if (c == '}') {
        depth++;
      } else if (c == '{') {
        if (depth == 0) {
          String before = code.substring(method.bodyStart(), i).stripTrailing();
          return before.matches("(?s).*\\bnew\\s*[\\w.<>,\\[\\]]*\\s*(\\([^()]*\\))?$");
        }
        depth--;
      }
    }
    return false;
  }

  private void environment() {
    Matcher m = ENV_WRITE.matcher(code);
    while (m.find()) {
      boolean perRequest = perRequestRegions.contains(m.start());
      findings.add(
          ThreadSafetyRule.ENVIRONMENT_MUTATION,
          perRequest ? Severity.ERROR : Severity.INFO,
          line(m.start()),
          perRequest
              ? "Environment.SetEnvironmentVariable runs while handling a request; the environment is process-wide, so every concurrent request sees the value."
              : "Environment.SetEnvironmentVariable runs during init; harmless for concurrency, but configuration is clearer read once and never written.",
          "Read configuration once at init into readonly fields and pass request values as parameters.");
    }
    Matcher read = ENV_READ.matcher(code);
    while (read.find()) {
      int at = read.start();
      source
          .literalAfter(read.end())
          .filter(l -> l.value().equals("_X_AMZN_TRACE_ID"))
          .ifPresent(
              l ->
                  findings.add(
                      ThreadSafetyRule.TRACE_ID_FROM_ENVIRONMENT,
                      line(at),
                      "_X_AMZN_TRACE_ID is not supported on LMI for .NET; one process-wide variable cannot hold each concurrent request's trace id.",
                      "Read the trace id from context.TraceId."));
    }
  }

  private void perRequestCalls() {
    report(
        CONSOLE,
        ThreadSafetyRule.STDOUT_LOGGING,
        "Console output carries no request id, so the logs of concurrent requests cannot be told apart.",
        "Log with context.Logger (it adds the requestId), or a logger that includes context.AwsRequestId.");
    report(
        BLOCKING,
        ThreadSafetyRule.BLOCKING_WAIT,
        "Blocking on a task in the handler holds a thread-pool thread while it waits; with many concurrent requests the pool starves.",
        "Await the task instead (await x, or make the calling method async).");
    report(
        NO_CANCELLATION,
        ThreadSafetyRule.NO_CANCELLATION,
        "CancellationToken.None means this work never stops; on LMI a timed-out invocation is reported failed while its code keeps running.",
        "Create a CancellationTokenSource from context.RemainingTime (minus a safety margin) and pass its token downstream.");
    Matcher m = CLIENT.matcher(code);
    while (m.find()) {
      if (perRequestRegions.contains(m.start())) {
        findings.add(
            ThreadSafetyRule.CLIENT_PER_INVOCATION,
            line(m.start()),
            "new %s(...) runs for every request; SDK and HTTP clients are thread-safe and meant to be created once (a new HttpClient per request can exhaust sockets)."
                .formatted(m.group(1)),
            "Create the client once in a static readonly field or the constructor and share it.");
      }
    }
  }

  private void report(Pattern pattern, ThreadSafetyRule rule, String message, String fix) {
    Matcher m = pattern.matcher(code);
    while (m.find()) {
      if (perRequestRegions.contains(m.start())) {
        findings.add(rule, line(m.start()), message, fix);
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
    for (FunctionSpan method : perRequest) {
      Matcher loop = LOOP.matcher(code);
      loop.region(method.bodyStart(), method.bodyEnd());
      if (loop.find()) {
        findings.add(
            ThreadSafetyRule.NO_DEADLINE_CHECK,
            line(loop.start()),
            "This loop runs per request but nothing checks context.RemainingTime; on LMI a timed-out invocation is reported failed while its code keeps running.",
            "Check context.RemainingTime in the loop, stop cleanly before the deadline, and pass a CancellationToken derived from it to downstream calls.");
        return;
      }
    }
  }
}

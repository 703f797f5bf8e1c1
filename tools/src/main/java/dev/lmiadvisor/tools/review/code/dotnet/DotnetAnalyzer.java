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
import dev.lmiadvisor.tools.review.code.text.SpanIndex;
import dev.lmiadvisor.tools.review.code.text.TmpPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
  private static final String MEMBER =
      "(?<![\\w.])(?:this\\s*\\.\\s*|(?<qualifier>[A-Za-z_]\\w*)\\s*\\.\\s*)?(?<name>[A-Za-z_]\\w*)\\s*";

  /** An assignment, ++ or -- to a (possibly this. or Type. qualified) member. */
  private static final Pattern WRITE =
      Pattern.compile(
          MEMBER
              + "(?:=(?![=>])|\\+=|-=|\\*=|/=|\\?\\?=|\\|=|&=|\\+\\+|--)"
              + "|(?:\\+\\+|--)\\s*(?:this\\s*\\.\\s*)?(?<prefixed>[A-Za-z_]\\w*)\\b");

  /** An element write or a mutating call on a member. */
  private static final Pattern MUTATION =
      Pattern.compile(
          MEMBER
              + "(?:\\[[^\\]]*]\\s*(?:=(?![=>])|\\+=|-=|\\+\\+|--)|\\.\\s*(?:"
              + "Add|AddRange|Remove|RemoveAt|RemoveAll|Clear|Insert|InsertRange|Enqueue|Dequeue|Push|Pop|TryAdd"
              + "|TryRemove|TryDequeue|TryPop|Append|AppendLine|AppendFormat|Next|NextDouble|NextBytes|Sort|Reverse"
              + ")\\s*\\()");

  /** A local declaration: {@code var x =}, {@code string x;}, {@code foreach (var x in ...)}. */
  private static final Pattern LOCAL_DECLARATION =
      Pattern.compile(
          "(?<![\\w.])(?!(?:return|throw|await|new|case|goto|yield|else|in|is|as|out|ref|params|using|not|and|or)\\b)"
              + "(?:var|[A-Za-z_][\\w<>,\\[\\]?.]*)\\s+([A-Za-z_]\\w*)\\s*(?:=(?![=>])|;|\\bin\\b)");

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
  private final SpanIndex index;
  private final Map<String, Integer> firstUse = new HashMap<>();
  private final Map<Field, Integer> firstWrite = new HashMap<>();
  private final Map<Field, Integer> firstMutation = new HashMap<>();
  private final Map<FunctionSpan, Set<String>> locals = new HashMap<>();

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
    this.index = new SpanIndex(code.length(), perRequest);
    indexPerRequestCode();
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
        Optional<Integer> use = Optional.ofNullable(firstUse.get(field.name()));
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
        Optional<Integer> mutation = Optional.ofNullable(firstMutation.get(field));
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
        Optional.ofNullable(firstWrite.get(field))
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
   * One pass over the code that runs per request: the first write and the first mutating call of
   * each shared field, and the first use of every name. A match is skipped when the method has a
   * local of that name or when it is a property of an object initializer.
   */
  private void indexPerRequestCode() {
    Map<String, List<Field>> byName = new HashMap<>();
    for (Field field : outline.fields) {
      if (shared(field)) {
        byName.computeIfAbsent(field.name(), n -> new ArrayList<>()).add(field);
      }
    }
    for (Regions.Range range : perRequestRegions.ranges()) {
      Matcher use = IDENTIFIER.matcher(code);
      use.region(range.start(), range.end());
      while (use.find()) {
        firstUse.putIfAbsent(use.group(), use.start());
      }
    }
    firstMatches(WRITE, byName, firstWrite);
    firstMatches(MUTATION, byName, firstMutation);
  }

  private void firstMatches(
      Pattern pattern, Map<String, List<Field>> byName, Map<Field, Integer> first) {
    Matcher m = pattern.matcher(code);
    while (m.find()) {
      String qualifier = m.group("qualifier");
      String name = m.group("name") != null ? m.group("name") : m.group("prefixed");
      List<Field> candidates = name == null ? null : byName.get(name);
      if (candidates == null || !perRequestRegions.contains(m.start())) {
        continue;
      }
      FunctionSpan method = index.innermost(m.start());
      if (method != null
          && qualifier == null
          && (locals(method).contains(name) || insideObjectInitializer(m.start(), method))) {
        continue;
      }
      for (Field field : candidates) {
        if (qualifier == null || qualifier.equals(field.owner())) {
          first.putIfAbsent(field, m.start());
        }
      }
    }
  }

  private Set<String> locals(FunctionSpan method) {
    return locals.computeIfAbsent(
        method,
        m -> {
          Set<String> names = new HashSet<>();
          Matcher parameter = IDENTIFIER.matcher(m.parameters());
          while (parameter.find()) {
            names.add(parameter.group());
          }
          Matcher declaration = LOCAL_DECLARATION.matcher(code);
          declaration.region(m.bodyStart(), m.bodyEnd());
          while (declaration.find()) {
            names.add(declaration.group(1));
          }
          return names;
        });
  }

  /** {@code new Request { Name = value }}: an assignment to the new object's property. */
  private boolean insideObjectInitializer(int offset, FunctionSpan method) {
    int depth = 0;
    int limit = Math.max(method.bodyStart(), offset - 4_000);
    for (int i = offset - 1; i >= limit; i--) {
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

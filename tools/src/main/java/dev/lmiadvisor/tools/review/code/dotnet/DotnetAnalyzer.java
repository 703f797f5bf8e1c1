package dev.lmiadvisor.tools.review.code.dotnet;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import dev.lmiadvisor.tools.review.code.dotnet.CSharpOutline.Field;
import dev.lmiadvisor.tools.review.code.dotnet.CSharpOutline.Method;
import dev.lmiadvisor.tools.review.code.handler.HandlerModel;
import dev.lmiadvisor.tools.review.code.handler.LocalNames;
import dev.lmiadvisor.tools.review.code.handler.SharedState;
import dev.lmiadvisor.tools.review.code.rules.CodeRule;
import dev.lmiadvisor.tools.review.code.rules.FixedTmpPath;
import dev.lmiadvisor.tools.review.code.rules.LoopWithoutDeadline;
import dev.lmiadvisor.tools.review.code.rules.MatchAnywhere;
import dev.lmiadvisor.tools.review.code.rules.PerRequestMatch;
import dev.lmiadvisor.tools.review.code.rules.SharedStateChange;
import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import dev.lmiadvisor.tools.review.code.text.Lexer;
import dev.lmiadvisor.tools.review.code.text.Regions;
import dev.lmiadvisor.tools.review.code.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
 *
 * <p>Reads the file into a {@link HandlerModel} (methods and handlers from {@link CSharpOutline};
 * writable static and handler fields as shared state) and checks the rules every language has, in
 * .NET's words, plus the .NET ones on shared fields: {@code [ThreadStatic]} and {@code
 * ThreadLocal<T>}, connection objects, and collections unsafe for concurrent writers.
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

  /** The rules every language has, in .NET's words. */
  private static final List<CodeRule> RULES =
      List.of(
          new SharedStateChange(
              SharedState.Kind.VALUE,
              state ->
                  "%s '%s' is written while handling a request; concurrent requests share the handler object and its statics, so they overwrite each other's value (any await lets another request run)."
                      .formatted(state.description(), state.name()),
              "Keep request data in local variables or parameters; for ambient request data use AsyncLocal<T>; for counters use Interlocked."),
          PerRequestMatch.orNotedAtInit(
              ThreadSafetyRule.ENVIRONMENT_MUTATION,
              ENV_WRITE,
              Severity.ERROR,
              "Environment.SetEnvironmentVariable runs while handling a request; the environment is process-wide, so every concurrent request sees the value.",
              "Environment.SetEnvironmentVariable runs during init; harmless for concurrency, but configuration is clearer read once and never written.",
              "Read configuration once at init into readonly fields and pass request values as parameters."),
          MatchAnywhere.withArgument(
              ThreadSafetyRule.TRACE_ID_FROM_ENVIRONMENT,
              ENV_READ,
              "_X_AMZN_TRACE_ID",
              "_X_AMZN_TRACE_ID is not supported on LMI for .NET; one process-wide variable cannot hold each concurrent request's trace id.",
              "Read the trace id from context.TraceId."),
          PerRequestMatch.of(
              ThreadSafetyRule.STDOUT_LOGGING,
              CONSOLE,
              "Console output carries no request id, so the logs of concurrent requests cannot be told apart.",
              "Log with context.Logger (it adds the requestId), or a logger that includes context.AwsRequestId."),
          PerRequestMatch.of(
              ThreadSafetyRule.BLOCKING_WAIT,
              BLOCKING,
              "Blocking on a task in the handler holds a thread-pool thread while it waits; with many concurrent requests the pool starves.",
              "Await the task instead (await x, or make the calling method async)."),
          PerRequestMatch.of(
              ThreadSafetyRule.NO_CANCELLATION,
              NO_CANCELLATION,
              "CancellationToken.None means this work never stops; on LMI a timed-out invocation is reported failed while its code keeps running.",
              "Create a CancellationTokenSource from context.RemainingTime (minus a safety margin) and pass its token downstream."),
          PerRequestMatch.of(
              ThreadSafetyRule.CLIENT_PER_INVOCATION,
              CLIENT,
              m ->
                  "new %s(...) runs for every request; SDK and HTTP clients are thread-safe and meant to be created once (a new HttpClient per request can exhaust sockets)."
                      .formatted(m.group(1)),
              "Create the client once in a static readonly field or the constructor and share it."),
          new LoopWithoutDeadline(
              LOOP,
              DEADLINE,
              "This loop runs per request but nothing checks context.RemainingTime; on LMI a timed-out invocation is reported failed while its code keeps running.",
              "Check context.RemainingTime in the loop, stop cleanly before the deadline, and pass a CancellationToken derived from it to downstream calls."),
          new FixedTmpPath(
              "Path.Combine(Path.GetTempPath(), $\"job-{context.AwsRequestId}-{Guid.NewGuid():N}.dat\")"));

  private final String code;
  private final CSharpOutline outline;
  private final HandlerModel model;
  private final Set<String> handlerTypes;
  private final LocalNames locals;
  private final Map<String, Integer> firstUse = new HashMap<>();
  private final Map<Field, Integer> firstWrite = new HashMap<>();
  private final Map<Field, Integer> firstMutation = new HashMap<>();

  private DotnetAnalyzer(String text) {
    SourceText source = Lexer.csharp(text);
    this.code = source.code();
    this.outline = new CSharpOutline(source);
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
    this.model =
        new HandlerModel(
            source,
            outline.methods.stream().map(Method::span).toList(),
            handlers.stream().map(Method::span).toList());
    this.locals = new LocalNames(code, IDENTIFIER, LOCAL_DECLARATION);
    indexPerRequestCode();
    shareWritableFields();
  }

  /** The file as the rules see it. */
  public static HandlerModel read(String text) {
    return new DotnetAnalyzer(text).model;
  }

  public static void analyze(String text, CodeFindings findings) {
    DotnetAnalyzer file = new DotnetAnalyzer(text);
    file.sharedFields(findings);
    RULES.forEach(rule -> rule.check(file.model, findings));
  }

  /** Static fields, and instance fields of the handler's type (there is one handler object). */
  private boolean shared(Field field) {
    return !field.constant() && (field.isStatic() || handlerTypes.contains(field.owner()));
  }

  private static boolean connection(Field field) {
    return CONNECTION_TYPE.matcher(field.type()).find();
  }

  private static boolean unsafeType(Field field) {
    return !SAFE_DECLARED_TYPE.matcher(field.type()).find()
        && UNSAFE_TYPE.matcher(field.type() + " " + field.initializer()).find();
  }

  /**
   * Shared fields whose value requests can overwrite: not readonly, not per thread, and not a
   * connection or a type unsafe for concurrent use (which {@link #sharedFields} reports instead).
   */
  private void shareWritableFields() {
    for (Field field : outline.fields) {
      if (shared(field)
          && !connection(field)
          && !unsafeType(field)
          && !field.readonly()
          && !field.threadStatic()) {
        Integer written = firstWrite.get(field);
        model.share(
            field.name(),
            describe(field),
            SharedState.Kind.VALUE,
            field.offset(),
            written == null ? OptionalInt.empty() : OptionalInt.of(written));
      }
    }
  }

  /**
   * The .NET rules on shared fields: TS-DOTNET-THREAD-STATIC, TS-SHARED-CONNECTION and
   * TS-UNSAFE-SHARED-TYPE.
   */
  private void sharedFields(CodeFindings findings) {
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
            model.line(field.offset()),
            "%s '%s' is %s: after an await the request may continue on another thread without it, and the value stays behind for the next request that thread runs."
                .formatted(
                    kind,
                    field.name(),
                    field.threadStatic() ? "[ThreadStatic]" : "a ThreadLocal<T>"),
            "Use AsyncLocal<T> for ambient request data, or pass the value as a parameter.");
      }
      if (connection(field)) {
        findings.add(
            ThreadSafetyRule.SHARED_CONNECTION,
            model.line(field.offset()),
            "%s '%s' holds one %s for every concurrent request; connection objects are not thread-safe."
                .formatted(kind, field.name(), field.type()),
            "Keep only the connection string in the field and open a new connection per request (await using var connection = new SqlConnection(connectionString)); ADO.NET pools the physical connections.");
      } else if (unsafeType(field)) {
        Optional<Integer> mutation = Optional.ofNullable(firstMutation.get(field));
        findings.add(
            ThreadSafetyRule.UNSAFE_SHARED_TYPE,
            mutation.isPresent() ? Severity.ERROR : Severity.INFO,
            model.line(mutation.orElse(field.offset())),
            mutation.isPresent()
                ? "%s '%s' (%s) is changed while handling a request; it is not safe for concurrent writers and is shared by every concurrent request."
                    .formatted(kind, field.name(), field.type())
                : "%s '%s' (%s) is shared by every concurrent request; that is safe only while nothing writes to it after init."
                    .formatted(kind, field.name(), field.type()),
            "Use a type from System.Collections.Concurrent (ConcurrentDictionary, ConcurrentQueue), an immutable or frozen collection, or keep the data per request; for counters use Interlocked or CloudWatch metrics.");
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
    for (Regions.Range range : model.perRequestRegions().ranges()) {
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
      if (candidates == null || !model.runsPerRequest(m.start())) {
        continue;
      }
      FunctionSpan method = model.enclosingFunction(m.start()).orElse(null);
      if (method != null
          && qualifier == null
          && (locals.of(method).contains(name) || insideObjectInitializer(m.start(), method))) {
        continue;
      }
      for (Field field : candidates) {
        if (qualifier == null || qualifier.equals(field.owner())) {
          first.putIfAbsent(field, m.start());
        }
      }
    }
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
}

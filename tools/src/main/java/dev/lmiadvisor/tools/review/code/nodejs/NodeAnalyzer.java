package dev.lmiadvisor.tools.review.code.nodejs;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
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
import dev.lmiadvisor.tools.review.code.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thread-safety rules for Node.js (JavaScript and TypeScript). On LMI each worker thread runs many
 * requests at once through async/await, and they share the module's state; every {@code await} is a
 * point where another request can run (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-nodejs-runtime.html">Node.js
 * runtime for Lambda Managed Instances</a>, as of 2026-11-21).
 *
 * <p>Reads the file into a {@link HandlerModel} (functions and handlers from {@link NodeOutline};
 * module-level {@code let}/{@code var} values and {@code const} collections as shared state) and
 * checks the rules every language has, in Node.js's words, plus the Node.js ones: callback and
 * synchronous handlers, {@code SIGTERM} handlers, one database connection at module scope.
 */
public final class NodeAnalyzer {

  private static final Pattern DECLARATION = Pattern.compile("(?<![\\w$.])(let|var|const)\\s+");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

  /**
   * The names part of a declaration: {@code const a}, {@code let {b, c}}, up to = ; of in or a line
   * end.
   */
  private static final Pattern LOCAL_DECLARATION =
      Pattern.compile(
          "(?<![\\w$.])(?:let|const|var)\\s+([^;=\\n()]*?)(?=\\s*(?:=|;|\\n|\\bof\\b|\\bin\\b|\\)))");

  /** An assignment, ++ or -- to a name (group 1, 2 or 3). */
  private static final Pattern WRITE =
      Pattern.compile(
          "(?<![\\w$.])([A-Za-z_$][\\w$]*)\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)?=(?![=>])"
              + "|(?<![\\w$.])([A-Za-z_$][\\w$]*)\\s*(?:\\+\\+|--)"
              + "|(?:\\+\\+|--)\\s*([A-Za-z_$][\\w$]*)");

  /** A mutating call, an element write or a property write on a name (group 1). */
  private static final Pattern MUTATION =
      Pattern.compile(
          "(?<![\\w$.])([A-Za-z_$][\\w$]*)\\s*(?:\\.\\s*(?:push|unshift|splice|set|add|delete|clear|pop|shift|sort|reverse|fill)\\s*\\("
              + "|\\[[^\\]]*]\\s*=(?![=>])|\\.\\s*[A-Za-z_$][\\w$]*\\s*=(?![=>]))");

  private static final Pattern COLLECTION_INIT =
      Pattern.compile("^(\\[|\\{|new\\s+(Map|Set|Array|WeakMap)\\b|Array\\s*\\()");
  private static final Pattern ENV_WRITE =
      Pattern.compile(
          "process\\.env\\s*(\\.\\s*[A-Za-z_$][\\w$]*|\\[[^\\]]*])\\s*(=(?![=>])|\\+=|\\?\\?=|\\|\\|=)"
              + "|delete\\s+process\\.env|Object\\.assign\\s*\\(\\s*process\\.env");
  private static final Pattern TRACE_ENV =
      Pattern.compile("process\\.env\\s*\\.\\s*_X_AMZN_TRACE_ID\\b");
  private static final Pattern ENV_INDEX = Pattern.compile("process\\.env\\s*\\[");
  private static final Pattern CLIENT =
      Pattern.compile(
          "new\\s+(?:[\\w$]+\\.)?([A-Z][\\w$]*Client|Client|Pool|MongoClient|Redis|Sequelize|PrismaClient)\\s*\\("
              + "|new\\s+AWS\\.([A-Z][\\w$]*)\\s*\\("
              + "|(?<![\\w$])(?:mysql2?|pg|redis|mongoose|knex)\\s*\\.\\s*(createConnection|createPool|createClient|connect)\\s*\\(");
  private static final Pattern SIGNAL =
      Pattern.compile("process\\s*\\.\\s*(?:on|once|addListener|prependListener)\\s*\\(");
  private static final Pattern STDOUT =
      Pattern.compile("process\\s*\\.\\s*(?:stdout|stderr)\\s*\\.\\s*write\\s*\\(");
  private static final Pattern LOOP =
      Pattern.compile(
          "(?<![\\w$])(for\\s*\\(|for\\s+await\\b|while\\s*\\(|do\\s*\\{)|\\.\\s*forEach\\s*\\(");
  private static final Pattern DEADLINE = Pattern.compile("getRemainingTimeInMillis");
  private static final Pattern PROMISE_RETURN =
      Pattern.compile("return\\s+new\\s+Promise|\\.then\\s*\\(");
  private static final Pattern IMPORTS_PG =
      Pattern.compile("from\\s+['\"]pg['\"]|require\\(\\s*['\"]pg['\"]\\s*\\)");

  private static final String TRACE_MESSAGE =
      "_X_AMZN_TRACE_ID is not supported on LMI for Node.js; with concurrent requests one environment variable cannot hold each request's trace id.";
  private static final String TRACE_FIX = "Read the trace id from context.xRayTraceId.";

  /** The rules every language has, in Node.js's words. */
  private static final List<CodeRule> RULES =
      List.of(
          new SharedStateChange(
              SharedState.Kind.VALUE,
              state ->
                  "Module-level variable '%s' (line %d) is written while handling a request; concurrent requests on the same worker share it, so after any await it can hold another request's value."
                      .formatted(state.name(), state.declaredLine()),
              "Keep request data in a const inside the handler and pass it as an argument; for values deep library code needs, use AsyncLocalStorage."),
          new SharedStateChange(
              SharedState.Kind.COLLECTION,
              state ->
                  "Module-level '%s' (line %d) is changed by every request: it is shared by the concurrent requests of this worker and grows for the worker's lifetime."
                      .formatted(state.name(), state.declaredLine()),
              "Keep per-request data in local variables; send counts to CloudWatch metrics and shared records to a datastore. A cache needs a size limit and must only hold data valid for every request."),
          PerRequestMatch.orNotedAtInit(
              ThreadSafetyRule.ENVIRONMENT_MUTATION,
              ENV_WRITE,
              Severity.ERROR,
              "process.env is written while handling a request; every concurrent request on this worker sees the new value.",
              "process.env is written during init; harmless for concurrency, but configuration is clearer read once and never written.",
              "Read configuration once at init into a const, and pass request-specific values as arguments."),
          MatchAnywhere.of(
              ThreadSafetyRule.TRACE_ID_FROM_ENVIRONMENT, TRACE_ENV, TRACE_MESSAGE, TRACE_FIX),
          MatchAnywhere.withArgument(
              ThreadSafetyRule.TRACE_ID_FROM_ENVIRONMENT,
              ENV_INDEX,
              "_X_AMZN_TRACE_ID",
              TRACE_MESSAGE,
              TRACE_FIX),
          PerRequestMatch.of(
              ThreadSafetyRule.CLIENT_PER_INVOCATION,
              CLIENT,
              m ->
                  "'%s' runs for every request: a new client or connection per request adds latency and multiplies connections."
                      .formatted(callee(m)),
              "Create clients and pools once at module scope (init runs once per worker thread) and reuse them; use a pool (pg.Pool, mysql2 createPool) for databases."),
          NodeAnalyzer::sharedConnections,
          NodeAnalyzer::handlerShape,
          MatchAnywhere.withArgument(
              ThreadSafetyRule.SIGNAL_HANDLER,
              SIGNAL,
              "SIGTERM",
              "process.on('SIGTERM') cannot be used from the worker threads that run LMI functions, so this shutdown code never runs.",
              "Do not rely on SIGTERM: make writes idempotent and flush per request, or use an extension for shutdown work."),
          PerRequestMatch.of(
              ThreadSafetyRule.STDOUT_LOGGING,
              STDOUT,
              "process.stdout/stderr.write bypasses the runtime's console logger, so the line carries no requestId and concurrent requests' logs cannot be told apart.",
              "Log with console (JSON log format adds requestId) or a logger that includes context.awsRequestId."),
          new LoopWithoutDeadline(
              LOOP,
              DEADLINE,
              "This loop runs per request but nothing checks the remaining time; on LMI a timed-out invocation is reported failed while its code keeps running and holding the worker.",
              "Check context.getRemainingTimeInMillis() in the loop and stop cleanly before the deadline; give downstream calls their own timeouts (AbortSignal.timeout)."),
          new FixedTmpPath(
              "mkdtemp(join(tmpdir(), `job-${context.awsRequestId}-`)) or a randomUUID() in the name"));

  private final SourceText source;
  private final String code;
  private final HandlerModel model;
  private final LocalNames locals;

  private NodeAnalyzer(String text) {
    this.source = Lexer.javascript(text);
    this.code = source.code();
    NodeOutline outline = new NodeOutline(source);
    this.model = new HandlerModel(source, outline.functions, outline.handlers());
    this.locals = new LocalNames(code, IDENTIFIER, LOCAL_DECLARATION);
    shareModuleState();
  }

  /** The file as the rules see it. */
  public static HandlerModel read(String text) {
    return new NodeAnalyzer(text).model;
  }

  public static void analyze(String text, CodeFindings findings) {
    HandlerModel model = read(text);
    RULES.forEach(rule -> rule.check(model, findings));
  }

  /**
   * Module-level let/var (values requests can overwrite) and module-level const collections (which
   * requests can grow), with the first change each gets per request.
   */
  private void shareModuleState() {
    Map<String, Integer> variables = new LinkedHashMap<>();
    Map<String, Integer> collections = new LinkedHashMap<>();
    Matcher m = DECLARATION.matcher(code);
    while (m.find()) {
      if (!model.atModuleScope(m.start()) || insideBrackets(m.start())) {
        continue;
      }
      for (Declarator d : declarators(m.end())) {
        if (!m.group(1).equals("const")) {
          variables.put(d.name(), m.start());
        } else if (COLLECTION_INIT.matcher(d.initializer()).find()) {
          collections.put(d.name(), m.start());
        }
      }
    }
    share(variables, SharedState.Kind.VALUE, WRITE);
    share(collections, SharedState.Kind.COLLECTION, MUTATION);
  }

  private void share(Map<String, Integer> declared, SharedState.Kind kind, Pattern change) {
    Map<String, Integer> changed = model.firstPerRequest(change, declared.keySet(), locals::of);
    declared.forEach(
        (name, at) ->
            model.share(
                name,
                "Module-level",
                kind,
                at,
                changed.containsKey(name)
                    ? OptionalInt.of(changed.get(name))
                    : OptionalInt.empty()));
  }

  /** Skips declarations inside for (...) headers and similar. */
  private boolean insideBrackets(int offset) {
    int depth = 0;
    for (int i = offset - 1; i >= 0; i--) {
      char c = code.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          return true;
        }
        depth--;
      } else if (c == '\n' && depth == 0) {
        return false;
      }
    }
    return false;
  }

  private record Declarator(String name, String initializer) {}

  /** Declarators of one let/var/const statement starting at {@code start}. */
  private List<Declarator> declarators(int start) {
    List<Declarator> result = new ArrayList<>();
    int i = start;
    int partStart = start;
    while (i <= code.length()) {
      char c = i < code.length() ? code.charAt(i) : ';';
      if (c == '(' || c == '[' || c == '{') {
        int close = source.matching(i);
        i = close < 0 ? code.length() : close + 1;
        continue;
      }
      boolean endOfStatement = c == ';' || (c == '\n' && endsStatement(i));
      if (c == ',' || endOfStatement) {
        String part = code.substring(partStart, Math.min(i, code.length())).strip();
        int eq = part.indexOf('=');
        String left = (eq < 0 ? part : part.substring(0, eq)).strip();
        String initializer = eq < 0 ? "" : part.substring(eq + 1).strip();
        Matcher name = Pattern.compile("^[A-Za-z_$][\\w$]*").matcher(left);
        if (name.find()) {
          result.add(new Declarator(name.group(), initializer));
        }
        if (endOfStatement) {
          return result;
        }
        partStart = i + 1;
      }
      i++;
    }
    return result;
  }

  private boolean endsStatement(int newline) {
    String before = code.substring(Math.max(0, newline - 2), newline).strip();
    return !(before.endsWith("=") || before.endsWith(",") || before.endsWith("("));
  }

  /** The call a client pattern matched, as written: {@code new pg.Client}. */
  private static String callee(MatchResult m) {
    return m.group().substring(0, m.group().length() - 1).replaceAll("\\s+", " ").strip();
  }

  /**
   * TS-SHARED-CONNECTION: a single pg Client or mysql connection at module scope is one connection
   * that every concurrent request on the worker queues behind.
   */
  private static void sharedConnections(HandlerModel file, CodeFindings findings) {
    boolean importsPg = IMPORTS_PG.matcher(file.source().original()).find();
    file.matches(CLIENT)
        .filter(m -> file.atModuleScope(m.start()))
        .forEach(
            m -> {
              String what = callee(m);
              boolean pgClient = what.matches("new (pg\\.)?Client") && importsPg;
              boolean mysqlConnection = what.matches("mysql2? ?\\. ?createConnection");
              if (pgClient || mysqlConnection) {
                findings.add(
                    ThreadSafetyRule.SHARED_CONNECTION,
                    Severity.WARNING,
                    file.line(m.start()),
                    "'%s' at module scope is one database connection shared by every concurrent request on the worker: their queries queue behind each other and transactions interleave."
                        .formatted(what),
                    "Use a pool (new pg.Pool({ max: ... }) or mysql2 createPool) at module scope and check out a connection per request.");
              }
            });
  }

  /** TS-NODE-CALLBACK and TS-NODE-SYNC-HANDLER: the handler's own shape. */
  private static void handlerShape(HandlerModel file, CodeFindings findings) {
    for (FunctionSpan handler : file.handlers()) {
      if (!handler.name().equals("handler")) {
        continue;
      }
      List<String> parameters = parameterNames(handler.parameters());
      boolean callback =
          parameters.size() >= 3
              || parameters.stream()
                  .anyMatch(p -> p.equals("callback") || p.equals("cb") || p.equals("done"));
      if (callback) {
        findings.add(
            ThreadSafetyRule.CALLBACK_HANDLER,
            file.line(handler.headerStart()),
            "The handler takes a callback; callback-style handlers are not supported with LMI on Node.js 22 (and deprecated from Node.js 24).",
            "Make the handler async (export const handler = async (event, context) => { ... }) and return the result instead of calling the callback.");
      } else if (!handler.async() && file.matchesIn(PROMISE_RETURN, handler).findAny().isEmpty()) {
        findings.add(
            ThreadSafetyRule.SYNC_HANDLER,
            file.line(handler.headerStart()),
            "The handler is synchronous, so each worker thread processes one request at a time and LMI's multi-concurrency is lost.",
            "Declare the handler async and await I/O inside it.");
      }
    }
  }

  private static List<String> parameterNames(String parameters) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : parameters.toCharArray()) {
      if ("([{<".indexOf(c) >= 0) {
        depth++;
      } else if (")]}>".indexOf(c) >= 0) {
        depth--;
      }
      if (c == ',' && depth == 0) {
        names.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      names.add(current.toString());
    }
    return names.stream()
        .map(n -> n.strip().replaceAll("[:=?].*$", "").strip())
        .filter(n -> !n.isEmpty())
        .toList();
  }
}

package dev.lmiadvisor.tools.review.code.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.Type;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thread-safety rules for Java, on JavaParser's syntax tree. On LMI, Lambda loads the handler once
 * per execution environment and calls it from many OS threads at once: every static field and every
 * field of the handler object is shared (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-java-runtime.html">Java
 * runtime for Lambda Managed Instances</a>, as of 2026-11-21).
 *
 * <p>"Per request" means the handler method ({@code handleRequest}, or any method taking a Lambda
 * {@code Context}) and every method or constructor of this file it calls, transitively. Code that
 * runs only from field initializers, static initializers and constructors is init code.
 */
public final class JavaAnalyzer {

  /** Types whose instances must not be shared between threads, with what to use instead. */
  private static final Set<String> STATEFUL_ON_USE =
      Set.of(
          "SimpleDateFormat",
          "DateFormat",
          "NumberFormat",
          "DecimalFormat",
          "MessageFormat",
          "MessageDigest",
          "Mac",
          "Cipher",
          "Signature",
          "Calendar",
          "GregorianCalendar",
          "Matcher",
          "Scanner");

  private static final Set<String> UNSYNCHRONIZED_COLLECTIONS =
      Set.of(
          "HashMap",
          "LinkedHashMap",
          "TreeMap",
          "WeakHashMap",
          "IdentityHashMap",
          "EnumMap",
          "HashSet",
          "LinkedHashSet",
          "TreeSet",
          "ArrayList",
          "LinkedList",
          "ArrayDeque",
          "PriorityQueue",
          "StringBuilder",
          "BitSet");

  private static final Set<String> FACTORIES_OF_STATEFUL =
      Set.of(
          "MessageDigest", "Cipher", "Mac", "Signature", "Calendar", "DateFormat", "NumberFormat");

  private static final Set<String> SAFE_WRAPPER_SCOPES =
      Set.of("Collections", "List", "Map", "Set", "ThreadLocal");

  private static final Set<String> MUTATORS =
      Set.of(
          "put",
          "putAll",
          "putIfAbsent",
          "merge",
          "compute",
          "computeIfAbsent",
          "computeIfPresent",
          "remove",
          "clear",
          "add",
          "addAll",
          "addFirst",
          "addLast",
          "offer",
          "offerFirst",
          "offerLast",
          "poll",
          "pollFirst",
          "pollLast",
          "push",
          "pop",
          "set",
          "sort",
          "replaceAll",
          "removeIf",
          "retainAll",
          "removeAll",
          "append",
          "insert",
          "delete",
          "deleteCharAt",
          "setLength",
          "replace",
          "reverse",
          "setCharAt",
          "flip");

  private static final Set<String> JDBC_SHARED =
      Set.of("Connection", "Statement", "PreparedStatement", "CallableStatement");

  private final CompilationUnit unit;
  private final CodeFindings findings;
  private final Set<String> typeNames;
  private final List<CallableDeclaration<?>> callables;
  private final List<MethodDeclaration> handlers;
  private final Set<CallableDeclaration<?>> perRequest;
  private final Set<String> handlerTypes;
  private final List<SharedField> sharedFields = new ArrayList<>();
  private final Map<String, List<SharedField>> sharedByName = new HashMap<>();
  private final Map<Node, Set<String>> localsByCallable = new IdentityHashMap<>();
  private final Map<SharedField, Node> firstUse = new IdentityHashMap<>();
  private final Map<SharedField, Node> firstMutation = new IdentityHashMap<>();

  /** Owner.field → the value a constructor assigns to it; built on first use. */
  private Map<String, Expression> constructorAssignments;

  /**
   * A field shared by concurrent requests. Compared by identity: JavaParser nodes compare (and
   * hash) structurally, which is slow, and two equal declarations in two classes are two fields.
   */
  private static final class SharedField {
    private final String name;
    private final String owner;
    private final String typeName;
    private final Optional<Expression> initializer;
    private final boolean isFinal;
    private final boolean isStatic;
    private final int line;

    SharedField(
        String name,
        String owner,
        String typeName,
        Optional<Expression> initializer,
        boolean isFinal,
        boolean isStatic,
        Node node) {
      this.name = name;
      this.owner = owner;
      this.typeName = typeName;
      this.initializer = initializer;
      this.isFinal = isFinal;
      this.isStatic = isStatic;
      this.line = JavaAnalyzer.line(node);
    }

    String name() {
      return name;
    }

    String owner() {
      return owner;
    }

    String typeName() {
      return typeName;
    }

    Optional<Expression> initializer() {
      return initializer;
    }

    boolean isFinal() {
      return isFinal;
    }

    boolean isStatic() {
      return isStatic;
    }

    int line() {
      return line;
    }

    String describe() {
      return (isStatic ? "static field '" : "field '") + name + "'";
    }
  }

  private JavaAnalyzer(CompilationUnit unit, CodeFindings findings) {
    this.unit = unit;
    this.findings = findings;
    this.typeNames =
        unit.findAll(TypeDeclaration.class).stream()
            .map(t -> t.getNameAsString())
            .collect(Collectors.toSet());
    this.callables = new ArrayList<>();
    unit.findAll(CallableDeclaration.class).forEach(c -> callables.add(c));
    List<MethodDeclaration> named =
        unit.findAll(MethodDeclaration.class).stream()
            .filter(m -> m.getNameAsString().equals("handleRequest") || takesContext(m))
            .toList();
    this.handlers =
        named.isEmpty()
            ? unit.findAll(MethodDeclaration.class).stream()
                .filter(m -> m.getBody().isPresent())
                .toList()
            : named;
    this.handlerTypes = handlers.stream().map(JavaAnalyzer::ownerName).collect(Collectors.toSet());
    this.perRequest = reachable();
    collectSharedFields();
    indexPerRequestUses();
  }

  public static void analyze(String code, CodeFindings findings) {
    JavaSource.Parsed parsed = JavaSource.parse(code);
    if (parsed.unit().isEmpty()) {
      findings.add(
          ThreadSafetyRule.PARSE_ERROR,
          parsed.problemLine(),
          "The Java source could not be parsed: " + parsed.problem(),
          "Submit the whole handler file (or at least whole methods) with valid Java syntax.");
      return;
    }
    new JavaAnalyzer(parsed.unit().get(), findings).run();
  }

  private void run() {
    sharedState();
    clientsPerRequest();
    tmpPaths();
    systemCalls();
    threadLocals();
    synchronizedHandlers();
    deadline();
  }

  static int line(Node node) {
    return node.getBegin().map(p -> p.line).orElse(1);
  }

  private static boolean takesContext(MethodDeclaration method) {
    return method.getParameters().stream().anyMatch(p -> simpleName(p.getType()).equals("Context"));
  }

  private static String simpleName(Type type) {
    String text = type.asString();
    int generic = text.indexOf('<');
    if (generic >= 0) {
      text = text.substring(0, generic);
    }
    int dot = text.lastIndexOf('.');
    return dot >= 0 ? text.substring(dot + 1) : text;
  }

  private static String ownerName(Node node) {
    return ancestor(node, TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("");
  }

  /** The nearest enclosing node of a type (JavaParser's own lookup takes generic varargs). */
  private static <T> Optional<T> ancestor(Node node, Class<T> type) {
    Optional<Node> current = node.getParentNode();
    while (current.isPresent()) {
      if (type.isInstance(current.get())) {
        return Optional.of(type.cast(current.get()));
      }
      current = current.get().getParentNode();
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ what runs per request

  private Set<CallableDeclaration<?>> reachable() {
    Set<CallableDeclaration<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.addAll(handlers);
    Deque<CallableDeclaration<?>> work = new ArrayDeque<>(handlers);
    while (!work.isEmpty()) {
      CallableDeclaration<?> current = work.pop();
      Set<String> called = new HashSet<>();
      current.findAll(MethodCallExpr.class).stream()
          .filter(this::callsThisFile)
          .forEach(c -> called.add(c.getNameAsString()));
      current.findAll(MethodReferenceExpr.class).forEach(r -> called.add(r.getIdentifier()));
      Set<String> constructed = new HashSet<>();
      current
          .findAll(ObjectCreationExpr.class)
          .forEach(o -> constructed.add(o.getType().getNameAsString()));
      for (CallableDeclaration<?> candidate : callables) {
        boolean hit =
            candidate instanceof MethodDeclaration m
                ? called.contains(m.getNameAsString())
                : candidate instanceof ConstructorDeclaration c
                    && constructed.contains(c.getNameAsString());
        if (hit && seen.add(candidate)) {
          work.push(candidate);
        }
      }
    }
    return seen;
  }

  /** A call without a receiver, on this/super, or on a class of this file. */
  private boolean callsThisFile(MethodCallExpr call) {
    return call.getScope()
        .map(
            scope ->
                scope.isThisExpr()
                    || scope.isSuperExpr()
                    || (scope instanceof NameExpr n && typeNames.contains(n.getNameAsString())))
        .orElse(true);
  }

  private boolean runsPerRequest(Node node) {
    Optional<?> owner = ancestor(node, CallableDeclaration.class);
    return owner.isPresent() && perRequest.contains(owner.get());
  }

  // ------------------------------------------------------------------ shared fields

  private void collectSharedFields() {
    for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
      String owner = ownerName(field);
      boolean inInterface =
          ancestor(field, ClassOrInterfaceDeclaration.class)
              .map(ClassOrInterfaceDeclaration::isInterface)
              .orElse(false);
      boolean isStatic = field.isStatic() || inInterface;
      if (!isStatic && !handlerTypes.contains(owner)) {
        continue;
      }
      for (VariableDeclarator variable : field.getVariables()) {
        addSharedField(
            new SharedField(
                variable.getNameAsString(),
                owner,
                simpleName(variable.getType()),
                variable
                    .getInitializer()
                    .or(() -> assignedInConstructor(owner, variable.getNameAsString())),
                field.isFinal() || inInterface,
                isStatic,
                variable));
      }
    }
  }

  private void addSharedField(SharedField field) {
    sharedFields.add(field);
    sharedByName.computeIfAbsent(field.name(), n -> new ArrayList<>()).add(field);
  }

  /**
   * {@code this.map = new HashMap<>()} in a constructor, for fields declared without initializer.
   */
  private Optional<Expression> assignedInConstructor(String owner, String name) {
    if (constructorAssignments == null) {
      constructorAssignments = new HashMap<>();
      for (ConstructorDeclaration constructor : unit.findAll(ConstructorDeclaration.class)) {
        for (AssignExpr assignment : constructor.findAll(AssignExpr.class)) {
          targetName(assignment.getTarget())
              .ifPresent(
                  field ->
                      constructorAssignments.putIfAbsent(
                          constructor.getNameAsString() + "." + field, assignment.getValue()));
        }
      }
    }
    return Optional.ofNullable(constructorAssignments.get(owner + "." + name));
  }

  /** The field name an assignment target names: x, this.x, Type.x, x[i]. */
  private Optional<String> targetName(Expression target) {
    if (target instanceof NameExpr name) {
      return Optional.of(name.getNameAsString());
    }
    if (target instanceof FieldAccessExpr access
        && (access.getScope() instanceof ThisExpr
            || (access.getScope() instanceof NameExpr scope
                && typeNames.contains(scope.getNameAsString())))) {
      return Optional.of(access.getNameAsString());
    }
    if (target instanceof ArrayAccessExpr array) {
      return targetName(array.getName());
    }
    return Optional.empty();
  }

  private Optional<SharedField> field(Expression target, Node at) {
    Optional<String> name = targetName(target);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (target instanceof NameExpr && declaresLocal(at, name.get())) {
      return Optional.empty();
    }
    List<SharedField> candidates = sharedByName.getOrDefault(name.get(), List.of());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    String owner = ownerName(at);
    return candidates.stream()
        .min((a, b) -> Boolean.compare(!a.owner().equals(owner), !b.owner().equals(owner)));
  }

  /** Whether the enclosing method or constructor declares a local or parameter with this name. */
  private boolean declaresLocal(Node at, String name) {
    Optional<?> callable = ancestor(at, CallableDeclaration.class);
    return callable.isPresent()
        && localsByCallable
            .computeIfAbsent((Node) callable.get(), c -> localNames((CallableDeclaration<?>) c))
            .contains(name);
  }

  /** Parameters, local variables, lambda and catch parameters of a method or constructor. */
  private static Set<String> localNames(CallableDeclaration<?> callable) {
    Set<String> names = new HashSet<>();
    callable.getParameters().forEach(p -> names.add(p.getNameAsString()));
    callable.findAll(VariableDeclarator.class).forEach(v -> names.add(v.getNameAsString()));
    callable
        .findAll(LambdaExpr.class)
        .forEach(l -> l.getParameters().forEach(p -> names.add(p.getNameAsString())));
    callable.findAll(CatchClause.class).forEach(c -> names.add(c.getParameter().getNameAsString()));
    return names;
  }

  private void sharedState() {
    Set<String> reported = new HashSet<>();
    List<Node> writes = new ArrayList<>();
    unit.findAll(AssignExpr.class).forEach(writes::add);
    unit.findAll(UnaryExpr.class).stream()
        .filter(u -> u.getOperator().name().contains("CREMENT"))
        .forEach(writes::add);
    writes.sort((a, b) -> Integer.compare(line(a), line(b)));
    for (Node write : writes) {
      if (!runsPerRequest(write)) {
        continue;
      }
      Expression target =
          write instanceof AssignExpr a ? a.getTarget() : ((UnaryExpr) write).getExpression();
      Optional<SharedField> field = field(target, write);
      if (field.isEmpty() || !reported.add(field.get().owner() + "." + field.get().name())) {
        continue;
      }
      boolean element = target instanceof ArrayAccessExpr;
      if (field.get().isFinal() && !element) {
        continue;
      }
      findings.add(
          ThreadSafetyRule.SHARED_STATE_WRITE,
          line(write),
          "%s %s is written while handling a request; %s, so concurrent requests overwrite each other's value."
              .formatted(
                  element ? "An element of" : capitalize(field.get().describe()),
                  element ? field.get().describe() : "(line " + field.get().line() + ")",
                  field.get().isStatic()
                      ? "static fields are shared by all handler threads"
                      : "Lambda creates one handler object per execution environment and calls it from many threads"),
          "Keep request data in local variables and pass it as arguments; for shared counters use AtomicLong/LongAdder or CloudWatch metrics, for shared caches ConcurrentHashMap, for lazily built resources a static final field initialised at init.");
    }
    for (SharedField field : sharedFields) {
      unsafeType(field);
    }
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private void unsafeType(SharedField field) {
    String type = field.typeName();
    if (JDBC_SHARED.contains(type) && isJdbc(type)) {
      findings.add(
          ThreadSafetyRule.SHARED_CONNECTION,
          hasImports() ? Severity.ERROR : Severity.WARNING,
          field.line(),
          "%s holds one JDBC %s for every handler thread; JDBC connections and statements are not safe to share between threads."
              .formatted(capitalize(field.describe()), type),
          "Use a connection pool such as HikariCP created at init, and borrow a connection per request in try-with-resources.");
      return;
    }
    String unsafe = unsafeTypeOf(field).orElse(null);
    if (unsafe == null) {
      return;
    }
    Optional<Node> use = firstPerRequestUse(field, STATEFUL_ON_USE.contains(unsafe));
    findings.add(
        ThreadSafetyRule.UNSAFE_SHARED_TYPE,
        use.isPresent() ? Severity.ERROR : Severity.INFO,
        use.map(JavaAnalyzer::line).orElse(field.line()),
        use.isPresent()
            ? "%s (%s) is %s while handling a request; %s is not thread-safe and every handler thread shares this instance."
                .formatted(
                    capitalize(field.describe()),
                    unsafe,
                    STATEFUL_ON_USE.contains(unsafe) ? "used" : "changed",
                    unsafe)
            : "%s (%s) is shared by every handler thread; that is safe only while nothing changes it after init."
                .formatted(capitalize(field.describe()), unsafe),
        advice(unsafe));
  }

  private static String advice(String type) {
    return switch (type) {
      case "SimpleDateFormat", "DateFormat" ->
          "Use java.time.format.DateTimeFormatter, which is immutable and thread-safe.";
      case "MessageDigest", "Mac", "Cipher", "Signature" ->
          "Create one per use, or keep one per thread in a ThreadLocal (ThreadLocal.withInitial(...)).";
      case "StringBuilder" -> "Use a local StringBuilder inside the method.";
      case "Calendar", "GregorianCalendar" ->
          "Use java.time types (Instant, ZonedDateTime), which are immutable.";
      default ->
          "Use ConcurrentHashMap or another java.util.concurrent type, an immutable copy (Map.copyOf, List.copyOf), or keep the data per request; counts that matter belong in metrics or a datastore.";
    };
  }

  /** The unsafe type name of a field, judged by its declared type and its initializer. */
  private Optional<String> unsafeTypeOf(SharedField field) {
    String declared = field.typeName();
    if (declared.startsWith("ThreadLocal")
        || declared.startsWith("InheritableThreadLocal")
        || declared.startsWith("Atomic")
        || declared.startsWith("Concurrent")
        || declared.startsWith("CopyOnWrite")
        || declared.startsWith("Immutable")) {
      return Optional.empty();
    }
    Optional<Expression> init = field.initializer();
    if (init.isPresent()
        && init.get() instanceof MethodCallExpr call
        && call.getScope().isPresent()
        && call.getScope().get() instanceof NameExpr scope
        && SAFE_WRAPPER_SCOPES.contains(scope.getNameAsString())) {
      return Optional.empty();
    }
    if (STATEFUL_ON_USE.contains(declared) || UNSYNCHRONIZED_COLLECTIONS.contains(declared)) {
      return Optional.of(declared);
    }
    if (init.isPresent() && init.get() instanceof ObjectCreationExpr creation) {
      String created = creation.getType().getNameAsString();
      if (STATEFUL_ON_USE.contains(created) || UNSYNCHRONIZED_COLLECTIONS.contains(created)) {
        return Optional.of(created);
      }
    }
    if (init.isPresent()
        && init.get() instanceof MethodCallExpr call
        && call.getNameAsString().startsWith("get")
        && call.getScope()
            .filter(
                s -> s instanceof NameExpr n && FACTORIES_OF_STATEFUL.contains(n.getNameAsString()))
            .isPresent()) {
      return Optional.of(((NameExpr) call.getScope().get()).getNameAsString());
    }
    return Optional.empty();
  }

  /**
   * One pass over the code that runs per request: the first use (any reference) and the first
   * mutation (a mutating call) of each shared field.
   */
  private void indexPerRequestUses() {
    for (CallableDeclaration<?> callable : perRequest) {
      for (NameExpr name : callable.findAll(NameExpr.class)) {
        field(name, name).ifPresent(f -> earliest(firstUse, f, name));
      }
      for (FieldAccessExpr access : callable.findAll(FieldAccessExpr.class)) {
        field(access, access).ifPresent(f -> earliest(firstUse, f, access));
      }
      for (MethodCallExpr call : callable.findAll(MethodCallExpr.class)) {
        if (call.getScope().isPresent() && MUTATORS.contains(call.getNameAsString())) {
          field(call.getScope().get(), call).ifPresent(f -> earliest(firstMutation, f, call));
        }
      }
    }
  }

  private static void earliest(Map<SharedField, Node> index, SharedField field, Node node) {
    index.merge(field, node, (a, b) -> line(b) < line(a) ? b : a);
  }

  /** The first per-request use (any reference) or mutation (a mutating call) of a field. */
  private Optional<Node> firstPerRequestUse(SharedField field, boolean anyUse) {
    return Optional.ofNullable(anyUse ? firstUse.get(field) : firstMutation.get(field));
  }

  private boolean hasImports() {
    return !unit.getImports().isEmpty();
  }

  private boolean isJdbc(String type) {
    if (!hasImports()) {
      return true;
    }
    for (ImportDeclaration i : unit.getImports()) {
      String name = i.getNameAsString();
      if (i.isAsterisk() ? name.equals("java.sql") : name.equals("java.sql." + type)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ other rules

  private void clientsPerRequest() {
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      if (!runsPerRequest(call)) {
        continue;
      }
      String name = call.getNameAsString();
      String scope =
          call.getScope()
              .filter(NameExpr.class::isInstance)
              .map(s -> ((NameExpr) s).getNameAsString())
              .orElse("");
      boolean sdkCreate = name.equals("create") && scope.endsWith("Client");
      boolean builtClient = name.equals("build") && builderRoot(call).isPresent();
      boolean jdbc = name.equals("getConnection") && scope.equals("DriverManager");
      boolean http = name.equals("newHttpClient") && scope.equals("HttpClient");
      boolean v1Default = name.equals("defaultClient") && scope.endsWith("ClientBuilder");
      if (sdkCreate || builtClient || jdbc || http || v1Default) {
        String what =
            jdbc
                ? "DriverManager.getConnection(...)"
                : builtClient
                    ? builderRoot(call).get() + ".builder()...build()"
                    : scope + "." + name + "()";
        reportClient(call, what, jdbc);
      }
    }
    for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
      String type = creation.getType().getNameAsString();
      if (runsPerRequest(creation)
          && (type.matches("Amazon\\w*Client") || type.equals("HikariDataSource"))) {
        reportClient(creation, "new " + type + "(...)", type.equals("HikariDataSource"));
      }
    }
  }

  /** For {@code X.builder()....build()}, the X when it is a client type. */
  private static Optional<String> builderRoot(MethodCallExpr build) {
    Expression current = build;
    while (current instanceof MethodCallExpr call && call.getScope().isPresent()) {
      if (call.getNameAsString().equals("builder") || call.getNameAsString().equals("standard")) {
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr n
            && (n.getNameAsString().endsWith("Client")
                || n.getNameAsString().endsWith("ClientBuilder")
                || n.getNameAsString().equals("HttpClient"))) {
          return Optional.of(n.getNameAsString());
        }
        return Optional.empty();
      }
      if (call.getNameAsString().equals("newBuilder")
          && call.getScope().get() instanceof NameExpr n
          && n.getNameAsString().equals("HttpClient")) {
        return Optional.of("HttpClient");
      }
      current = call.getScope().get();
    }
    return Optional.empty();
  }

  private void reportClient(Node at, String what, boolean database) {
    findings.add(
        ThreadSafetyRule.CLIENT_PER_INVOCATION,
        line(at),
        "%s runs for every request: %s"
            .formatted(
                what,
                database
                    ? "a new database connection per request adds latency and multiplies connections under LMI's concurrency."
                    : "AWS SDK and HTTP clients are thread-safe and meant to be created once; a new one per request adds latency and connections."),
        database
            ? "Create a pool (HikariCP) once in a static final field and borrow a connection per request in try-with-resources."
            : "Create the client once in a static final field (or the handler's constructor) and share it across threads.");
  }

  private void tmpPaths() {
    for (StringLiteralExpr literal : unit.findAll(StringLiteralExpr.class)) {
      String value = literal.getValue();
      if (value.startsWith("/tmp/") && value.length() > "/tmp/".length() && !extended(literal)) {
        reportTmp(literal, value);
      }
    }
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      boolean pathFactory =
          (call.getNameAsString().equals("of") || call.getNameAsString().equals("get"))
              && call.getScope()
                  .filter(s -> s.toString().equals("Path") || s.toString().equals("Paths"))
                  .isPresent();
      if (pathFactory) {
        joinedTmp(call, call.getArguments());
      }
    }
    for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
      if (creation.getType().getNameAsString().equals("File")) {
        joinedTmp(creation, creation.getArguments());
      }
    }
  }

  private void joinedTmp(Node at, List<Expression> arguments) {
    if (arguments.size() >= 2
        && arguments.stream().allMatch(StringLiteralExpr.class::isInstance)
        && ((StringLiteralExpr) arguments.getFirst()).getValue().matches("/tmp/?")) {
      String path =
          arguments.stream()
              .map(a -> ((StringLiteralExpr) a).getValue())
              .collect(Collectors.joining("/"))
              .replace("//", "/");
      reportTmp(at, path);
    }
  }

  private static boolean extended(StringLiteralExpr literal) {
    Optional<Node> parent = literal.getParentNode();
    if (parent.isPresent()
        && parent.get() instanceof BinaryExpr binary
        && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      return true;
    }
    if (parent.isPresent() && parent.get() instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      boolean scopeIsLiteral = call.getScope().filter(s -> s == literal).isPresent();
      return (scopeIsLiteral
              && (name.equals("formatted") || name.equals("replace") || name.equals("concat")))
          || (name.equals("format") && call.getArguments().size() > 1);
    }
    return false;
  }

  private void reportTmp(Node at, String path) {
    findings.add(
        ThreadSafetyRule.FIXED_TMP_PATH,
        line(at),
        "Fixed path %s: /tmp is shared by every concurrent request in the execution environment, so requests overwrite and read each other's file."
            .formatted(path),
        "Use Files.createTempFile(\"job-\" + context.getAwsRequestId() + \"-\", \".tmp\") (or createTempDirectory) and delete the file in a finally block.");
  }

  private void systemCalls() {
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      String scope = call.getScope().map(Expression::toString).orElse("");
      String name = call.getNameAsString();
      if (scope.equals("System") && (name.equals("setProperty") || name.equals("clearProperty"))) {
        boolean perRequest = runsPerRequest(call);
        findings.add(
            ThreadSafetyRule.ENVIRONMENT_MUTATION,
            perRequest ? Severity.ERROR : Severity.INFO,
            line(call),
            perRequest
                ? "System.%s runs while handling a request; system properties are JVM-wide, so every handler thread sees the change."
                    .formatted(name)
                : "System.%s runs during init; harmless for concurrency, but configuration is clearer read once and never written."
                    .formatted(name),
            "Set JVM-wide configuration once at init (or through JAVA_TOOL_OPTIONS) and pass request values as arguments.");
      }
      if (scope.equals("System")
          && name.equals("getenv")
          && call.getArguments().size() == 1
          && call.getArgument(0) instanceof StringLiteralExpr variable
          && variable.getValue().equals("_X_AMZN_TRACE_ID")) {
        findings.add(
            ThreadSafetyRule.TRACE_ID_FROM_ENVIRONMENT,
            line(call),
            "_X_AMZN_TRACE_ID is not supported on LMI for Java; one environment variable cannot hold each concurrent request's trace id.",
            "Read the trace id from context.getXrayTraceId().");
      }
      boolean stdout = scope.equals("System.out") || scope.equals("System.err");
      boolean stackTrace = name.equals("printStackTrace") && call.getArguments().isEmpty();
      if ((stdout || stackTrace) && runsPerRequest(call)) {
        findings.add(
            ThreadSafetyRule.STDOUT_LOGGING,
            line(call),
            "%s writes to %s without the request id, so the logs of concurrent requests cannot be told apart."
                .formatted(
                    stdout ? scope + "." + name : "printStackTrace()",
                    stdout ? scope.substring("System.".length()) : "stderr"),
            "Log with context.getLogger() (JSON log lines carry the requestId), or a logger whose layout includes the request id.");
      }
    }
  }

  private void threadLocals() {
    Map<SharedField, MethodCallExpr> firstSet = new IdentityHashMap<>();
    Set<SharedField> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      if (call.getScope().isEmpty() || !(name.equals("set") || name.equals("remove"))) {
        continue;
      }
      Optional<SharedField> field =
          field(call.getScope().get(), call).filter(f -> f.typeName().endsWith("ThreadLocal"));
      if (field.isEmpty()) {
        continue;
      }
      if (name.equals("remove")) {
        removed.add(field.get());
      } else if (runsPerRequest(call)) {
        firstSet.merge(field.get(), call, (a, b) -> line(b) < line(a) ? b : a);
      }
    }
    firstSet.forEach(
        (field, set) -> {
          if (!removed.contains(field)) {
            findings.add(
                ThreadSafetyRule.THREAD_LOCAL_LEAK,
                line(set),
                "ThreadLocal '%s' is set per request but never removed; the runtime reuses its threads, so the next request on this thread sees the old value."
                    .formatted(field.name()),
                "Call %s.remove() in a finally block after the request's work."
                    .formatted(field.name()));
          }
        });
  }

  private void synchronizedHandlers() {
    for (MethodDeclaration handler : handlers) {
      boolean method =
          handler.getModifiers().stream()
              .anyMatch(m -> m.getKeyword() == Modifier.Keyword.SYNCHRONIZED);
      Optional<SynchronizedStmt> block =
          handler.findAll(SynchronizedStmt.class).stream()
              .filter(
                  s ->
                      s.getExpression() instanceof ThisExpr
                          || s.getExpression() instanceof ClassExpr)
              .findFirst();
      if (method || block.isPresent()) {
        findings.add(
            ThreadSafetyRule.SYNCHRONIZED_HANDLER,
            line(method ? handler : block.get()),
            "The handler synchronizes on the handler object or class, so concurrent requests wait for each other and LMI's multi-concurrency is lost.",
            "Remove the lock and make the shared state thread-safe instead (immutable objects, java.util.concurrent types, per-request locals).");
      }
    }
  }

  private void deadline() {
    boolean checksTime =
        perRequest.stream()
            .flatMap(c -> c.findAll(MethodCallExpr.class).stream())
            .anyMatch(c -> c.getNameAsString().equals("getRemainingTimeInMillis"));
    if (checksTime) {
      return;
    }
    perRequest.stream()
        .flatMap(
            c ->
                c
                    .findAll(
                        Statement.class,
                        s ->
                            s instanceof ForStmt
                                || s instanceof ForEachStmt
                                || s instanceof WhileStmt
                                || s instanceof DoStmt)
                    .stream())
        .min((a, b) -> Integer.compare(line(a), line(b)))
        .ifPresent(
            loop ->
                findings.add(
                    ThreadSafetyRule.NO_DEADLINE_CHECK,
                    line(loop),
                    "This loop runs per request but nothing checks the remaining time; on LMI a timed-out invocation is reported failed while its code keeps running.",
                    "Check context.getRemainingTimeInMillis() in the loop and stop cleanly before the deadline; give downstream calls their own timeouts."));
  }
}

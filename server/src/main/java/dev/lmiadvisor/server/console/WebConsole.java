package dev.lmiadvisor.server.console;

import dev.lmiadvisor.server.approvals.WebApprovals;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console at {@code /}: server-side pages over the same {@code ToolInvoker} as MCP, with no
 * JavaScript. Signing in takes the server's bearer token and opens a session whose cookie is
 * HttpOnly and SameSite=Strict (the token itself never goes back to the browser); every form that
 * changes anything is a POST carrying the session's CSRF token. Reads may also be made with {@code
 * Authorization: Bearer}, for scripts such as the JSON-lines export.
 */
public final class WebConsole extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(WebConsole.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  static final String USER = "lmi.user";
  static final String APPROVER = "lmi.approver";
  static final String CSRF = "lmi.csrf";

  /** Every path the console serves; anything else is the server's JSON 404. */
  public static final List<String> PATHS =
      List.of(
          "",
          "/login",
          "/logout",
          "/audit",
          "/audit.jsonl",
          "/approvals",
          "/approvals/*",
          "/calculators/*",
          "/ask",
          "/console.css");

  private final transient ConsoleSettings settings;
  private final transient Inventory inventory;
  private final transient Supplier<SandboxService> sandbox;
  private final transient Optional<WebApprovals> approvals;
  private final transient DefaultServerTransportSecurityValidator hosts;
  private final transient Pages pages = new Pages();
  private final transient AuditPage audit;
  private final transient Calculators calculators;

  public WebConsole(
      ConsoleSettings settings,
      Inventory inventory,
      Supplier<SandboxService> sandbox,
      Optional<WebApprovals> approvals,
      DefaultServerTransportSecurityValidator hosts) {
    this.settings = settings;
    this.inventory = inventory;
    this.sandbox = sandbox;
    this.approvals = approvals;
    this.hosts = hosts;
    this.audit = new AuditPage(sandbox);
    this.calculators = new Calculators(inventory);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    headers(response);
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.isEmpty()) {
      path = "/";
    }
    try {
      hosts.validateHeaders(hostHeaders(request));
    } catch (ServerTransportSecurityException e) {
      message(
          response, e.getStatusCode(), "Refused", "This address or origin is not allowed.", null);
      return;
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
      response.setHeader("Allow", "GET, POST");
      message(response, 405, "Not allowed", "Use the pages' links and forms.", null);
      return;
    }
    boolean post = method.equals("POST");
    try {
      if (path.equals("/console.css")) {
        stylesheet(response);
        return;
      }
      if (path.equals("/login")) {
        if (post) {
          signIn(request, response);
        } else {
          loginPage(request, response, 200, null);
        }
        return;
      }
      Optional<Viewer> viewer = viewer(request);
      if (viewer.isEmpty()) {
        if (post) {
          message(response, 403, "Sign in first", "Your session has ended; sign in again.", null);
        } else {
          response.setStatus(303);
          response.setHeader("Location", "/login?next=" + encode(localPath(request)));
        }
        return;
      }
      if (post && !validCsrf(request)) {
        message(
            response,
            403,
            "Form refused",
            "The form did not carry this session's security token (CSRF). Reload the page and try"
                + " again.",
            viewer.get());
        return;
      }
      route(path, post, request, response, viewer.get());
    } catch (RuntimeException e) {
      String id = UUID.randomUUID().toString();
      log.error("web console fault on {} [correlation id {}]", path, id, e);
      message(
          response,
          500,
          "Something went wrong",
          "Nothing was changed by the failed step. Report correlation id " + id + ".",
          null);
    }
  }

  private void route(
      String path,
      boolean post,
      HttpServletRequest request,
      HttpServletResponse response,
      Viewer viewer)
      throws IOException {
    switch (path) {
      case "/" ->
          page(
              response,
              200,
              "home",
              viewer,
              "home",
              new LinkedHashMap<>(
                  Map.of(
                      "approvalsOn", approvals.isPresent(),
                      "pendingCount",
                          approvals
                              .map(
                                  a ->
                                      a.all().stream()
                                          .filter(WebApprovals.Request::pending)
                                          .count())
                              .orElse(0L))));
      case "/logout" -> {
        if (!post) {
          page(
              response,
              200,
              "logout",
              viewer,
              "",
              new LinkedHashMap<>(Map.of("title", "Sign out")));
          return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        redirect(response, "/login");
      }
      case "/audit" -> page(response, 200, "audit", viewer, "audit", audit.scope(request));
      case "/audit.jsonl" -> audit.export(request, response);
      case "/approvals" -> page(response, 200, "approvals", viewer, "approvals", approvalsScope());
      case "/ask" ->
          page(response, 200, "ask", viewer, "ask", calculators.ask(request, post, caller(viewer)));
      default -> {
        if (path.startsWith("/approvals/")) {
          approval(path.substring("/approvals/".length()), post, request, response, viewer);
        } else if (path.startsWith("/calculators/")) {
          String which = path.substring("/calculators/".length());
          Optional<Map<String, Object>> scope =
              calculators.calculator(which, request, post, caller(viewer));
          if (scope.isEmpty()) {
            message(response, 404, "Not found", "There is no such calculator.", viewer);
          } else {
            page(response, 200, "calculator", viewer, "calculators", scope.get());
          }
        } else {
          message(response, 404, "Not found", "There is no such page.", viewer);
        }
      }
    }
  }

  // --- approvals --------------------------------------------------------------------------------

  private Map<String, Object> approvalsScope() {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("title", "Approvals");
    scope.put("approvalsOn", approvals.isPresent());
    List<Map<String, Object>> rows = new ArrayList<>();
    approvals.ifPresent(a -> a.all().forEach(r -> rows.add(row(r))));
    scope.put("requests", rows);
    scope.put("none", rows.isEmpty());
    scope.put(
        "expiry",
        approvals
            .map(a -> a.expiry().toString().substring(2).toLowerCase(java.util.Locale.ROOT))
            .orElse(""));
    return scope;
  }

  private static Map<String, Object> row(WebApprovals.Request r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", r.id());
    row.put("command", r.asked().command());
    row.put("region", r.asked().region());
    row.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
    row.put("pending", r.pending());
    row.put("requester", r.requester().name() + " (" + r.requester().transport() + ")");
    row.put("createdAt", r.createdAt().toString());
    row.put("expiresAt", r.expiresAt().toString());
    row.put("decidedBy", r.decidedBy().getOrDefault("console_user", ""));
    row.put("decidedAt", r.decidedAt() == null ? "" : r.decidedAt().toString());
    row.put("question", r.question());
    row.put("auditId", r.asked().auditId());
    row.put("title", "Approval request");
    return row;
  }

  private void approval(
      String id,
      boolean post,
      HttpServletRequest request,
      HttpServletResponse response,
      Viewer viewer)
      throws IOException {
    if (approvals.isEmpty()) {
      message(
          response,
          404,
          "Approvals are off",
          "Start the server with LMI_ADVISOR_WEB_APPROVALS=true.",
          viewer);
      return;
    }
    Optional<WebApprovals.Request> found = approvals.get().get(id);
    if (found.isEmpty()) {
      message(
          response,
          404,
          "Not found",
          "There is no approval request " + id + " on this server.",
          viewer);
      return;
    }
    if (post) {
      if (!viewer.approver()) {
        message(
            response,
            403,
            "Not an approver",
            "Sign in with the approver token (LMI_ADVISOR_WEB_APPROVER_TOKEN) to approve or deny.",
            viewer);
        return;
      }
      String decision = request.getParameter("decision");
      if (!"approve".equals(decision) && !"deny".equals(decision)) {
        message(
            response, 400, "Choose approve or deny", "The form must say approve or deny.", viewer);
        return;
      }
      WebApprovals.Outcome outcome =
          approvals.get().decide(id, decision.equals("approve"), viewer.identity());
      if (outcome == WebApprovals.Outcome.DECIDED) {
        redirect(response, "/approvals/" + id + "?decided=" + decision);
      } else {
        Map<String, Object> scope = row(approvals.get().get(id).orElseThrow());
        scope.put(
            "notice",
            outcome == WebApprovals.Outcome.EXPIRED
                ? "This request lapsed before your decision; nothing was changed."
                : "This request was already decided; your click changed nothing.");
        scope.put("mayDecide", false);
        page(response, 409, "approval", viewer, "approvals", scope);
      }
      return;
    }
    Map<String, Object> scope = row(found.get());
    scope.put("mayDecide", found.get().pending() && viewer.approver());
    scope.put("notApprover", found.get().pending() && !viewer.approver());
    String decided = request.getParameter("decided");
    if (decided != null && !found.get().pending()) {
      scope.put(
          "notice",
          "Recorded: "
              + ("approve".equals(decided) ? "approved" : "denied")
              + ". The client gets the outcome when it calls run_aws_cli again with approval_id "
              + id
              + ".");
    }
    page(response, 200, "approval", viewer, "approvals", scope);
  }

  // --- sign-in
  // ------------------------------------------------------------------------------------

  /** Who is looking: a signed-in person, or a script with the bearer token (reads only). */
  record Viewer(String name, boolean approver, String csrf) {
    Map<String, String> identity() {
      return Map.of("console_user", name, "via", "web console");
    }
  }

  private Optional<Viewer> viewer(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(USER) instanceof String name) {
      return Optional.of(
          new Viewer(
              name,
              Boolean.TRUE.equals(session.getAttribute(APPROVER)),
              String.valueOf(session.getAttribute(CSRF))));
    }
    String authorization = request.getHeader("Authorization");
    if (request.getMethod().equals("GET")
        && authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && settings.token().isPresent()
        && same(authorization.substring(7).strip(), settings.token().get())) {
      return Optional.of(new Viewer("bearer token", false, ""));
    }
    return Optional.empty();
  }

  private void loginPage(
      HttpServletRequest request, HttpServletResponse response, int status, String error)
      throws IOException {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("title", "Sign in");
    scope.put("csrf", csrf(request.getSession(true)));
    scope.put("next", safeNext(request.getParameter("next")));
    scope.put(
        "tokenRequired", settings.token().isPresent() || settings.approverToken().isPresent());
    scope.put("tokenOptional", settings.token().isEmpty());
    scope.put("approverTokenSet", settings.approverToken().isPresent());
    scope.put("error", error);
    scope.put("name", Optional.ofNullable(request.getParameter("name")).orElse(""));
    pages.render(response, status, "login", scope);
  }

  private void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession before = request.getSession(false);
    if (before == null
        || !same(
            String.valueOf(request.getParameter("csrf")),
            String.valueOf(before.getAttribute(CSRF)))) {
      loginPage(
          request,
          response,
          403,
          "The form had expired or did not come from this page. Try again.");
      return;
    }
    String name = Optional.ofNullable(request.getParameter("name")).orElse("").strip();
    if (name.isEmpty()
        || name.length() > 64
        || !name.codePoints()
            .allMatch(c -> Character.isLetterOrDigit(c) || " .-_@'".indexOf(c) >= 0)) {
      loginPage(
          request,
          response,
          400,
          "Give your name (up to 64 letters, digits, spaces and . - _ @ '): the audit log records who approved.");
      return;
    }
    String token = Optional.ofNullable(request.getParameter("token")).orElse("").strip();
    boolean approver;
    if (settings.approverToken().isPresent() && same(token, settings.approverToken().get())) {
      approver = true;
    } else if (settings.token().isPresent()) {
      if (!same(token, settings.token().get())) {
        log.warn("web console: a sign-in with a wrong token from {}", request.getRemoteAddr());
        loginPage(
            request, response, 401, "That token is not this server's. Nothing was signed in.");
        return;
      }
      approver = settings.approverToken().isEmpty();
    } else {
      // Loopback without a token: like /mcp, anyone on this machine may use the console.
      if (!token.isEmpty() && settings.approverToken().isPresent()) {
        loginPage(request, response, 401, "That token is not this server's approver token.");
        return;
      }
      approver = settings.approverToken().isEmpty();
    }
    // A new session id at sign-in: an id planted before it (session fixation) is worth nothing.
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.setAttribute(USER, name);
    session.setAttribute(APPROVER, approver);
    session.setAttribute(CSRF, newCsrf());
    session.setMaxInactiveInterval((int) settings.sessionTimeout().toSeconds());
    redirect(response, safeNext(request.getParameter("next")));
  }

  private static String csrf(HttpSession session) {
    if (!(session.getAttribute(CSRF) instanceof String token)) {
      String fresh = newCsrf();
      session.setAttribute(CSRF, fresh);
      return fresh;
    }
    return token;
  }

  private static String newCsrf() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static boolean validCsrf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getParameter("csrf");
    return session != null
        && sent != null
        && session.getAttribute(CSRF) instanceof String expected
        && same(sent, expected);
  }

  /** Compares secrets in time that does not depend on where they differ. */
  static boolean same(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /** Only a path on this console: never an address elsewhere (an open redirect). */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith("/login")
        || next.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      return "/";
    }
    return next;
  }

  private static String localPath(HttpServletRequest request) {
    String path = request.getRequestURI();
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  // --- rendering
  // ----------------------------------------------------------------------------------

  private Caller caller(Viewer viewer) {
    return new Caller(
        "web", "web-console", Optional.empty(), Map.of("console_user", viewer.name()));
  }

  private void page(
      HttpServletResponse response,
      int status,
      String template,
      Viewer viewer,
      String section,
      Map<String, Object> scope)
      throws IOException {
    scope.put("user", viewer.name());
    scope.put("approver", viewer.approver());
    scope.put("csrf", viewer.csrf());
    scope.put("signedIn", !viewer.csrf().isEmpty());
    for (String nav : List.of("home", "audit", "approvals", "calculators", "ask")) {
      scope.put("nav_" + nav, nav.equals(section));
    }
    pages.render(response, status, template, scope);
  }

  private void message(
      HttpServletResponse response, int status, String title, String text, Viewer viewer)
      throws IOException {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("title", title);
    scope.put("text", text);
    if (viewer == null) {
      pages.render(response, status, "message", scope);
    } else {
      page(response, status, "message", viewer, "", scope);
    }
  }

  private static void redirect(HttpServletResponse response, String location) {
    response.setStatus(303);
    response.setHeader("Location", location);
  }

  private static void headers(HttpServletResponse response) {
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on a form POST,
    // and the Origin check could not tell this console from anywhere else.
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Frame-Options", "DENY");
  }

  private static Map<String, List<String>> hostHeaders(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (request.getHeader("Host") != null) {
      headers.put("Host", List.of(request.getHeader("Host")));
    }
    if (request.getHeader("Origin") != null) {
      headers.put("Origin", List.of(request.getHeader("Origin")));
    }
    return headers;
  }

  private static void stylesheet(HttpServletResponse response) throws IOException {
    try (InputStream css =
        WebConsole.class.getResourceAsStream("/dev/lmiadvisor/server/console/console.css")) {
      byte[] bytes = css.readAllBytes();
      response.setContentType("text/css;charset=UTF-8");
      response.setHeader("Cache-Control", "max-age=3600");
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** An image of a tool's result as a data URI for an {@code <img>}. */
  static String dataUri(ToolOutcome.Image image) {
    return "data:"
        + image.mimeType()
        + ";base64,"
        + Base64.getEncoder().encodeToString(image.data());
  }
}

package dev.lmiadvisor.server.http;

import dev.lmiadvisor.server.approvals.WebApprovals;
import dev.lmiadvisor.server.console.ConsoleSettings;
import dev.lmiadvisor.server.console.WebConsole;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.mcp.Json;
import dev.lmiadvisor.server.mcp.McpServers;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over Streamable HTTP at {@code /mcp} on embedded Tomcat, with DNS-rebinding protection (Host
 * and Origin checked by the SDK's validator) and a bearer token when one is configured.
 */
public final class HttpMcpServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HttpMcpServer.class);
  public static final String ENDPOINT = "/mcp";

  private final Tomcat tomcat;
  private final Runnable closeMcp;
  private final IdleCollector idleCollector;

  private HttpMcpServer(Tomcat tomcat, Runnable closeMcp, IdleCollector idleCollector) {
    this.tomcat = tomcat;
    this.closeMcp = closeMcp;
    this.idleCollector = idleCollector;
  }

  public static HttpMcpServer start(HttpOptions options, Inventory inventory) throws IOException {
    return start(options, inventory, Optional.empty());
  }

  /**
   * @param console the web console to serve at {@code /} beside {@code /mcp}, if any
   */
  public static HttpMcpServer start(
      HttpOptions options, Inventory inventory, Optional<ConsoleParts> console) throws IOException {
    options.check();
    DefaultServerTransportSecurityValidator validator = securityValidator(options);
    HttpServlet mcpServlet;
    Runnable closeMcp;
    if (options.stateless()) {
      var transport =
          HttpServletStatelessServerTransport.builder()
              .jsonMapper(Json.MCP)
              .messageEndpoint(ENDPOINT)
              .securityValidator(validator)
              .build();
      var server = McpServers.stateless(transport, inventory);
      mcpServlet = transport;
      closeMcp = server::close;
    } else {
      var transport =
          HttpServletStreamableServerTransportProvider.builder()
              .jsonMapper(Json.MCP)
              .mcpEndpoint(ENDPOINT)
              .securityValidator(validator)
              .build();
      var server = McpServers.streamable(transport, inventory);
      mcpServlet = transport;
      closeMcp = server::closeGracefully;
    }

    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("lmi-advisor-tomcat").toString());
    Connector connector = new Connector();
    connector.setPort(options.port());
    connector.setProperty("address", options.host());
    // Tomcat closes a kept-alive connection after 100 requests by default; a client that sends its
    // next request on it at that moment gets no reply at all. MCP clients keep one connection busy.
    connector.setProperty("maxKeepAliveRequests", "-1");
    // Likewise an idle kept-alive connection is closed after 20 s by default, while HTTP clients
    // pool connections for minutes; five minutes covers an assistant's pauses between calls.
    connector.setProperty("keepAliveTimeout", "300000");
    tomcat.setConnector(connector);

    // Tomcat's own error pages name the server and its version; every error is JSON instead.
    ((org.apache.catalina.core.StandardHost) tomcat.getHost())
        .setErrorReportValveClass(JsonErrorReportValve.class.getName());
    Context context = tomcat.addContext("", null);
    Wrapper mcp = Tomcat.addServlet(context, "mcp", mcpServlet);
    mcp.setAsyncSupported(true);
    context.addServletMappingDecoded(ENDPOINT, "mcp");
    context.addServletMappingDecoded(ENDPOINT + "/*", "mcp");
    Tomcat.addServlet(context, "health", new HealthServlet());
    context.addServletMappingDecoded("/health", "health");
    Tomcat.addServlet(context, "not-found", new NotFoundServlet());
    context.addServletMappingDecoded("/", "not-found");
    console.ifPresent(
        parts -> {
          Tomcat.addServlet(
              context,
              "console",
              new WebConsole(
                  parts.settings(), inventory, parts.sandbox(), parts.approvals(), validator));
          WebConsole.PATHS.forEach(path -> context.addServletMappingDecoded(path, "console"));
          // The session cookie: HttpOnly and SameSite=Strict, so that no script reads it and no
          // other site's page sends it; Secure whenever the request came over TLS.
          Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
          cookies.setSameSiteCookies("strict");
          context.setCookieProcessor(cookies);
          context.setUseHttpOnly(true);
          context.setSessionTimeout((int) parts.settings().sessionTimeout().toMinutes());
          // Sessions live in memory only: nothing written to disk at a stop.
          StandardManager manager = new StandardManager();
          manager.setPathname(null);
          context.setManager(manager);
        });

    options
        .token()
        .filter(t -> !t.isBlank())
        .ifPresent(
            token ->
                addFilter(
                    context, "bearer", new BearerTokenFilter(token), ENDPOINT, ENDPOINT + "/*"));
    IdleCollector idleCollector = IdleCollector.started();
    addFilter(context, "activity", idleCollector.filter(), "/*");
    addFilter(
        context,
        "transport",
        new TransportFilter(options.stateless(), new EventReplay()),
        ENDPOINT,
        ENDPOINT + "/*");
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      idleCollector.close();
      throw new IOException(
          "cannot start the HTTP server on " + options.host() + ":" + options.port(), e);
    }
    if (connector.getLocalPort() <= 0) {
      try {
        tomcat.stop();
        tomcat.destroy();
      } catch (LifecycleException ignored) {
        // Already failing to start; the IOException below says why.
      }
      idleCollector.close();
      throw new IOException(
          "cannot listen on %s:%d (is the port in use?)".formatted(options.host(), options.port()));
    }
    HttpMcpServer server = new HttpMcpServer(tomcat, closeMcp, idleCollector);
    console.ifPresent(
        parts ->
            parts
                .approvals()
                .ifPresent(
                    board ->
                        board.consoleUrl(
                            parts
                                .settings()
                                .publicUrl()
                                .orElse(
                                    "http://"
                                        + urlHost(options.host())
                                        + ":"
                                        + server.port()
                                        + "/"))));
    log.info(
        "MCP Streamable HTTP{} on http://{}:{}{} (auth: {}){}",
        options.stateless() ? " (stateless)" : "",
        options.host(),
        server.port(),
        ENDPOINT,
        options.token().isPresent() ? "bearer token" : "none, loopback only",
        console.isPresent() ? "; web console at /" : "");
    return server;
  }

  /**
   * Browsers send an Origin; a page on another site must not reach a server on this machine through
   * DNS rebinding. Clients that are not browsers send no Origin and pass.
   */
  private static DefaultServerTransportSecurityValidator securityValidator(HttpOptions options) {
    List<String> origins =
        new ArrayList<>(
            List.of(
                "http://localhost:*",
                "http://127.0.0.1:*",
                "http://[::1]:*",
                "https://localhost:*",
                "https://127.0.0.1:*"));
    origins.addAll(options.extraOrigins());
    List<String> hosts =
        new ArrayList<>(List.of("localhost:*", "127.0.0.1:*", "[::1]:*", "localhost", "127.0.0.1"));
    if (!options.loopbackOnly()) {
      hosts.add(options.host() + ":*");
      hosts.add(options.host());
      for (String origin : options.extraOrigins()) {
        String host = origin.replaceFirst("^https?://", "");
        hosts.add(host);
        if (!host.contains(":")) {
          hosts.add(host + ":*");
        }
      }
    }
    return DefaultServerTransportSecurityValidator.builder()
        .allowedOrigins(origins)
        .allowedHosts(hosts)
        .build();
  }

  /**
   * What the web console needs besides the inventory: its settings, the sandbox whose audit log it
   * shows, and the approval requests when web approvals are on.
   */
  public record ConsoleParts(
      ConsoleSettings settings,
      java.util.function.Supplier<SandboxService> sandbox,
      Optional<WebApprovals> approvals) {}

  private static String urlHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  public int port() {
    return tomcat.getConnector().getLocalPort();
  }

  /** Blocks until the server is stopped. */
  public void await() {
    tomcat.getServer().await();
  }

  /** Registers a filter, in the order of the calls, on the given URL patterns (async-capable). */
  private static void addFilter(Context context, String name, Filter filter, String... patterns) {
    FilterDef def = new FilterDef();
    def.setFilterName(name);
    def.setFilter(filter);
    def.setAsyncSupported("true");
    context.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName(name);
    for (String pattern : patterns) {
      map.addURLPattern(pattern);
    }
    context.addFilterMap(map);
  }

  @Override
  public void close() {
    try {
      idleCollector.close();
      closeMcp.run();
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      log.warn("HTTP server did not stop cleanly", e);
    }
  }

  /** Every path the server does not serve: a JSON 404, never Tomcat's page. */
  private static final class NotFoundServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      HttpErrors.write(
          response, 404, false, HttpErrors.SERVER_ERROR, "Not Found: the MCP endpoint is /mcp");
    }
  }

  /** Liveness for load balancers; says nothing about the inventory. */
  private static final class HealthServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("application/json");
      response.getWriter().write(Json.pretty(Map.of("status", "ok")));
    }
  }
}

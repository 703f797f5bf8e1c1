package dev.lmiadvisor.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode: Bolt's servlet at {@code /slack/events} on embedded Tomcat (the container the
 * MCP HTTP server uses). Every request's signature and age are checked by Bolt before a handler
 * sees it; anything unsigned, wrongly signed or older than five minutes gets 401.
 */
public final class SlackHttpServer implements AutoCloseable {

  public static final String ENDPOINT = "/slack/events";

  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

  private final Tomcat tomcat;

  private SlackHttpServer(Tomcat tomcat) {
    this.tomcat = tomcat;
  }

  public static SlackHttpServer start(String host, int port, App app) throws IOException {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("lmi-advisor-slack-tomcat").toString());
    Connector connector = new Connector();
    connector.setPort(port);
    connector.setProperty("address", host);
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "slack", new SlackAppServlet(app)).addMapping(ENDPOINT);
    Tomcat.addServlet(context, "health", new HealthServlet()).addMapping("/health");
    try {
      app.start();
    } catch (RuntimeException e) {
      throw SlackFrontEnd.notConnected(e);
    }
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      throw new IOException("cannot start the Slack HTTP endpoint on " + host + ":" + port, e);
    }
    if (connector.getLocalPort() <= 0) {
      try {
        tomcat.stop();
        tomcat.destroy();
      } catch (LifecycleException ignored) {
        // Already failing; the IOException below says why.
      }
      throw new IOException("cannot listen on %s:%d (is the port in use?)".formatted(host, port));
    }
    SlackHttpServer server = new SlackHttpServer(tomcat);
    log.info("Slack events on http://{}:{}{}", host, server.port(), ENDPOINT);
    return server;
  }

  public int port() {
    return tomcat.getConnector().getLocalPort();
  }

  public void await() {
    tomcat.getServer().await();
  }

  @Override
  public void close() {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      log.warn("Slack HTTP endpoint did not stop cleanly", e);
    }
  }

  /** Liveness for load balancers. */
  private static final class HealthServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("application/json");
      response.getWriter().write("{\"status\":\"ok\"}");
    }
  }
}

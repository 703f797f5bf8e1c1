package dev.lmiadvisor.server.http;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error pages (an unmapped path, a method or a request line it refuses, an exception that
 * escaped a servlet) replaced by the server's small JSON error: Tomcat's own page names the server
 * and its version and may print the exception.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

  private static final Logger log = LoggerFactory.getLogger(JsonErrorReportValve.class);

  public JsonErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    try {
      boolean mcp = request.getRequestURI() != null && request.getRequestURI().startsWith("/mcp");
      HttpErrors.Body body =
          HttpErrors.body(status, mcp, HttpErrors.jsonRpcCode(status), HttpErrors.message(status));
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.setHeader(HttpErrors.CORRELATION_HEADER, body.correlationId());
      java.io.Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(new String(body.json(), java.nio.charset.StandardCharsets.UTF_8));
        response.finishResponse();
      }
      if (throwable != null) {
        log.error("HTTP {} correlation {}", status, body.correlationId(), throwable);
      }
    } catch (IOException | IllegalStateException e) {
      log.debug("could not write the error body: {}", e.toString());
    }
  }
}

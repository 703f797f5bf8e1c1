package dev.lmiadvisor.server.console;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The console's HTML, from Mustache templates under {@code dev/lmiadvisor/server/console/} on the
 * classpath. Mustache escapes every {@code {{value}}} for HTML; the templates use no triple braces,
 * so nothing a tool, a log record or a person typed is ever markup.
 */
final class Pages {

  private final MustacheFactory factory =
      new DefaultMustacheFactory("dev/lmiadvisor/server/console");

  /** Renders a page with the response's status. */
  void render(HttpServletResponse response, int status, String template, Map<String, Object> scope)
      throws IOException {
    String html = render(template, scope);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  String render(String template, Map<String, Object> scope) {
    Mustache mustache = factory.compile(template + ".mustache");
    Writer out = new StringWriter();
    mustache.execute(out, scope);
    return out.toString();
  }
}

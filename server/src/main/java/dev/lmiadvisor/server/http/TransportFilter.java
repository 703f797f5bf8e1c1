package dev.lmiadvisor.server.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of the MCP SDK's Streamable HTTP servlet and holds the transport to its
 * specification (MCP 2025-11-25, "Transports"), with every refusal a small JSON-RPC error with a
 * correlation id ({@link HttpErrors}):
 *
 * <ul>
 *   <li>POST: {@code Content-Type: application/json} (else 415), an Accept listing {@code
 *       application/json} and {@code text/event-stream} (else 406), a body of at most {@value
 *       #MAX_BODY_BYTES} bytes (else 413) that is one JSON-RPC message: not JSON is -32700, a batch
 *       array or anything but a JSON-RPC object is -32600 (batching was removed in 2025-06-18),
 *       nesting deeper than {@value #MAX_DEPTH} is -32600;
 *   <li>GET: an Accept listing {@code text/event-stream} (else 406); {@code Last-Event-ID} resumes
 *       a stream from the {@link EventReplay} buffer;
 *   <li>every method but initialize: an {@code Mcp-Session-Id} (else 400), of a live session (else
 *       404 with -32001); an {@code MCP-Protocol-Version}, when sent, that the SDK speaks (else
 *       400);
 *   <li>other HTTP methods: 405 with {@code Allow}.
 * </ul>
 *
 * Whatever the SDK itself answers with an error status (its bodies serialise a Java exception) is
 * replaced by the same JSON error.
 */
final class TransportFilter extends HttpFilter {

  static final int MAX_BODY_BYTES = 1 << 20;
  static final int MAX_DEPTH = 64;
  private static final Set<String> PROTOCOL_VERSIONS =
      Set.of("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25");
  private static final Logger log = LoggerFactory.getLogger(TransportFilter.class);

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .build())
          .build();

  private final boolean stateless;
  private final EventReplay replay;

  TransportFilter(boolean stateless, EventReplay replay) {
    this.stateless = stateless;
    this.replay = replay;
  }

  private record Refusal(int status, int code, String message) {}

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if (!Set.of("GET", "POST", "DELETE").contains(method)) {
      response.setHeader("Allow", stateless ? "POST" : "GET, POST, DELETE");
      HttpErrors.write(
          response,
          405,
          true,
          HttpErrors.SERVER_ERROR,
          "Method Not Allowed: use POST" + (stateless ? "" : ", GET or DELETE"));
      return;
    }
    if (stateless && !method.equals("POST")) {
      response.setHeader("Allow", "POST");
      HttpErrors.write(
          response,
          405,
          true,
          HttpErrors.SERVER_ERROR,
          "Method Not Allowed: this server is stateless and offers no SSE stream; use POST");
      return;
    }
    String version = request.getHeader("MCP-Protocol-Version");
    if (version != null && !PROTOCOL_VERSIONS.contains(version.strip())) {
      refuse(
          response,
          new Refusal(
              400,
              HttpErrors.SERVER_ERROR,
              "Bad Request: unsupported MCP-Protocol-Version; this server speaks "
                  + String.join(", ", new java.util.TreeSet<>(PROTOCOL_VERSIONS))));
      return;
    }
    HttpServletRequest forward = request;
    boolean initialize = false;
    if (method.equals("POST")) {
      Optional<Refusal> headers = postHeaders(request);
      if (headers.isPresent()) {
        refuse(response, headers.get());
        return;
      }
      byte[] body = readBody(request);
      if (body == null) {
        refuse(response, new Refusal(413, HttpErrors.SERVER_ERROR, HttpErrors.message(413)));
        return;
      }
      JsonNode message;
      try {
        message = JSON.readTree(body);
      } catch (StreamConstraintsException e) {
        refuse(
            response,
            new Refusal(
                400,
                HttpErrors.INVALID_REQUEST,
                "Invalid Request: the message nests deeper than " + MAX_DEPTH + " levels"));
        return;
      } catch (IOException e) {
        refuse(
            response,
            new Refusal(400, HttpErrors.PARSE_ERROR, "Parse error: the body is not JSON"));
        return;
      }
      Optional<Refusal> shape = shape(message);
      if (shape.isPresent()) {
        refuse(response, shape.get());
        return;
      }
      initialize = "initialize".equals(message.path("method").asText(null));
      forward = new BufferedBody(request, body);
    } else if (method.equals("GET")) {
      String accept = request.getHeader("Accept");
      if (accept == null || !accepts(accept, "text/event-stream")) {
        refuse(
            response,
            new Refusal(
                406,
                HttpErrors.SERVER_ERROR,
                "Not Acceptable: a GET must accept text/event-stream"));
        return;
      }
    }
    String session = request.getHeader("Mcp-Session-Id");
    if (!stateless && !initialize && (session == null || session.isBlank())) {
      refuse(
          response,
          new Refusal(
              400,
              HttpErrors.SERVER_ERROR,
              "Bad Request: Mcp-Session-Id header is required (send initialize first)"));
      return;
    }
    if (method.equals("GET") && request.getHeader("Last-Event-ID") != null) {
      resume(request, response, session, request.getHeader("Last-Event-ID").strip());
      return;
    }
    ErrorCapture capture = new ErrorCapture(response, stateless ? null : session, replay);
    try {
      chain.doFilter(forward, capture);
    } catch (RuntimeException | ServletException | IOException e) {
      String correlation = HttpErrors.write(response, 500, true, -32603, "Internal error");
      log.error("MCP transport fault, correlation {}", correlation, e);
      return;
    }
    if (method.equals("DELETE") && capture.status() < 400 && session != null) {
      replay.forget(session);
    }
    if (request.isAsyncStarted() && capture.stream != null) {
      EventReplay.Stream stream = capture.stream;
      request.getAsyncContext().addListener(new EndOfStream(stream));
    } else if (capture.stream != null) {
      capture.stream.end();
    }
    if (capture.errorStatus > 0) {
      int status = capture.errorStatus;
      String message =
          status == 404 && session != null
              ? "Session not found: it ended or never existed; send initialize to start a new one"
              : HttpErrors.message(status);
      HttpErrors.write(response, status, true, HttpErrors.jsonRpcCode(status), message);
    }
  }

  private static void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
    HttpErrors.write(response, refusal.status(), true, refusal.code(), refusal.message());
  }

  private static Optional<Refusal> postHeaders(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
      return Optional.of(new Refusal(415, HttpErrors.SERVER_ERROR, HttpErrors.message(415)));
    }
    String accept = request.getHeader("Accept");
    if (accept == null
        || !accepts(accept, "application/json")
        || !accepts(accept, "text/event-stream")) {
      return Optional.of(new Refusal(406, HttpErrors.SERVER_ERROR, HttpErrors.message(406)));
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      return Optional.of(new Refusal(413, HttpErrors.SERVER_ERROR, HttpErrors.message(413)));
    }
    return Optional.empty();
  }

  private static boolean accepts(String accept, String type) {
    for (String part : accept.split(",")) {
      String media = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
      if (media.equals(type) || media.equals("*/*")) {
        return true;
      }
    }
    return false;
  }

  /** One JSON-RPC message: an object with jsonrpc 2.0, and a method or a result or an error. */
  private static Optional<Refusal> shape(JsonNode message) {
    if (message == null || message.isMissingNode()) {
      return Optional.of(
          new Refusal(400, HttpErrors.PARSE_ERROR, "Parse error: the body is empty"));
    }
    if (message.isArray()) {
      return Optional.of(
          new Refusal(
              400,
              HttpErrors.INVALID_REQUEST,
              "Invalid Request: JSON-RPC batches are not supported; send one message per request"));
    }
    boolean valid =
        message.isObject()
            && "2.0".equals(message.path("jsonrpc").asText(null))
            && (message.path("method").isTextual()
                || message.has("result")
                || message.has("error"));
    if (!valid) {
      return Optional.of(
          new Refusal(
              400,
              HttpErrors.INVALID_REQUEST,
              "Invalid Request: expected a JSON-RPC 2.0 request, notification or response"));
    }
    return Optional.empty();
  }

  /** The body, or null when it is longer than the limit. */
  private static byte[] readBody(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }
  }

  /**
   * Replays a stream after Last-Event-ID and, while it is open, carries on with what follows on it;
   * an id no longer kept is refused.
   */
  private void resume(
      HttpServletRequest request, HttpServletResponse response, String session, String lastId)
      throws IOException {
    Optional<EventReplay.Resumption> resumption = replay.resume(session, lastId);
    if (resumption.isEmpty()) {
      refuse(
          response,
          new Refusal(
              400,
              HttpErrors.SERVER_ERROR,
              "Bad Request: event "
                  + lastId
                  + " is not in the replay buffer (the last "
                  + EventReplay.EVENTS_PER_STREAM
                  + " events of a session's last "
                  + EventReplay.STREAMS_PER_SESSION
                  + " streams are kept); open a new stream without Last-Event-ID"));
      return;
    }
    response.setStatus(200);
    response.setContentType("text/event-stream");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    var async = request.startAsync();
    async.setTimeout(0);
    Writer writer = response.getWriter();
    boolean open = resumption.get().replayTo(writer, async::complete);
    if (!open) {
      async.complete();
    }
  }

  /** Ends a stream in the replay buffer when its response completes. */
  private record EndOfStream(EventReplay.Stream stream) implements AsyncListener {
    @Override
    public void onComplete(AsyncEvent event) {
      stream.end();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      stream.end();
    }

    @Override
    public void onError(AsyncEvent event) {
      stream.end();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}
  }

  /**
   * Lets the SDK answer, but keeps its error bodies out of the response (they serialise a Java
   * exception) and gives its SSE events ids of their own.
   */
  private static final class ErrorCapture extends HttpServletResponseWrapper {
    private final String session;
    private final EventReplay replay;
    int errorStatus;
    EventReplay.Stream stream;
    private PrintWriter writer;

    ErrorCapture(HttpServletResponse response, String session, EventReplay replay) {
      super(response);
      this.session = session;
      this.replay = replay;
    }

    @Override
    public void sendError(int sc) {
      errorStatus = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
      errorStatus = sc;
    }

    @Override
    public void setStatus(int sc) {
      if (sc >= 400) {
        errorStatus = sc;
      } else {
        super.setStatus(sc);
      }
    }

    @Override
    public int getStatus() {
      return errorStatus > 0 ? errorStatus : super.getStatus();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (errorStatus > 0) {
        return DISCARD;
      }
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (errorStatus > 0) {
        return new PrintWriter(Writer.nullWriter());
      }
      if (writer == null) {
        String type = getContentType();
        boolean sse = type != null && type.startsWith("text/event-stream");
        if (sse && session != null) {
          stream = replay.open(session);
          writer = new PrintWriter(EventReplay.writer(stream, super.getWriter()));
        } else {
          writer = super.getWriter();
        }
      }
      return writer;
    }

    int status() {
      return getStatus();
    }
  }

  private static final ServletOutputStream DISCARD =
      new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        @Override
        public void write(int b) {}
      };

  /** The request with its body already read, so the SDK can read it again. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {}

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}

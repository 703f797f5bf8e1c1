package dev.lmiadvisor.server.http;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SSE event ids and resumption for Streamable HTTP.
 *
 * <p>Every event of a session's streams gets the id {@code <stream>-<event>}: the stream's number
 * in the session and the event's number in the stream, so ids are unique across the session's
 * streams and say which stream they belong to, as the transport specification asks ("Resumability
 * and Redelivery", MCP 2025-11-25,
 * https://modelcontextprotocol.io/specification/2025-11-25/basic/transports). The MCP Java SDK
 * gives every event the session id instead; {@link #writer} rewrites the id lines of what the SDK
 * writes.
 *
 * <p>The last {@link #EVENTS_PER_STREAM} events of the last {@link #STREAMS_PER_SESSION} streams of
 * at most {@link #SESSIONS} sessions are kept. A client that reconnects with {@code Last-Event-ID}
 * gets the events of that stream after that id; if the stream is still open (a tool call that had
 * not answered when the connection broke) the new connection also receives what follows. An id that
 * is no longer kept is refused with a clear error rather than silently skipped.
 */
final class EventReplay {

  static final int EVENTS_PER_STREAM = 256;
  static final int STREAMS_PER_SESSION = 16;
  static final int SESSIONS = 1024;

  private final Map<String, Session> sessions =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
          return size() > SESSIONS;
        }
      };

  /** One stream: its number, its newest events, whether it has ended, who listens now. */
  static final class Stream {
    final int number;
    private final Deque<Event> events = new ArrayDeque<>();
    private int next;
    private boolean ended;
    private Writer live;
    private Runnable onEnd = () -> {};

    Stream(int number) {
      this.number = number;
    }

    synchronized String nextId() {
      return number + "-" + (++next);
    }

    synchronized void record(String id, String text) {
      events.addLast(new Event(id, text));
      if (events.size() > EVENTS_PER_STREAM) {
        events.removeFirst();
      }
      if (live != null) {
        try {
          live.write(text);
          live.flush();
        } catch (IOException e) {
          live = null;
        }
      }
    }

    synchronized void end() {
      ended = true;
      onEnd.run();
      onEnd = () -> {};
      live = null;
    }
  }

  record Event(String id, String text) {}

  private static final class Session {
    int nextStream;
    final Map<Integer, Stream> streams =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Integer, Stream> eldest) {
            return size() > STREAMS_PER_SESSION;
          }
        };
  }

  /** A new stream of a session. */
  synchronized Stream open(String sessionId) {
    Session session = sessions.computeIfAbsent(sessionId, id -> new Session());
    Stream stream = new Stream(++session.nextStream);
    session.streams.put(stream.number, stream);
    return stream;
  }

  synchronized void forget(String sessionId) {
    sessions.remove(sessionId);
  }

  /** What a reconnect after {@code lastEventId} replays, or empty when that id is not kept. */
  synchronized Optional<Resumption> resume(String sessionId, String lastEventId) {
    Session session = sessions.get(sessionId);
    int dash = lastEventId.indexOf('-');
    if (session == null || dash < 1) {
      return Optional.empty();
    }
    int streamNumber;
    int eventNumber;
    try {
      streamNumber = Integer.parseInt(lastEventId.substring(0, dash));
      eventNumber = Integer.parseInt(lastEventId.substring(dash + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Stream stream = session.streams.get(streamNumber);
    if (stream == null) {
      return Optional.empty();
    }
    synchronized (stream) {
      List<Event> after = new ArrayList<>();
      boolean known = eventNumber == 0;
      for (Event event : stream.events) {
        int n = Integer.parseInt(event.id().substring(event.id().indexOf('-') + 1));
        if (n == eventNumber) {
          known = true;
        } else if (n > eventNumber) {
          after.add(event);
        }
      }
      if (!known && eventNumber > 0) {
        return Optional.empty();
      }
      return Optional.of(new Resumption(stream, after));
    }
  }

  /** The events to send again, and the stream they belong to. */
  record Resumption(Stream stream, List<Event> events) {

    /**
     * Writes the missed events; when the stream is still open, {@code writer} receives what follows
     * and {@code onEnd} runs when it ends.
     *
     * @return true when the stream is still open
     */
    boolean replayTo(Writer writer, Runnable onEnd) throws IOException {
      synchronized (stream) {
        for (Event event : events) {
          writer.write(event.text());
        }
        writer.flush();
        if (stream.ended) {
          return false;
        }
        stream.live = writer;
        stream.onEnd = onEnd;
        return true;
      }
    }
  }

  /**
   * A writer for an SSE response that gives each event the stream's next id, records it, and passes
   * it on. A failed connection does not fail the writer: the SDK then keeps the session, and the
   * events wait in the buffer for the client to reconnect.
   */
  static Writer writer(Stream stream, Writer out) {
    return new Writer() {
      private final StringBuilder line = new StringBuilder();
      private final StringBuilder event = new StringBuilder();
      private boolean broken;

      @Override
      public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
          char c = chars[i];
          if (c != '\n') {
            line.append(c);
            continue;
          }
          String text = line.toString();
          line.setLength(0);
          if (text.startsWith("id:")) {
            continue;
          }
          if (!text.isEmpty()) {
            event.append(text).append('\n');
            continue;
          }
          if (event.length() > 0) {
            String id = stream.nextId();
            String complete = "id: " + id + "\n" + event + "\n";
            event.setLength(0);
            stream.record(id, complete);
            send(complete);
          }
        }
      }

      private void send(String text) {
        if (broken) {
          return;
        }
        try {
          out.write(text);
        } catch (IOException e) {
          broken = true;
        }
      }

      @Override
      public void flush() {
        if (broken) {
          return;
        }
        try {
          out.flush();
        } catch (IOException e) {
          broken = true;
        }
      }

      @Override
      public void close() {
        flush();
      }
    };
  }
}

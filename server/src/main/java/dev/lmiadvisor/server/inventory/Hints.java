package dev.lmiadvisor.server.inventory;

/**
 * The four MCP tool annotations, always set explicitly: clients use them to decide what may run
 * without asking, and the read-only mode filters on them.
 */
public record Hints(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {

  /** Answers from embedded data: reads nothing outside the process, changes nothing. */
  public static final Hints LOCAL_READ = new Hints(true, false, true, false);

  /** Reads from AWS when asked (live prices, live region probe); changes nothing. */
  public static final Hints REMOTE_READ = new Hints(true, false, true, true);
}

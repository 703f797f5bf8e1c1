package dev.lmiadvisor.server.inventory;

import java.util.stream.Collectors;

/**
 * The README's tool table, generated from the inventory so that it cannot drift: a test compares it
 * with README.md (between the {@code tools:start} and {@code tools:end} markers).
 */
public final class ToolTable {

  public static final String START =
      "<!-- tools:start (generated from the inventory; do not edit) -->";
  public static final String END = "<!-- tools:end -->";

  private ToolTable() {}

  public static String markdown(Inventory inventory) {
    String rows =
        inventory.tools().stream()
            .map(
                t ->
                    "| `%s` | %s | %s | %s |"
                        .formatted(
                            t.name(),
                            t.toolset(),
                            firstSentence(t.description()),
                            hints(t.hints())))
            .collect(Collectors.joining("\n"));
    return "| tool | toolset | what it does | annotations |\n|---|---|---|---|\n" + rows + "\n";
  }

  private static String hints(Hints h) {
    return String.join(
        ", ",
        h.readOnly() ? "read-only" : "writes",
        h.destructive() ? "destructive" : "non-destructive",
        h.idempotent() ? "idempotent" : "not idempotent",
        h.openWorld() ? "open-world" : "closed-world");
  }

  private static String firstSentence(String description) {
    int end = description.indexOf(". ");
    return (end < 0 ? description : description.substring(0, end + 1)).replace("|", "\\|");
  }
}

package dev.lmiadvisor.server.tools.sizing;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, for terminals and for clients that read only text. */
public final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  public TextTable(String... header) {
    rows.add(header);
    rightAligned = new boolean[header.length];
  }

  /** Right-aligns the given columns (numbers). */
  public TextTable right(int... columns) {
    for (int column : columns) {
      rightAligned[column] = true;
    }
    return this;
  }

  public TextTable row(Object... cells) {
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = cells[i] == null ? "-" : cells[i].toString();
    }
    rows.add(row);
    return this;
  }

  @Override
  public String toString() {
    int columns = rows.getFirst().length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = row[i];
        String padding = " ".repeat(widths[i] - cell.length());
        line.append(rightAligned[i] ? padding + cell : cell + padding);
        if (i < columns - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}

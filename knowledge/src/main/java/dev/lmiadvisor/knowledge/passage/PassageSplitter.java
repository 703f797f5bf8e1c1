package dev.lmiadvisor.knowledge.passage;

import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a reference section into {@link PassageUnit}s.
 *
 * <p>Blocks are separated by blank lines outside code fences. A table becomes one unit per row,
 * each carrying the header so that the row reads on its own; a list becomes one unit per top-level
 * item; a code block joins the paragraph before it, which says what it shows; a short lead-in line
 * ("Other commands:") joins the block after it.
 */
public final class PassageSplitter {

  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+.*");

  /** Lead-ins shorter than this are not worth a passage of their own. */
  private static final int SHORT = 70;

  private PassageSplitter() {}

  public static List<PassageUnit> split(Reference reference) {
    List<PassageUnit> units = new ArrayList<>();
    for (Section section : reference.sections()) {
      units.addAll(split(reference, section));
    }
    return units;
  }

  static List<PassageUnit> split(Reference reference, Section section) {
    List<PassageUnit> units = new ArrayList<>();
    String sub = null;
    String pending = null;
    for (String block : blocks(section.text())) {
      if (block.startsWith("### ")) {
        sub = block.substring(4).strip();
        pending = null;
        continue;
      }
      String heading = sub == null ? section.heading() : section.heading() + " › " + sub;
      if (block.startsWith("```")) {
        PassageUnit last = units.isEmpty() ? null : units.get(units.size() - 1);
        if (pending == null
            && last != null
            && last.heading().equals(heading)
            && last.kind() == PassageUnit.Kind.PARAGRAPH) {
          units.set(units.size() - 1, with(last, last.text() + "\n\n" + block));
        } else {
          units.add(
              unit(
                  reference,
                  section,
                  heading,
                  join(pending, block),
                  units.size(),
                  PassageUnit.Kind.CODE));
        }
        pending = null;
      } else if (block.startsWith("|")) {
        List<String> rows = block.lines().toList();
        if (rows.size() < 3) {
          units.add(
              unit(
                  reference,
                  section,
                  heading,
                  join(pending, block),
                  units.size(),
                  PassageUnit.Kind.PARAGRAPH));
        } else {
          String header = rows.get(0) + "\n" + rows.get(1);
          for (String row : rows.subList(2, rows.size())) {
            units.add(
                unit(
                    reference,
                    section,
                    heading,
                    join(pending, header + "\n" + row),
                    units.size(),
                    PassageUnit.Kind.TABLE_ROW));
          }
        }
        pending = null;
      } else if (block.lines().anyMatch(l -> LIST_ITEM.matcher(l).matches())) {
        for (String item : items(block)) {
          units.add(
              unit(
                  reference,
                  section,
                  heading,
                  join(pending, item),
                  units.size(),
                  PassageUnit.Kind.LIST_ITEM));
          pending = null;
        }
      } else if (block.length() < SHORT) {
        pending = join(pending, block);
      } else {
        units.add(
            unit(
                reference,
                section,
                heading,
                join(pending, block),
                units.size(),
                PassageUnit.Kind.PARAGRAPH));
        pending = null;
      }
    }
    if (pending != null) {
      String heading = sub == null ? section.heading() : section.heading() + " › " + sub;
      units.add(
          unit(reference, section, heading, pending, units.size(), PassageUnit.Kind.PARAGRAPH));
    }
    return units;
  }

  private static String firstLine(String block) {
    int newline = block.indexOf('\n');
    return newline < 0 ? block : block.substring(0, newline);
  }

  private static String join(String lead, String block) {
    return lead == null ? block : lead + "\n\n" + block;
  }

  private static PassageUnit with(PassageUnit unit, String text) {
    return new PassageUnit(
        unit.reference(),
        unit.language(),
        unit.sectionId(),
        unit.heading(),
        text,
        unit.ordinal(),
        unit.kind());
  }

  private static PassageUnit unit(
      Reference reference,
      Section section,
      String heading,
      String text,
      int ordinal,
      PassageUnit.Kind kind) {
    return new PassageUnit(
        reference.id(), reference.language(), section.id(), heading, text.strip(), ordinal, kind);
  }

  /** Blank-line separated blocks; a fenced code block is one block whatever it contains. */
  static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inFence = false;
    for (String line : text.split("\n", -1)) {
      boolean fence = line.stripLeading().startsWith("```");
      if (!inFence && fence && !current.isEmpty()) {
        blocks.add(current.toString().strip());
        current.setLength(0);
      }
      if (fence) {
        inFence = !inFence;
      }
      if (!inFence && !fence && line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current.toString().strip());
          current.setLength(0);
        }
        continue;
      }
      if (!inFence && !fence && line.startsWith("### ") && !current.isEmpty()) {
        blocks.add(current.toString().strip());
        current.setLength(0);
      }
      current.append(line).append('\n');
      if (fence && !inFence) {
        blocks.add(current.toString().strip());
        current.setLength(0);
      } else if (!inFence && line.startsWith("### ")) {
        blocks.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current.toString().strip());
    }
    return blocks.stream().filter(b -> !b.isEmpty()).toList();
  }

  /**
   * The top-level items of a list block, each with its nested lines; a lead-in stays on item one.
   */
  private static List<String> items(String block) {
    List<String> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean holdsItem = false;
    for (String line : block.split("\n")) {
      boolean item = LIST_ITEM.matcher(line).matches();
      if (item && holdsItem) {
        items.add(current.toString().strip());
        current.setLength(0);
      }
      holdsItem |= item;
      current.append(line).append('\n');
    }
    if (!current.isEmpty()) {
      items.add(current.toString().strip());
    }
    return items;
  }
}

package dev.lmiadvisor.tools.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block of a reference, with its info string: {@code ```java before} gives language
 * {@code java} and label {@code before}.
 *
 * @param source where the block is, e.g. {@code thread-safety.md:155}
 */
public record FencedBlock(String source, String language, String label, String body) {

  private static final Pattern FENCE =
      Pattern.compile(
          "(?m)^```([A-Za-z0-9#+-]+)[ \\t]*([A-Za-z-]*)[^\\n]*\\n(.*?)^```[ \\t]*$",
          Pattern.DOTALL);

  public static List<FencedBlock> parse(String file, String markdown) {
    List<FencedBlock> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      int line = (int) markdown.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      blocks.add(new FencedBlock(file + ":" + line, m.group(1), m.group(2), m.group(3)));
    }
    return blocks;
  }

  @Override
  public String toString() {
    return source + " (" + language + (label.isEmpty() ? "" : " " + label) + ")";
  }
}

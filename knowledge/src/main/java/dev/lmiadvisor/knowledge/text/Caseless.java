package dev.lmiadvisor.knowledge.text;

import java.util.List;

/**
 * Text mapped the way a case-insensitive Unicode pattern compares characters, for cheap substring
 * tests that decide whether such a pattern needs to run at all.
 */
final class Caseless {

  private Caseless() {}

  /**
   * Every character as the lower case of its upper case: 'ſ' becomes 's' and the Kelvin sign 'k',
   * as {@code (?iu)} matching takes them, so a cue is found wherever its pattern could match.
   */
  static String of(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
    }
    return new String(chars);
  }

  /** Whether the caseless text holds at least one of the (lower-case) cues. */
  static boolean containsAny(String caseless, List<String> cues) {
    for (String cue : cues) {
      if (caseless.contains(cue)) {
        return true;
      }
    }
    return false;
  }
}

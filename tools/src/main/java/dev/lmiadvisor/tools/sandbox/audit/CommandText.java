package dev.lmiadvisor.tools.sandbox.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command as it is shown to people and written to the audit log: re-quoted for a POSIX shell,
 * with the values of secret-bearing options masked and very long values shortened.
 */
public final class CommandText {

  /** Option names whose values are secrets (or carry them, like a function's environment). */
  private static final Pattern SECRET_OPTION =
      Pattern.compile(
          "(secret-string|secret-binary|password|passphrase|private-key|session-token|secret-access-key|client-secret|auth-token|key-material|user-data|environment|variables|sse-customer-key)");

  private static final Pattern RAW_SECRET_OPTION =
      Pattern.compile(
          "(--[A-Za-z-]*"
              + SECRET_OPTION.pattern()
              + "[A-Za-z-]*)(\\s*=\\s*|\\s+)(\"[^\"]*\"|'[^']*'|\\S+)");

  static final int MAX_WORD = 512;
  static final int MAX_RAW = 4096;

  private CommandText() {}

  /** Lexed words, re-quoted, secrets masked. */
  public static String of(List<String> words) {
    List<String> out = new ArrayList<>();
    boolean maskNext = false;
    for (String word : words) {
      if (word.startsWith("--")) {
        int eq = word.indexOf('=');
        String name = (eq < 0 ? word.substring(2) : word.substring(2, eq)).toLowerCase(Locale.ROOT);
        boolean secret = isSecretOption(name);
        if (eq >= 0 && secret) {
          out.add(quote(word.substring(0, eq + 1)) + Redactor.MASK);
          maskNext = false;
        } else {
          out.add(quote(shorten(word)));
          maskNext = secret && eq < 0;
        }
        continue;
      }
      out.add(maskNext ? Redactor.MASK : quote(shorten(word)));
    }
    return String.join(" ", out);
  }

  /** A command that could not be lexed: masked by pattern and cut to a bounded length. */
  public static String ofRaw(String raw) {
    if (raw == null) {
      return "";
    }
    // Cut first: the masking pattern backtracks, so it only ever sees a bounded text.
    String cut = raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW);
    Matcher m = RAW_SECRET_OPTION.matcher(cut);
    String masked = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + " " + Redactor.MASK));
    masked = masked.replaceAll("[\\r\\n]+", "⏎");
    return cut.length() == raw.length() ? masked : masked + "…(" + raw.length() + " characters)";
  }

  static boolean isSecretOption(String name) {
    if (name.endsWith("-id")
        || name.endsWith("-arn")
        || name.endsWith("-name")
        || name.endsWith("-ids")) {
      return false;
    }
    return SECRET_OPTION.matcher(name).find();
  }

  private static String shorten(String word) {
    return word.length() <= MAX_WORD
        ? word
        : word.substring(0, MAX_WORD) + "…(" + word.length() + " characters)";
  }

  /** POSIX single-quoting when the word has anything a shell would interpret. */
  static String quote(String word) {
    if (!word.isEmpty() && word.matches("[A-Za-z0-9_@%+=:,./-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}

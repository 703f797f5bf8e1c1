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
          "(secret-string|secret-binary|password|passphrase|private-key|session-token|secret-access-key|client-secret|auth-token|key-material|user-data|environment|variables|sse-customer-key|cli-input-json|cli-input-yaml)");

  private static final Pattern RAW_SECRET_OPTION =
      Pattern.compile(
          "(--[A-Za-z-]*"
              + SECRET_OPTION.pattern()
              + "[A-Za-z-]*)(\\s*=\\s*|\\s+)(\"[^\"]*\"|'[^']*'|\\S+)");

  static final int MAX_WORD = 512;
  static final int MAX_RAW = 4096;

  private CommandText() {}

  /** Lexed words, re-quoted, secrets masked by the name rules alone. */
  public static String of(List<String> words) {
    return of(words, java.util.Set.of());
  }

  /**
   * Lexed words, re-quoted, secrets masked: by the name rules, and the values of {@code
   * sensitiveOptions} (option names without dashes, from the operation's model).
   */
  public static String of(List<String> words, java.util.Set<String> sensitiveOptions) {
    List<String> out = new ArrayList<>();
    boolean maskNext = false;
    for (String word : words) {
      if (word.startsWith("--")) {
        int eq = word.indexOf('=');
        String name = (eq < 0 ? word.substring(2) : word.substring(2, eq)).toLowerCase(Locale.ROOT);
        boolean secret = isSecretOption(name) || sensitiveOptions.contains(name);
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

  /**
   * Text that may quote what a client sent, such as the reason a refusal gives, which shows the
   * value at fault: every value that {@code words} give a secret-bearing option is masked wherever
   * it appears, however the client quoted it (also where the text cut it short before an ellipsis),
   * then the text is masked by pattern like a raw command.
   */
  public static String maskedQuoting(String text, List<String> words) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (String secret : secretValues(words)) {
      masked = masked.replace(secret, Redactor.MASK);
      for (int cut = secret.length() - 1; cut > 0; cut--) {
        masked = masked.replace(secret.substring(0, cut) + "…", Redactor.MASK + "…");
      }
    }
    return ofRaw(masked);
  }

  /** The values of the secret-bearing options among the words ({@code --x v} or {@code --x=v}). */
  static java.util.Set<String> secretValues(List<String> words) {
    java.util.Set<String> values = new java.util.LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("--")) {
        continue;
      }
      int eq = word.indexOf('=');
      String name = (eq < 0 ? word.substring(2) : word.substring(2, eq)).toLowerCase(Locale.ROOT);
      if (!isSecretOption(name)) {
        continue;
      }
      String value =
          eq >= 0 ? word.substring(eq + 1) : i + 1 < words.size() ? words.get(i + 1) : "";
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * The options of an operation whose values are secret or hold secrets: members the service model
   * marks sensitive, members named like secrets, and structures with such members inside.
   */
  public static java.util.Set<String> sensitiveOptions(
      dev.lmiadvisor.tools.sandbox.parse.OperationModel operation) {
    return SENSITIVE_OPTIONS.computeIfAbsent(
        operation,
        op -> {
          java.util.Set<String> names = new java.util.HashSet<>();
          java.util.Set<String> marked = SensitiveMembers.of(op.requestClass());
          op.parameters()
              .forEach(
                  (cli, field) -> {
                    if (marked.contains(field.memberName())
                        || Redactor.isSecretMember(field.memberName())
                        || SensitiveMembers.reachesSensitive(field)) {
                      names.add(cli);
                    }
                  });
          if (op.service().equals("lambda") && names.contains("code")) {
            names.add("zip-file");
          }
          return java.util.Set.copyOf(names);
        });
  }

  private static final java.util.Map<
          dev.lmiadvisor.tools.sandbox.parse.OperationModel, java.util.Set<String>>
      SENSITIVE_OPTIONS = new java.util.concurrent.ConcurrentHashMap<>();

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

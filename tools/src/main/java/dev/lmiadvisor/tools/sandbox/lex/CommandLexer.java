package dev.lmiadvisor.tools.sandbox.lex;

import dev.lmiadvisor.tools.sandbox.CommandDenied;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage 1: splits an {@code aws ...} command line into words the way a POSIX shell would quote
 * them, and refuses everything a shell would act on.
 *
 * <p>Nothing is ever handed to a shell or a subprocess; the words go to the AWS SDK. The rule is
 * that a command means the same here as in bash or it is denied: command separators ({@code ;},
 * {@code |}, {@code &}), substitutions ({@code $}, backquotes), redirections, subshells, comments,
 * tilde expansion, line breaks and environment assignments are refused rather than interpreted.
 * Single quotes make everything literal; double quotes allow only the escapes bash allows and
 * refuse {@code $} and backquotes, which bash would expand inside them.
 *
 * <p>Brackets, braces, {@code *} and {@code ?} stay literal: they are part of the CLI's shorthand
 * syntax, JMESPath queries and IAM wildcards, and without a shell they expand to nothing.
 */
public final class CommandLexer {

  public static final String RULE_SHELL_SYNTAX = "shell-syntax";
  public static final String RULE_NOT_AWS = "not-aws-cli";
  public static final String RULE_EMPTY = "empty-command";
  public static final String RULE_TOO_LONG = "command-too-long";
  public static final String RULE_INVISIBLE = "invisible-character";

  /** Longer than any real CLI call; a bound on what is parsed and audited. */
  public static final int MAX_LENGTH = 16_384;

  private static final Pattern ENV_ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

  private CommandLexer() {}

  /**
   * @return the words of the command, the first being {@code aws}
   * @throws CommandDenied when the command is empty, too long, uses shell syntax or is not aws
   */
  public static List<String> split(String command) {
    if (command == null || command.isBlank()) {
      throw new CommandDenied(
          RULE_EMPTY,
          "the command is empty; write it as: aws <service> <operation> [--parameter value ...]");
    }
    if (command.length() > MAX_LENGTH) {
      throw new CommandDenied(
          RULE_TOO_LONG,
          "the command has %d characters; the limit is %d. Put long documents in a file inside the working folder and pass file://name"
              .formatted(command.length(), MAX_LENGTH));
    }
    refuseInvisibleCharacters(command);
    List<String> words = new Words(command).split();
    String first = words.getFirst();
    if (ENV_ASSIGNMENT.matcher(first).matches()) {
      throw new CommandDenied(
          RULE_SHELL_SYNTAX,
          "environment assignments such as '"
              + first.substring(0, first.indexOf('=') + 1)
              + "...' are shell syntax and are not accepted; use --region or --profile options instead");
    }
    if (!first.equals("aws")) {
      throw new CommandDenied(
          RULE_NOT_AWS,
          "only AWS CLI commands are accepted: the command must start with 'aws', not '"
              + abbreviate(first)
              + "'");
    }
    return words;
  }

  /**
   * Refuses characters that are invisible or change how the text around them is shown: format
   * characters (Unicode category Cf: bidirectional overrides and isolates, zero-width spaces and
   * joiners, the byte-order mark, tag characters), spaces other than the plain space, lone
   * surrogates and private-use or unassigned code points. A command that shows one name to the
   * person who confirms it must not send another (the "Trojan Source" attack, CVE-2021-42574).
   */
  private static void refuseInvisibleCharacters(String command) {
    for (int i = 0; i < command.length(); ) {
      int cp = command.codePointAt(i);
      int type = Character.getType(cp);
      boolean refused =
          switch (type) {
            case Character.FORMAT,
                Character.SURROGATE,
                Character.PRIVATE_USE,
                Character.UNASSIGNED ->
                true;
            case Character.SPACE_SEPARATOR -> cp != ' ';
            default -> false;
          };
      if (refused) {
        throw new CommandDenied(
            RULE_INVISIBLE,
            "the command contains the invisible or layout-changing character U+%04X at position %d (%s); retype the command without it"
                .formatted(cp, i + 1, describe(type)));
      }
      i += Character.charCount(cp);
    }
  }

  private static String describe(int type) {
    return switch (type) {
      case Character.FORMAT ->
          "a format character such as a bidirectional override or zero-width space";
      case Character.SPACE_SEPARATOR -> "a space that is not the plain space";
      case Character.SURROGATE -> "half of a character";
      default -> "not a printable character";
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /** One pass over the characters, with the quoting state of a POSIX shell. */
  private static final class Words {
    private final String text;
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private int i;

    Words(String text) {
      this.text = text;
    }

    List<String> split() {
      while (i < text.length()) {
        char c = text.charAt(i);
        refuseControlCharacter(c);
        if (c == ' ' || c == '\t') {
          endWord();
          i++;
        } else if (c == '\'') {
          singleQuoted();
        } else if (c == '"') {
          doubleQuoted();
        } else if (c == '\\') {
          if (i + 1 >= text.length()) {
            throw shell("a trailing backslash continues the line in a shell; remove it");
          }
          refuseControlCharacter(text.charAt(i + 1));
          append(text.charAt(i + 1));
          i += 2;
        } else {
          refuseOperator(c);
          append(c);
          i++;
        }
      }
      endWord();
      if (words.isEmpty()) {
        throw new CommandDenied(RULE_EMPTY, "the command is empty");
      }
      return words;
    }

    private void refuseOperator(char c) {
      switch (c) {
        case ';' -> throw shell("';' separates commands; send one command per call");
        case '|' -> throw shell("'|' pipes into another program; send only the aws command");
        case '&' -> throw shell("'&' runs or chains commands in a shell; send one aws command");
        case '`' -> throw shell("backquotes substitute a command's output; write the value itself");
        case '$' ->
            throw shell(
                "'$' expands variables or substitutes commands in a shell; write the value itself, or single-quote it (for example '$LATEST.PUBLISHED')");
        case '<', '>' ->
            throw shell(
                "'" + c + "' redirects input or output; results are returned in the tool output");
        case '(', ')' ->
            throw shell("parentheses start a subshell; quote values that contain them");
        case '#' -> {
          if (!inWord) {
            throw shell(
                "'#' starts a comment in a shell and would drop the rest of the command; quote it");
          }
        }
        case '~' -> {
          if (!inWord) {
            throw shell(
                "'~' expands to a home folder in a shell; use file:// paths inside the working folder");
          }
        }
        default -> {}
      }
    }

    private void singleQuoted() {
      int close = text.indexOf('\'', i + 1);
      if (close < 0) {
        throw shell("a single quote is not closed");
      }
      inWord = true;
      for (int k = i + 1; k < close; k++) {
        refuseControlCharacter(text.charAt(k));
        word.append(text.charAt(k));
      }
      i = close + 1;
    }

    private void doubleQuoted() {
      inWord = true;
      i++;
      while (i < text.length()) {
        char c = text.charAt(i);
        refuseControlCharacter(c);
        if (c == '"') {
          i++;
          return;
        }
        if (c == '$') {
          throw shell(
              "'$' inside double quotes still expands in a shell; use single quotes for literal text such as '$LATEST.PUBLISHED'");
        }
        if (c == '`') {
          throw shell(
              "backquotes inside double quotes substitute a command's output; write the value itself");
        }
        if (c == '\\' && i + 1 < text.length() && "$`\"\\".indexOf(text.charAt(i + 1)) >= 0) {
          word.append(text.charAt(i + 1));
          i += 2;
          continue;
        }
        word.append(c);
        i++;
      }
      throw shell("a double quote is not closed");
    }

    private void append(char c) {
      inWord = true;
      word.append(c);
    }

    private void endWord() {
      if (inWord) {
        words.add(word.toString());
        word.setLength(0);
        inWord = false;
      }
    }

    private static void refuseControlCharacter(char c) {
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        throw shell(
            "line breaks separate commands in a shell; send one command on one line (put multi-line documents in a file and pass file://name)");
      }
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        throw shell(
            "the command contains a control character (code %d); remove it".formatted((int) c));
      }
    }

    private static CommandDenied shell(String reason) {
      return new CommandDenied(RULE_SHELL_SYNTAX, reason);
    }
  }
}

package dev.lmiadvisor.tools.sandbox.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lmiadvisor.tools.sandbox.CommandDenied;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLexerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      textBlock =
          """
          aws lambda list-functions => aws ¦ lambda ¦ list-functions
          aws   lambda\tlist-functions => aws ¦ lambda ¦ list-functions
          aws lambda get-function --function-name 'my fn' => aws ¦ lambda ¦ get-function ¦ --function-name ¦ my fn
          aws x --q '$LATEST.PUBLISHED' => aws ¦ x ¦ --q ¦ $LATEST.PUBLISHED
          aws x --q "\\$LATEST.PUBLISHED" => aws ¦ x ¦ --q ¦ $LATEST.PUBLISHED
          aws x --v 'a'"b"c => aws ¦ x ¦ --v ¦ abc
          aws x --v '' => aws ¦ x ¦ --v ¦ <empty>
          aws x --v "say \\"hi\\"" => aws ¦ x ¦ --v ¦ say "hi"
          aws x --v "back\\\\slash" => aws ¦ x ¦ --v ¦ back\\slash
          aws x --v "keep \\n as is" => aws ¦ x ¦ --v ¦ keep \\n as is
          aws x --v a\\ b => aws ¦ x ¦ --v ¦ a b
          aws x --v \\; => aws ¦ x ¦ --v ¦ ;
          aws x --v 'a;b|c&d' => aws ¦ x ¦ --v ¦ a;b|c&d
          aws x --q Subnets[*].SubnetId => aws ¦ x ¦ --q ¦ Subnets[*].SubnetId
          aws x --c Key={A=1,B=2} => aws ¦ x ¦ --c ¦ Key={A=1,B=2}
          aws x --v a#b => aws ¦ x ¦ --v ¦ a#b
          aws x --v a~b => aws ¦ x ¦ --v ¦ a~b
          """)
  void splitsLikeAShell(String command, String expected) {
    List<String> words = CommandLexer.split(command.replace("\\t", "\t"));
    List<String> expectedWords = Arrays.asList(expected.split(" ¦ ", -1));
    assertEquals(expectedWords.size(), words.size(), () -> "words: " + words);
    for (int i = 0; i < words.size(); i++) {
      assertEquals(expectedWords.get(i).replace("<empty>", ""), words.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "aws s3api list-buckets; id",
        "aws s3api list-buckets | tee x",
        "aws s3api list-buckets & disown",
        "aws s3api list-buckets `id`",
        "aws s3api list-buckets $(id)",
        "aws s3api list-buckets ${IFS}",
        "aws s3api list-buckets $HOME",
        "aws s3api list-buckets \"$HOME\"",
        "aws s3api list-buckets \"`id`\"",
        "aws s3api list-buckets > out",
        "aws s3api list-buckets < in",
        "aws s3api list-buckets\nid",
        "aws s3api list-buckets\rid",
        "aws s3api list-buckets\u2028id",
        "aws s3api list-buckets\u0000",
        "aws s3api list-buckets\u001b[2J",
        "aws s3api list-buckets 'unclosed",
        "aws s3api list-buckets \"unclosed",
        "aws s3api list-buckets \\",
        "aws s3api list-buckets (x)",
        "aws s3api list-buckets #comment",
        "aws s3api list-buckets ~/x",
        "X=1 aws s3api list-buckets",
        "aws s3api list-buckets 'multi\nline'",
      })
  void refusesShellSyntax(String command) {
    CommandDenied denied = assertThrows(CommandDenied.class, () -> CommandLexer.split(command));
    assertEquals(CommandLexer.RULE_SHELL_SYNTAX, denied.rule(), denied.reason());
  }

  @Test
  void refusesAnythingButAws() {
    assertEquals(
        CommandLexer.RULE_NOT_AWS,
        assertThrows(CommandDenied.class, () -> CommandLexer.split("bash -c 'aws s3 ls'")).rule());
    assertEquals(
        CommandLexer.RULE_NOT_AWS,
        assertThrows(CommandDenied.class, () -> CommandLexer.split("'aws '")).rule());
  }

  @Test
  void refusesEmptyAndOverlongCommands() {
    assertEquals(
        CommandLexer.RULE_EMPTY,
        assertThrows(CommandDenied.class, () -> CommandLexer.split(" \t ")).rule());
    assertEquals(
        CommandLexer.RULE_EMPTY,
        assertThrows(CommandDenied.class, () -> CommandLexer.split(null)).rule());
    String longCommand =
        "aws lambda get-function --function-name " + "x".repeat(CommandLexer.MAX_LENGTH);
    assertEquals(
        CommandLexer.RULE_TOO_LONG,
        assertThrows(CommandDenied.class, () -> CommandLexer.split(longCommand)).rule());
  }
}

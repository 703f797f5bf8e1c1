package dev.lmiadvisor.slack.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the text Slack sends after {@code /lmi} and in a mention. */
class SlackCommandTest {

  @ParameterizedTest(name = "/lmi {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ask what is LMI?                              | ASK    | what is LMI?",
        "ASK   spaced    out                           | ASK    | spaced    out",
        "''                                            | HELP   | ''",
        "help size                                     | HELP   | size",
        "run aws s3 ls &amp;&amp; echo &lt;x&gt;      | RUN    | aws s3 ls && echo <x>",
        "run aws ssm put-parameter --value \u201Cx\u201D | RUN    | aws ssm put-parameter --value \"x\"",
        "region cn-north-1                             | REGION | cn-north-1"
      })
  void slashCommandText(String text, Subcommand subcommand, String rest) {
    SlackCommand command = SlackCommand.ofSlashCommand(text);
    assertEquals(subcommand, command.subcommand());
    assertEquals(rest, command.rest());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      value = {
        "<@U0BOT> how do I size a Java function?       => ASK    => how do I size a Java function?",
        "<@U0BOT|lmi> region cn-north-1                => REGION => cn-north-1",
        "<@U0BOT>                                      => HELP   => ''",
        "<@U0BOT> <@U0BOT> cost 1M 100 2048            => COST   => 1M 100 2048",
        "<@U0BOT> runtime defaults for Python?         => ASK    => runtime defaults for Python?"
      })
  void mentionText(String text, Subcommand subcommand, String rest) {
    SlackCommand command = SlackCommand.ofMention(text);
    assertEquals(subcommand, command.subcommand());
    assertEquals(rest, command.rest());
  }

  @ParameterizedTest
  @CsvSource({"deploy now", "lambda list"})
  void unknownSubcommandNamesTheWayOut(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SlackCommand.ofSlashCommand(text));
    assertTrue(e.getMessage().contains("/lmi help"), e.getMessage());
    assertTrue(e.getMessage().contains("`" + text.split(" ")[0] + "`"), e.getMessage());
  }
}

package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SlackPointerTest {

  @Test
  void slackSubcommand_saysWhichJarToStart() {
    StringWriter err = new StringWriter();
    var cli = LmiAdvisor.commandLine();
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("slack"));
    assertTrue(err.toString().contains("-jar slack/target/lmi-advisor-slack.jar"), err.toString());
  }
}

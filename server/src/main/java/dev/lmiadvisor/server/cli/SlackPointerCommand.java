package dev.lmiadvisor.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lmi-advisor slack}: the Slack bot is its own jar (the slack module builds on this one, so
 * this jar cannot contain it); say exactly how to start it rather than fail on an unknown word.
 */
@Command(
    name = "slack",
    mixinStandardHelpOptions = true,
    description = "Where the Slack bot is: its own jar, slack/target/lmi-advisor-slack.jar.")
public final class SlackPointerCommand implements Callable<Integer> {

  static final String HOW =
      """
      The Slack bot is its own jar, built beside this one by ./mvnw package:
        export SLACK_BOT_TOKEN=xoxb-... SLACK_SIGNING_SECRET=...   (or SLACK_APP_TOKEN=xapp-... for Socket Mode)
        "$(bin/find-jdk25)/bin/java" -jar slack/target/lmi-advisor-slack.jar --host 127.0.0.1 --port 3000
      See the README, section Slack, for the app manifest and every setting.""";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(HOW);
    return 2;
  }
}

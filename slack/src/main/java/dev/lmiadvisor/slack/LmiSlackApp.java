package dev.lmiadvisor.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import dev.lmiadvisor.slack.CommandRunner.Immediate;
import dev.lmiadvisor.slack.CommandRunner.Job;
import dev.lmiadvisor.slack.CommandRunner.Prepared;
import dev.lmiadvisor.slack.approval.ApprovalActions;
import dev.lmiadvisor.slack.approval.ApprovalBoard;
import dev.lmiadvisor.slack.approval.ApprovalPrompt;
import dev.lmiadvisor.slack.approval.SlackConfirmer;
import dev.lmiadvisor.slack.command.SlackCommand;
import dev.lmiadvisor.slack.render.AnswerReply;
import dev.lmiadvisor.slack.render.Mrkdwn;
import dev.lmiadvisor.slack.render.Reply;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt app: {@code /lmi}, {@code app_mention} and the Approve/Deny buttons. Slack wants an
 * acknowledgement within 3 seconds
 * (https://docs.slack.dev/interactivity/implementing-slash-commands, as of 2026-11-21), so handlers
 * only read the request and acknowledge; the work runs on its own thread (a virtual thread, since
 * it may wait minutes for an Approve click) and answers through the slash command's {@code
 * response_url} or in the mention's thread.
 */
public final class LmiSlackApp implements AutoCloseable {

  public static final String COMMAND = "/lmi";

  private static final Logger log = LoggerFactory.getLogger(LmiSlackApp.class);

  private final App app;
  private final CommandRunner runner;
  private final ApprovalBoard board;
  private final ExecutorService work;

  public LmiSlackApp(AppConfig config, CommandRunner runner, ApprovalBoard board) {
    this.app = new App(config);
    this.runner = runner;
    this.board = board;
    this.work =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("slack-work-", 0).factory());
    app.command(
        COMMAND,
        (req, ctx) ->
            slashCommand(
                req.getPayload(),
                ctx.client(),
                // Built here: the context's own responder is created lazily on the request thread.
                new Responder(ctx.getSlack(), req.getPayload().getResponseUrl()),
                ctx));
    app.event(
        AppMentionEvent.class,
        (req, ctx) -> {
          // Slack redelivers an event it thinks was not acknowledged; the first delivery was, and
          // answering twice (or asking twice to approve one command) would be worse than once.
          if (ctx.getRetryNum() == null) {
            mention(req.getEvent(), ctx.getTeamId(), ctx.client());
          }
          return ctx.ack();
        });
    ApprovalActions.register(app, board, work);
    app.blockAction(
        AnswerReply.MORE_ACTION,
        (req, ctx) -> {
          var payload = req.getPayload();
          String question =
              payload.getActions() == null || payload.getActions().isEmpty()
                  ? ""
                  : payload.getActions().getFirst().getValue();
          Requester presser = Requester.of(payload);
          work.execute(() -> showOnlyTo(ctx, runner.morePassages(question, presser)));
          return ctx.ack();
        });
  }

  public App app() {
    return app;
  }

  private Response slashCommand(
      SlashCommandPayload payload,
      MethodsClient client,
      Responder responder,
      SlashCommandContext ctx) {
    Prepared prepared = runner.prepare(() -> SlackCommand.ofSlashCommand(payload.getText()));
    if (prepared instanceof Immediate immediate) {
      Reply reply = immediate.reply();
      return ctx.ack(r -> r.responseType("ephemeral").text(reply.text()).blocks(reply.blocks()));
    }
    Job job = (Job) prepared;
    Requester requester =
        new Requester(payload.getTeamId(), payload.getChannelId(), payload.getUserId());
    String typed = COMMAND + " " + Mrkdwn.truncate(payload.getText().strip(), 200);
    String intro = "Asked by <@%s>: `%s`".formatted(requester.userId(), Mrkdwn.escape(typed));
    work.execute(
        () -> {
          SlackConfirmer confirmer =
              new SlackConfirmer(
                  board,
                  new ApprovalPrompt(client, requester.channelId(), Optional.empty()),
                  requester,
                  typed);
          Answers.toResponseUrl(
              responder,
              client,
              requester.channelId(),
              runner.run(job, requester, confirmer, intro));
        });
    return ctx.ack();
  }

  private void mention(AppMentionEvent event, String teamId, MethodsClient client) {
    if (event.getBotId() != null) {
      return;
    }
    Requester requester =
        new Requester(
            teamId != null ? teamId : event.getTeam(), event.getChannel(), event.getUser());
    String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    work.execute(
        () -> {
          Prepared prepared = runner.prepare(() -> SlackCommand.ofMention(event.getText()));
          Reply reply =
              switch (prepared) {
                case Immediate immediate -> immediate.reply();
                case Job job -> {
                  String typed = job.command().rest();
                  SlackConfirmer confirmer =
                      new SlackConfirmer(
                          board,
                          new ApprovalPrompt(client, requester.channelId(), Optional.of(threadTs)),
                          requester,
                          typed);
                  yield runner.run(
                      job, requester, confirmer, "Asked by <@%s>".formatted(requester.userId()));
                }
              };
          Answers.toThread(client, requester.channelId(), threadTs, requester.userId(), reply);
        });
  }

  /** An answer only the person who pressed a button sees, through the action's response_url. */
  private static void showOnlyTo(
      com.slack.api.bolt.context.builtin.ActionContext ctx, Reply reply) {
    try {
      ctx.respond(
          r ->
              r.responseType("ephemeral")
                  .replaceOriginal(false)
                  .text(reply.text())
                  .blocks(reply.blocks()));
    } catch (Exception e) {
      log.warn("could not answer a button press: {}", e.getClass().getSimpleName());
    }
  }

  /** Refuses the open approval requests, lets running work finish briefly, stops Bolt. */
  @Override
  public void close() {
    board.withdrawAll();
    work.shutdown();
    try {
      if (!work.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("some Slack work was still running at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      app.stop();
    } catch (Exception e) {
      log.warn("Bolt did not stop cleanly: {}", e.getClass().getSimpleName());
    }
  }
}

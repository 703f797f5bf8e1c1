package dev.lmiadvisor.slack.approval;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.lmiadvisor.slack.Requester;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Approve and Deny buttons. Bolt has already checked the request's signature and age; the ids
 * used here come from that signed payload, never from the button's value, which only names the
 * request.
 */
public final class ApprovalActions {

  private static final Logger log = LoggerFactory.getLogger(ApprovalActions.class);

  private final ApprovalBoard board;
  private final Executor replies;

  private ApprovalActions(ApprovalBoard board, Executor replies) {
    this.board = board;
    this.replies = replies;
  }

  public static void register(App app, ApprovalBoard board, Executor replies) {
    ApprovalActions actions = new ApprovalActions(board, replies);
    app.blockAction(ApprovalPrompt.APPROVE_ACTION, (req, ctx) -> actions.press(req, ctx, true));
    app.blockAction(ApprovalPrompt.DENY_ACTION, (req, ctx) -> actions.press(req, ctx, false));
  }

  private Response press(BlockActionRequest request, ActionContext ctx, boolean approve) {
    BlockActionPayload payload = request.getPayload();
    String id =
        payload.getActions() == null || payload.getActions().isEmpty()
            ? null
            : payload.getActions().getFirst().getValue();
    Requester presser = Requester.of(payload);
    ApprovalBoard.Click click = board.click(id, presser, approve);
    log.info(
        "{} pressed by {} on request {}: {}", approve ? "Approve" : "Deny", presser, id, click);
    String answer =
        switch (click) {
          case DECIDED -> null;
          case NOT_PERMITTED ->
              "This request is not yours to decide: only the person who asked or a configured approver can.";
          case ALREADY_DECIDED ->
              "This request was already decided or has expired; nothing more will run.";
        };
    if (answer != null) {
      replies.execute(() -> tellOnly(ctx, answer));
    }
    return ctx.ack();
  }

  /** An ephemeral answer to the person who pressed, through the action's response_url. */
  private static void tellOnly(ActionContext ctx, String text) {
    try {
      ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
    } catch (Exception e) {
      log.warn("could not answer a button press: {}", e.getClass().getSimpleName());
    }
  }
}

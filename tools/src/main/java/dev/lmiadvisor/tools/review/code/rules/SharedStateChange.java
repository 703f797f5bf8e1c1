package dev.lmiadvisor.tools.review.code.rules;

import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.handler.HandlerModel;
import dev.lmiadvisor.tools.review.code.handler.SharedState;
import java.util.function.Function;

/**
 * TS-SHARED-STATE-WRITE and TS-MODULE-COLLECTION: shared state of one kind changed while handling a
 * request, reported where it is first changed.
 *
 * @param message what is wrong, naming the state
 */
public record SharedStateChange(
    SharedState.Kind kind, Function<SharedState, String> message, String fix) implements CodeRule {

  @Override
  public void check(HandlerModel file, CodeFindings findings) {
    for (SharedState state : file.sharedState()) {
      if (state.kind() == kind && state.changedAt().isPresent()) {
        findings.add(
            kind.rule(), file.line(state.changedAt().getAsInt()), message.apply(state), fix);
      }
    }
  }
}

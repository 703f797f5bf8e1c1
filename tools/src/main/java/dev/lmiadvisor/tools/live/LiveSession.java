package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.tools.audit.AuditLog;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import java.util.function.BiFunction;

/**
 * One live-account tool call from start to end: credentials checked and the start recorded ({@link
 * AccountCalls#start}), the Region's clients opened, the reads done, the clients closed.
 */
public final class LiveSession {

  private LiveSession() {}

  /**
   * @param arguments what the tool was asked, as the audit log records it
   * @throws dev.lmiadvisor.errors.UserInputException naming the credential chain when no
   *     credentials resolve
   */
  public static <T> T read(
      LiveSettings settings,
      AuditLog audit,
      String tool,
      String arguments,
      String region,
      ClientIdentity client,
      BiFunction<AccountCalls, LiveClients, T> reads) {
    AccountCalls.Started started =
        AccountCalls.start(tool, arguments, region, client, settings, audit);
    try (LiveClients clients = LiveClients.open(settings, region, started.credentials())) {
      return reads.apply(started.calls(), clients);
    }
  }
}

package dev.lmiadvisor.server.inventory;

import java.util.Map;

/**
 * Puts on record a call that the input check refused before the tool's handler ran: a tool whose
 * every attempt must be audited ({@code run_aws_cli}) sets one, so that arguments refused by its
 * input schema are audited too, with the reason.
 */
@FunctionalInterface
public interface RefusalRecorder {

  /**
   * @param arguments the arguments as the client sent them (secrets not yet masked)
   * @param reason what the caller is told, naming the argument at fault
   * @throws RuntimeException when the record cannot be written: the call is then a fault, since
   *     nothing is reported that is not on record
   */
  void record(Map<String, Object> arguments, String reason, Caller caller);
}

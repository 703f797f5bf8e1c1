package dev.lmiadvisor.tools.sandbox;

import dev.lmiadvisor.errors.UserInputException;
import java.util.Optional;

/**
 * One call of the sandbox.
 *
 * @param region a region given besides the command; must agree with {@code --region} if both
 * @param confirmation how to ask the person; empty when the client cannot ask
 */
public record RunRequest(
    String command,
    Mode mode,
    Optional<String> region,
    ClientIdentity client,
    Optional<Confirmation> confirmation) {

  /** {@code plan} validates and shows the request; {@code execute} also sends it. */
  public enum Mode {
    PLAN("plan"),
    EXECUTE("execute");

    private final String wire;

    Mode(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    public static Mode fromWire(String value) {
      for (Mode mode : values()) {
        if (mode.wire.equals(value)) {
          return mode;
        }
      }
      throw new UserInputException("mode must be plan or execute, not '" + value + "'");
    }
  }
}

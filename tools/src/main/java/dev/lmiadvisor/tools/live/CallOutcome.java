package dev.lmiadvisor.tools.live;

/** How one AWS call ended, as the report and the audit log state it. */
public enum CallOutcome {
  /** AWS answered. */
  OK("ok"),
  /** AWS refused the call for lack of permission: the report names the IAM action to grant. */
  ACCESS_DENIED("access_denied"),
  /** The resource asked for does not exist. */
  NOT_FOUND("not_found"),
  /** AWS kept throttling the call after the SDK's retries. */
  THROTTLED("throttled"),
  /** The call failed another way (timeout, network, service error). */
  FAILED("failed"),
  /** Not sent: the call or time budget of this tool call was used up. */
  SKIPPED("skipped");

  private final String id;

  CallOutcome(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}

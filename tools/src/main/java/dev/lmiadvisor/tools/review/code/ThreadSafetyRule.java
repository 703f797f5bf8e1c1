package dev.lmiadvisor.tools.review.code;

import dev.lmiadvisor.tools.review.Severity;

/**
 * Every rule of {@link ThreadSafetyReviewer}, with its stable id, usual severity and source. The
 * checklist they implement is the thread-safety reference's review checklist; the runtime facts are
 * from the LMI runtime pages for <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-java-runtime.html">Java</a>,
 * <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-nodejs-runtime.html">Node.js</a>,
 * <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-python-runtime.html">Python</a>
 * and <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-dotnet-runtime.html">.NET</a>
 * (all as of 2026-11-21).
 */
public enum ThreadSafetyRule {
  PARSE_ERROR("TS-PARSE-ERROR", Severity.ERROR, "The Java source cannot be parsed"),
  SHARED_STATE_WRITE(
      "TS-SHARED-STATE-WRITE",
      Severity.ERROR,
      "Static, module-level or handler-instance state written while handling a request"),
  UNSAFE_SHARED_TYPE(
      "TS-UNSAFE-SHARED-TYPE",
      Severity.ERROR,
      "A type that is not thread-safe (SimpleDateFormat, HashMap, Dictionary, ...) shared across"
          + " invocations"),
  SHARED_CONNECTION(
      "TS-SHARED-CONNECTION",
      Severity.ERROR,
      "One database connection shared by all concurrent requests"),
  MODULE_COLLECTION(
      "TS-MODULE-COLLECTION",
      Severity.WARNING,
      "A module-level collection that the handler keeps adding to"),
  GLOBAL_STATEMENT(
      "TS-PY-GLOBAL",
      Severity.WARNING,
      "Python global written by the handler: it leaks into the process's next request"),
  CLIENT_PER_INVOCATION(
      "TS-CLIENT-PER-INVOCATION",
      Severity.WARNING,
      "SDK client or database connection created for every request instead of once at init"),
  FIXED_TMP_PATH("TS-FIXED-TMP-PATH", Severity.WARNING, "Fixed file name under /tmp"),
  ENVIRONMENT_MUTATION(
      "TS-ENV-MUTATION", Severity.ERROR, "Environment variables or system properties written"),
  STDOUT_LOGGING(
      "TS-STDOUT-LOGGING",
      Severity.WARNING,
      "Logging straight to stdout/stderr, without the request id"),
  NO_DEADLINE_CHECK(
      "TS-NO-DEADLINE-CHECK",
      Severity.WARNING,
      "Loop in the handler that never checks the remaining time (LMI does not stop timed-out"
          + " code)"),
  NO_CANCELLATION(
      "TS-NO-CANCELLATION",
      Severity.WARNING,
      "CancellationToken.None passed in the handler: downstream work outlives a timeout"),
  TRACE_ID_FROM_ENVIRONMENT(
      "TS-TRACE-ENV",
      Severity.WARNING,
      "_X_AMZN_TRACE_ID read from the environment (not supported on LMI for this runtime)"),
  CALLBACK_HANDLER(
      "TS-NODE-CALLBACK",
      Severity.ERROR,
      "Callback-style Node.js handler (not supported with LMI on Node.js 22)"),
  SYNC_HANDLER(
      "TS-NODE-SYNC-HANDLER",
      Severity.WARNING,
      "Synchronous Node.js handler: each worker serves one request at a time"),
  SIGNAL_HANDLER(
      "TS-NODE-SIGTERM",
      Severity.ERROR,
      "process.on('SIGTERM') cannot be used from the LMI worker threads"),
  THREAD_LOCAL_LEAK(
      "TS-THREADLOCAL-LEAK",
      Severity.WARNING,
      "ThreadLocal set by the handler and never removed; the runtime reuses threads"),
  SYNCHRONIZED_HANDLER(
      "TS-SYNCHRONIZED-HANDLER",
      Severity.WARNING,
      "Handler serialised with synchronized: concurrent requests wait for each other"),
  THREAD_STATIC(
      "TS-DOTNET-THREAD-STATIC",
      Severity.WARNING,
      "[ThreadStatic] or ThreadLocal<T> in async .NET code: the value does not follow the request"),
  BLOCKING_WAIT(
      "TS-DOTNET-BLOCKING-WAIT",
      Severity.WARNING,
      ".Result, .Wait() or GetAwaiter().GetResult() in the handler blocks thread-pool threads");

  private final String id;
  private final Severity severity;
  private final String title;

  ThreadSafetyRule(String id, Severity severity, String title) {
    this.id = id;
    this.severity = severity;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }
}

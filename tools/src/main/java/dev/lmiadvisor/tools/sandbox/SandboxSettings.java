package dev.lmiadvisor.tools.sandbox;

import dev.lmiadvisor.tools.audit.AuditLocation;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptionsValidator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;

/**
 * The sandbox's settings, read from environment variables (see {@link #fromEnvironment}).
 *
 * @param auditDirectory LMI_ADVISOR_AUDIT_DIR, default {@code ~/.lmi-advisor/audit}
 * @param auditKeyFile LMI_ADVISOR_AUDIT_KEY_FILE, default {@code audit.key} beside the audit folder
 *     ({@code ~/.lmi-advisor/audit.key}): the HMAC key of the audit chain, created 0600 on first
 *     use; never inside the audit folder
 * @param auditMaxFileBytes LMI_ADVISOR_AUDIT_MAX_FILE_BYTES, default 10 MiB
 * @param cloudWatchLogGroup LMI_ADVISOR_AUDIT_CLOUDWATCH_LOG_GROUP: also send records there
 * @param workingFolder LMI_ADVISOR_WORKDIR, default {@code ~/.lmi-advisor/work}: the only place
 *     file:// and fileb:// may read
 * @param allowedProfile LMI_ADVISOR_AWS_PROFILE (else AWS_PROFILE): the one --profile accepted, and
 *     the profile executions use
 * @param policyFile LMI_ADVISOR_POLICY_FILE: operator rules (JSON)
 * @param unsafeOverrides LMI_ADVISOR_UNSAFE_OVERRIDES=true lets operator rules loosen built-in
 *     denials to confirmations
 * @param executeEnabled LMI_ADVISOR_EXECUTE=true allows mode execute
 * @param awsTimeout LMI_ADVISOR_AWS_TIMEOUT_SECONDS, default 30
 * @param resultMaxBytes LMI_ADVISOR_RESULT_MAX_BYTES, default 262144
 * @param nonProduction LMI_ADVISOR_ENVIRONMENT=non_production
 * @param defaultRegion LMI_ADVISOR_AWS_REGION, else AWS_REGION, AWS_DEFAULT_REGION, us-east-1
 * @param credentials where executions get credentials (the SDK's default chain, or the profile)
 */
public record SandboxSettings(
    Path auditDirectory,
    Path auditKeyFile,
    long auditMaxFileBytes,
    Optional<String> cloudWatchLogGroup,
    Optional<Path> workingFolder,
    Optional<String> allowedProfile,
    Optional<Path> policyFile,
    boolean unsafeOverrides,
    boolean executeEnabled,
    Duration awsTimeout,
    int resultMaxBytes,
    boolean nonProduction,
    String defaultRegion,
    Supplier<AwsCredentialsProvider> credentials) {

  public static SandboxSettings fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * @throws IllegalArgumentException naming the variable whose value is wrong
   */
  public static SandboxSettings fromEnvironment(Map<String, String> env) {
    Path home = Path.of(System.getProperty("user.home"), ".lmi-advisor");
    Optional<String> profile =
        value(env, "LMI_ADVISOR_AWS_PROFILE").or(() -> value(env, "AWS_PROFILE"));
    String region =
        value(env, "LMI_ADVISOR_AWS_REGION")
            .or(() -> value(env, "AWS_REGION"))
            .or(() -> value(env, "AWS_DEFAULT_REGION"))
            .orElse("us-east-1");
    if (!GlobalOptionsValidator.isKnownRegion(region)) {
      throw new IllegalArgumentException(
          "the default region '"
              + region
              + "' (LMI_ADVISOR_AWS_REGION or AWS_REGION) is not an AWS region");
    }
    String environment =
        value(env, "LMI_ADVISOR_ENVIRONMENT").orElse("production").toLowerCase(Locale.ROOT);
    if (!environment.equals("production") && !environment.equals("non_production")) {
      throw new IllegalArgumentException(
          "LMI_ADVISOR_ENVIRONMENT must be production or non_production, not '"
              + environment
              + "'");
    }
    Path auditDirectory =
        value(env, "LMI_ADVISOR_AUDIT_DIR").map(Path::of).orElse(home.resolve("audit"));
    Path auditKeyFile =
        value(env, "LMI_ADVISOR_AUDIT_KEY_FILE")
            .map(Path::of)
            .orElse(AuditLocation.of(auditDirectory).keyFile());
    // Refuses a key inside the audit folder, naming the variable.
    new AuditLocation(auditDirectory, auditKeyFile);
    return new SandboxSettings(
        auditDirectory,
        auditKeyFile,
        number(env, "LMI_ADVISOR_AUDIT_MAX_FILE_BYTES", 10L << 20, 1024, Long.MAX_VALUE),
        value(env, "LMI_ADVISOR_AUDIT_CLOUDWATCH_LOG_GROUP"),
        Optional.of(value(env, "LMI_ADVISOR_WORKDIR").map(Path::of).orElse(home.resolve("work"))),
        profile,
        value(env, "LMI_ADVISOR_POLICY_FILE").map(Path::of),
        flag(env, "LMI_ADVISOR_UNSAFE_OVERRIDES"),
        flag(env, "LMI_ADVISOR_EXECUTE"),
        Duration.ofSeconds(number(env, "LMI_ADVISOR_AWS_TIMEOUT_SECONDS", 30, 1, 900)),
        (int) number(env, "LMI_ADVISOR_RESULT_MAX_BYTES", 256 * 1024, 1024, 16L << 20),
        environment.equals("non_production"),
        region,
        () ->
            profile.isPresent()
                ? ProfileCredentialsProvider.create(profile.get())
                : DefaultCredentialsProvider.builder().build());
  }

  public SandboxSettings withExecuteEnabled(boolean enabled) {
    return new SandboxSettings(
        auditDirectory,
        auditKeyFile,
        auditMaxFileBytes,
        cloudWatchLogGroup,
        workingFolder,
        allowedProfile,
        policyFile,
        unsafeOverrides,
        enabled,
        awsTimeout,
        resultMaxBytes,
        nonProduction,
        defaultRegion,
        credentials);
  }

  public SandboxSettings withCredentials(AwsCredentialsProvider provider) {
    return new SandboxSettings(
        auditDirectory,
        auditKeyFile,
        auditMaxFileBytes,
        cloudWatchLogGroup,
        workingFolder,
        allowedProfile,
        policyFile,
        unsafeOverrides,
        executeEnabled,
        awsTimeout,
        resultMaxBytes,
        nonProduction,
        defaultRegion,
        () -> provider);
  }

  /** The audit folder with its key and checkpoint. */
  public AuditLocation auditLocation() {
    return new AuditLocation(auditDirectory, auditKeyFile);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static boolean flag(Map<String, String> env, String name) {
    Optional<String> value = value(env, name).map(v -> v.toLowerCase(Locale.ROOT));
    if (value.isEmpty() || value.get().equals("false") || value.get().equals("0")) {
      return false;
    }
    if (value.get().equals("true") || value.get().equals("1")) {
      return true;
    }
    throw new IllegalArgumentException(name + " must be true or false, not '" + value.get() + "'");
  }

  private static long number(
      Map<String, String> env, String name, long fallback, long min, long max) {
    Optional<String> value = value(env, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value.get());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name
              + " must be a whole number from "
              + min
              + " to "
              + max
              + ", not '"
              + value.get()
              + "'");
    }
  }
}

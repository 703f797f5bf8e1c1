package dev.lmiadvisor.server;

import dev.lmiadvisor.awsstub.AwsStub;
import dev.lmiadvisor.tools.live.LmiAccount;
import dev.lmiadvisor.tools.live.StandardFunction;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The AWS account the live-account tools read in the server's tests: the LMI deployment of the
 * tools tests ({@link LmiAccount}: provider {@code orders-cp}, function {@code orders-api}) and a
 * standard function beside it ({@link #STANDARD_FUNCTION}, steady high volume), served in each
 * service's wire shapes on one loopback stub that the real AWS SDK is pointed at.
 */
public final class LiveAccount implements AutoCloseable {

  public static final String REGION = LmiAccount.REGION;
  public static final String STANDARD_FUNCTION = "reports-api";
  public static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
  static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  public final AwsStub stub = new AwsStub();
  public final LmiAccount lmi = new LmiAccount();
  public final StandardFunction standard = new StandardFunction();

  private LiveAccount() {
    standard.name = STANDARD_FUNCTION;
    lmi.serve(stub, standard);
  }

  public static LiveAccount start() {
    return new LiveAccount();
  }

  /** Test credentials, as the SDK's static provider gives them. */
  public static final AwsCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));

  /** In-process services whose live-account tools read this stub with the test credentials. */
  public Services services(Map<String, String> environment) {
    return new Services(withEndpoint(environment), live -> live.withCredentials(CREDENTIALS));
  }

  /** In-process services whose live-account tools find no credentials. */
  public Services servicesWithoutCredentials(Map<String, String> environment) {
    return new Services(
        withEndpoint(environment),
        live ->
            live.withCredentials(
                () -> {
                  throw SdkClientException.create(
                      "Unable to load credentials from any of the providers in the chain");
                }));
  }

  private Map<String, String> withEndpoint(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    env.put("LMI_ADVISOR_LIVE_ENDPOINT_URL", stub.url());
    return env;
  }

  /**
   * For a server process: this stub, test credentials in the environment (the first link of the
   * SDK's default chain), no profile, and its own audit folder.
   */
  public Map<String, String> environment(Path auditFolder) {
    Map<String, String> env = withoutCredentials(auditFolder);
    env.put("LMI_ADVISOR_LIVE_ENDPOINT_URL", stub.url());
    env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    return env;
  }

  /**
   * For a server process that finds no credentials anywhere in the default chain: no keys, no
   * profile, config and credentials files that do not exist, no instance metadata.
   */
  public Map<String, String> withoutCredentials(Path auditFolder) {
    Map<String, String> env = new HashMap<>();
    env.put("LMI_ADVISOR_LIVE_ENDPOINT_URL", stub.url());
    env.put("LMI_ADVISOR_AUDIT_DIR", auditFolder.toString());
    env.put("LMI_ADVISOR_AUDIT_KEY_FILE", auditFolder.resolveSibling("audit.key").toString());
    env.put("LMI_ADVISOR_AWS_PROFILE", "");
    env.put("AWS_PROFILE", "");
    env.put("AWS_ACCESS_KEY_ID", "");
    env.put("AWS_SECRET_ACCESS_KEY", "");
    env.put("AWS_SESSION_TOKEN", "");
    env.put("AWS_WEB_IDENTITY_TOKEN_FILE", "");
    env.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "");
    env.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", "");
    env.put("AWS_CONFIG_FILE", auditFolder.resolveSibling("no-aws-config").toString());
    env.put(
        "AWS_SHARED_CREDENTIALS_FILE", auditFolder.resolveSibling("no-aws-credentials").toString());
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    return env;
  }

  @Override
  public void close() {
    stub.close();
  }
}

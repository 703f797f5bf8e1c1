package dev.lmiadvisor.tools.sandbox.execute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.tools.sandbox.audit.Redactor;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.validate.Query;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Stage 5: sends a parsed, allowed (or confirmed) request through the real SDK client of its
 * service, with the region, an optional loopback endpoint, a time limit and a cap on the size of
 * the result. Nothing here starts a process or a shell.
 */
public final class AwsExecutor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Duration timeout;
  private final int maxResultBytes;

  public AwsExecutor(Duration timeout, int maxResultBytes) {
    this.timeout = timeout;
    this.maxResultBytes = maxResultBytes;
  }

  /** The AWS call failed: AWS refused it, or it could not be completed. */
  public static final class CallFailed extends Exception {
    CallFailed(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * @return the response, secrets masked, at most {@code maxResultBytes} of JSON
   */
  public Map<String, Object> execute(ParsedCommand command, AwsCredentialsProvider credentials)
      throws CallFailed {
    try (SdkClient client = client(command, credentials)) {
      Map<String, Object> result;
      boolean paginate =
          command.operation().paginatorMethod().isPresent() && !command.pagination().singlePage();
      if (paginate) {
        result = Pages.read(command, client);
      } else {
        Object response = command.operation().clientMethod().invoke(client, command.request());
        result = Redactor.tree((SdkPojo) response, true);
      }
      if (command.options().query().isPresent()) {
        result = query(command.options().query().get(), result);
      }
      return capped(result);
    } catch (InvocationTargetException e) {
      throw failure(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + command.operation(), e);
    } catch (SdkException e) {
      throw failure(e);
    } catch (CallFailed e) {
      throw e;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw failure(e);
    }
  }

  /**
   * Whether the function an update names runs on a capacity provider, read with {@code lambda
   * get-function-configuration} through the same client settings as the update.
   */
  public boolean onCapacityProvider(ParsedCommand command, AwsCredentialsProvider credentials)
      throws CallFailed {
    String function = String.valueOf(command.valueAt("FunctionName"));
    try (SdkClient client = client(command, credentials)) {
      var configuration =
          ((software.amazon.awssdk.services.lambda.LambdaClient) client)
              .getFunctionConfiguration(b -> b.functionName(function));
      return configuration.capacityProviderConfig() != null;
    } catch (SdkException e) {
      throw failure(e);
    }
  }

  /**
   * Applies {@code --query} to the result, secrets already masked, so a query cannot reach what
   * masking hid. The value is returned under {@code query_result}, with the expression.
   */
  private static Map<String, Object> query(String expression, Map<String, Object> result) {
    JsonNode value = Query.compile(expression).search(JSON.valueToTree(result));
    Map<String, Object> queried = new LinkedHashMap<>();
    queried.put("query", expression);
    queried.put("query_result", JSON.convertValue(value, Object.class));
    return queried;
  }

  private SdkClient client(ParsedCommand command, AwsCredentialsProvider credentials) {
    Object builder;
    try {
      builder =
          command.operation().clientMethod().getDeclaringClass().getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no client builder for " + command.service(), e);
    }
    AwsClientBuilder<?, ?> aws = (AwsClientBuilder<?, ?>) builder;
    aws.region(Region.of(command.options().region()));
    aws.credentialsProvider(credentials);
    aws.overrideConfiguration(
        ClientOverrideConfiguration.builder()
            .apiCallTimeout(timeout)
            .apiCallAttemptTimeout(timeout)
            .build());
    command.options().endpointUrl().ifPresent(aws::endpointOverride);
    if (builder instanceof S3ClientBuilder s3 && command.options().endpointUrl().isPresent()) {
      // Local S3 doubles answer on one host name; bucket names go in the path.
      s3.forcePathStyle(true);
    }
    ((AwsSyncClientBuilder<?, ?>) builder)
        .httpClientBuilder(
            ApacheHttpClient.builder()
                .socketTimeout(timeout)
                .connectionTimeout(Duration.ofSeconds(10)));
    return (SdkClient) aws.build();
  }

  private static CallFailed failure(Throwable cause) {
    if (cause instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      return new CallFailed(
          "AWS refused the request: %s (HTTP %d): %s"
              .formatted(
                  service.awsErrorDetails().errorCode(),
                  service.statusCode(),
                  String.valueOf(service.awsErrorDetails().errorMessage())));
    }
    if (cause instanceof SdkException sdk) {
      return new CallFailed("the request could not be completed: " + firstLine(sdk.getMessage()));
    }
    return new CallFailed("the request failed: " + cause.getClass().getSimpleName());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }

  private Map<String, Object> capped(Map<String, Object> result) {
    String json;
    try {
      json = JSON.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("result cannot be written as JSON", e);
    }
    if (json.length() <= maxResultBytes) {
      return result;
    }
    Map<String, Object> truncated = new LinkedHashMap<>();
    truncated.put("truncated", true);
    truncated.put("result_bytes", json.length());
    truncated.put("limit_bytes", maxResultBytes);
    truncated.put("preview", json.substring(0, maxResultBytes));
    return truncated;
  }
}

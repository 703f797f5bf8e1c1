package dev.lmiadvisor.tools.sandbox.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

class ServiceModelTest {

  private final ServiceCatalog catalog = new ServiceCatalog();

  @Test
  void readsOperationsAndParametersFromTheSdk() {
    OperationModel create =
        catalog.service("lambda").orElseThrow().operation("create-capacity-provider").orElseThrow();
    assertEquals("CreateCapacityProvider", create.name());
    assertTrue(
        create
            .parameters()
            .keySet()
            .containsAll(
                List.of(
                    "capacity-provider-name",
                    "vpc-config",
                    "permissions-config",
                    "instance-requirements",
                    "capacity-provider-scaling-config",
                    "kms-key-arn",
                    "tags")));
    assertEquals(
        Set.of("CapacityProviderName", "VpcConfig", "PermissionsConfig"),
        create.requiredMembers("", create.newRequestBuilder().sdkFields()));
    OperationModel scaling =
        catalog
            .service("lambda")
            .orElseThrow()
            .operation("put-function-scaling-config")
            .orElseThrow();
    assertTrue(
        scaling
            .requiredMembers("", scaling.newRequestBuilder().sdkFields())
            .containsAll(Set.of("FunctionName", "Qualifier")));
  }

  @Test
  void knowsEveryServiceOfTheSpec() {
    for (String service :
        List.of(
            "lambda",
            "ec2",
            "iam",
            "sts",
            "cloudwatch",
            "logs",
            "ssm",
            "s3api",
            "secretsmanager",
            "cloudtrail",
            "organizations")) {
      assertTrue(catalog.service(service).orElseThrow().operationNames().size() > 5, service);
    }
    assertTrue(catalog.service("s3api").orElseThrow().isStreamingOperation("put-object"));
  }

  /**
   * The required-member file comes from botocore; every member it names must be one the SDK on the
   * classpath knows, at the same path, or the two models have drifted apart.
   */
  @Test
  void everyRequiredMemberIsAnSdkField() {
    RequiredMembers required = RequiredMembers.load();
    List<String> drift = new ArrayList<>();
    int checked = 0;
    for (String service : catalog.serviceNames()) {
      ServiceModel model = catalog.service(service).orElseThrow();
      for (String operation : required.operations(service)) {
        var op = model.operation(CliNames.cli(operation));
        if (op.isEmpty()) {
          continue; // newer in botocore than in the SDK, or streaming
        }
        for (Map.Entry<String, List<String>> path : required.paths(service, operation).entrySet()) {
          List<SdkField<?>> fields = fieldsAt(op.get().newRequestBuilder(), path.getKey());
          if (fields == null) {
            drift.add(service + " " + operation + " path " + path.getKey());
            continue;
          }
          Set<String> names = new java.util.HashSet<>();
          fields.forEach(f -> names.add(f.memberName()));
          for (String member : path.getValue()) {
            checked++;
            if (!names.contains(member)) {
              drift.add(service + " " + operation + " " + path.getKey() + "." + member);
            }
          }
        }
      }
    }
    assertTrue(checked > 1000, "checked only " + checked);
    assertTrue(
        drift.size() <= checked / 100,
        "models drifted (" + drift.size() + "): " + drift.subList(0, Math.min(30, drift.size())));
  }

  private static List<SdkField<?>> fieldsAt(SdkPojo root, String path) {
    if (path.isEmpty()) {
      return root.sdkFields();
    }
    List<SdkField<?>> fields = root.sdkFields();
    for (String part : path.split("\\.")) {
      String member = part.replace("[]", "").replace("{}", "");
      SdkField<?> field =
          fields.stream().filter(f -> f.memberName().equals(member)).findFirst().orElse(null);
      if (field == null) {
        return null;
      }
      String suffix = part.substring(member.length());
      for (char c : suffix.toCharArray()) {
        field =
            c == '['
                ? field.getTrait(ListTrait.class).memberFieldInfo()
                : c == '{' ? field.getTrait(MapTrait.class).valueFieldInfo() : field;
      }
      if (field.marshallingType() != MarshallingType.SDK_POJO) {
        return null;
      }
      fields = field.constructor().get().sdkFields();
    }
    return fields;
  }
}

package dev.lmiadvisor.tools.sandbox.bind;

import dev.lmiadvisor.tools.sandbox.parse.CliNames;
import dev.lmiadvisor.tools.sandbox.parse.OperationModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;

/**
 * The few options the AWS CLI adds on top of the service models, which people and assistants use
 * every day. Each is mapped onto the model member the CLI itself fills (sources: awscli {@code
 * customizations/awslambda.py} and {@code customizations/ec2/secgroupsimplify.py}, awscli 1.45.11,
 * as of 2026-11-21):
 *
 * <ul>
 *   <li>{@code lambda create-function --zip-file fileb://f.zip} fills {@code Code.ZipFile}, and
 *       {@code lambda publish-layer-version --zip-file} fills {@code Content.ZipFile};
 *   <li>{@code ec2 authorize|revoke-security-group-ingress|egress --protocol --port --cidr
 *       --source-group --group-owner} fill one {@code IpPermissions} entry.
 * </ul>
 */
final class CliCustomizations {

  private static final Set<String> SECURITY_GROUP_RULE_OPERATIONS =
      Set.of(
          "AuthorizeSecurityGroupIngress",
          "AuthorizeSecurityGroupEgress",
          "RevokeSecurityGroupIngress",
          "RevokeSecurityGroupEgress");
  private static final List<String> SECURITY_GROUP_OPTIONS =
      List.of("protocol", "port", "cidr", "source-group", "group-owner");

  private CliCustomizations() {}

  /**
   * Removes the customized options from {@code options} and puts the model values they stand for
   * into {@code raw}.
   */
  static void apply(
      OperationModel operation,
      Map<String, List<String>> options,
      RequestBinder binder,
      Map<SdkField<?>, Object> raw,
      Map<SdkField<?>, String> optionNames) {
    if (operation.service().equals("lambda")) {
      String target =
          switch (operation.name()) {
            case "CreateFunction" -> "Code";
            case "PublishLayerVersion" -> "Content";
            default -> null;
          };
      if (target != null && options.containsKey("zip-file")) {
        zipFile(operation, options, binder, raw, optionNames, target);
      }
    }
    if (operation.service().equals("ec2")
        && SECURITY_GROUP_RULE_OPERATIONS.contains(operation.name())) {
      securityGroupRule(operation, options, raw, optionNames);
    }
  }

  private static void zipFile(
      OperationModel operation,
      Map<String, List<String>> options,
      RequestBinder binder,
      Map<SdkField<?>, Object> raw,
      Map<SdkField<?>, String> optionNames,
      String target) {
    String targetOption = CliNames.cli(target);
    if (options.containsKey(targetOption)) {
      throw RequestBinder.invalid("give --zip-file or --" + targetOption + ", not both");
    }
    List<String> words = options.remove("zip-file");
    if (words.size() != 1 || !words.getFirst().startsWith("fileb://")) {
      throw RequestBinder.invalid(
          "--zip-file must be a zip file with the fileb:// prefix, e.g. --zip-file fileb://function.zip");
    }
    SdkField<?> field = operation.parameters().get(targetOption);
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("ZipFile", binder.blobFile(words.getFirst()));
    raw.put(field, value);
    optionNames.put(field, "--zip-file");
  }

  private static void securityGroupRule(
      OperationModel operation,
      Map<String, List<String>> options,
      Map<SdkField<?>, Object> raw,
      Map<SdkField<?>, String> optionNames) {
    if (SECURITY_GROUP_OPTIONS.stream().noneMatch(options::containsKey)) {
      return;
    }
    if (options.containsKey("ip-permissions")) {
      throw RequestBinder.invalid(
          "--protocol, --port, --cidr, --source-group and --group-owner cannot be combined with --ip-permissions");
    }
    Map<String, Object> permission = new LinkedHashMap<>();
    String protocol = single(options.remove("protocol"), "protocol");
    if (protocol != null) {
      permission.put("IpProtocol", protocol(protocol));
    }
    String port = single(options.remove("port"), "port");
    if (port != null) {
      String[] range = ports(port);
      permission.put("FromPort", range[0]);
      permission.put("ToPort", range[1]);
    }
    String cidr = single(options.remove("cidr"), "cidr");
    if (cidr != null) {
      permission.put("IpRanges", List.of(Map.of("CidrIp", cidr)));
    }
    Map<String, Object> pair = new LinkedHashMap<>();
    String sourceGroup = single(options.remove("source-group"), "source-group");
    if (sourceGroup != null) {
      pair.put(sourceGroup.startsWith("sg-") ? "GroupId" : "GroupName", sourceGroup);
    }
    String owner = single(options.remove("group-owner"), "group-owner");
    if (owner != null) {
      pair.put("UserId", owner);
    }
    if (!pair.isEmpty()) {
      permission.put("UserIdGroupPairs", List.of(pair));
    }
    SdkField<?> field = operation.parameters().get("ip-permissions");
    List<Object> permissions = new ArrayList<>();
    permissions.add(permission);
    raw.put(field, permissions);
    optionNames.put(field, "--protocol/--port/--cidr");
  }

  private static String single(List<String> words, String option) {
    if (words == null) {
      return null;
    }
    if (words.size() != 1) {
      throw RequestBinder.invalid("--" + option + " takes one value");
    }
    return words.getFirst();
  }

  private static String protocol(String value) {
    try {
      int number = Integer.parseInt(value);
      if ((number < 0 || number > 255) && number != -1) {
        throw RequestBinder.invalid("--protocol numbers are 0-255, or -1 for all protocols");
      }
      return value;
    } catch (NumberFormatException e) {
      if (!Set.of("tcp", "udp", "icmp", "all").contains(value)) {
        throw RequestBinder.invalid("--protocol must be tcp, udp, icmp, all or a protocol number");
      }
      return value.equals("all") ? "-1" : value;
    }
  }

  private static String[] ports(String value) {
    String from;
    String to;
    if (value.equals("-1") || value.equals("all")) {
      from = "-1";
      to = "-1";
    } else if (value.contains("-")) {
      from = value.substring(0, value.indexOf('-'));
      to = value.substring(value.indexOf('-') + 1);
    } else {
      from = value;
      to = value;
    }
    try {
      Integer.parseInt(from);
      Integer.parseInt(to);
    } catch (NumberFormatException e) {
      throw RequestBinder.invalid("--port must look like 22 or 22-25");
    }
    return new String[] {from, to};
  }
}

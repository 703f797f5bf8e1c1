package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.bind.RequestView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * Refuses lifting any Block Public Access: deleting or disabling it, or setting it so that it
 * blocks less, for S3 buckets, EC2 snapshots and images, VPCs and secrets.
 *
 * <p>A partial structure is completed with the API's defaults before it is judged: in {@code s3api
 * put-public-access-block} every member left out is {@code false} ("If you don't specify a value,
 * Amazon S3 treats it as false", PutPublicAccessBlock, Amazon S3 API Reference,
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutPublicAccessBlock.html, as of 2026-12-01),
 * so {@code BlockPublicAcls=true} alone switches the other three off. Operations are recognised by
 * their model names, so one the rule does not list by hand ({@code Disable...BlockPublicAccess},
 * {@code Delete...PublicAccessBlock}) is refused as well.
 */
final class BlockPublicAccessRules {

  static final String RULE = PermissionRules.PUBLIC_ACCESS;

  /** Values of state members that lift a block (EC2 snapshots, VPC internet gateways). */
  private static final Set<String> LIFTED_STATES = Set.of("unblocked", "off", "disabled");

  private BlockPublicAccessRules() {}

  static List<PolicyRule> rules() {
    return List.of(Rule.deny(RULE, (c, x) -> lifted(c)));
  }

  private static boolean namesBlockPublicAccess(String operation) {
    String lower = operation.toLowerCase(Locale.ROOT);
    return lower.contains("publicaccessblock") || lower.contains("blockpublicaccess");
  }

  private static Optional<String> lifted(ParsedCommand c) {
    String op = c.operationName();
    if (c.is("secretsmanager", "PutResourcePolicy")
        && Boolean.FALSE.equals(c.valueAt("BlockPublicPolicy"))) {
      return Optional.of(
          "--no-block-public-policy lets a resource policy open the secret to anyone; keep --block-public-policy");
    }
    if (!namesBlockPublicAccess(op)) {
      return Optional.empty();
    }
    String name = c.service() + " " + c.operation().cliName();
    if (op.startsWith("Delete") || op.startsWith("Disable")) {
      if (op.contains("Exclusion")) {
        return Optional.empty();
      }
      return Optional.of(name + " lifts Block Public Access, so resources can be made public");
    }
    if (op.startsWith("Create") && op.contains("Exclusion")) {
      return Optional.of(
          name + " exempts a VPC or subnet from Block Public Access, opening it to the internet");
    }
    if (op.startsWith("Get") || op.startsWith("Describe") || op.startsWith("List")) {
      return Optional.empty();
    }
    return weakened(c.request(), name);
  }

  /**
   * A boolean member of a block configuration that is false, or left out (the API then treats it as
   * false), or a state member set to a value that lifts the block.
   */
  private static Optional<String> weakened(SdkPojo request, String name) {
    for (SdkField<?> field : request.sdkFields()) {
      Object value = field.getValueOrDefault(request);
      if (field.marshallingType() == MarshallingType.SDK_POJO
          && field.memberName().toLowerCase(Locale.ROOT).contains("publicaccessblock")) {
        if (!(value instanceof SdkPojo block)) {
          continue;
        }
        for (SdkField<?> member : block.sdkFields()) {
          if (member.marshallingType() == MarshallingType.BOOLEAN
              && !Boolean.TRUE.equals(RequestView.valueAt(block, member.memberName()))) {
            return Optional.of(
                member.memberName()
                    + (member.getValueOrDefault(block) == null
                        ? " is left out, which the API reads as false: that"
                        : "=false")
                    + " switches off part of S3 Block Public Access; set all four to true");
          }
        }
      }
      if (field.marshallingType() == MarshallingType.STRING
          && value instanceof String state
          && LIFTED_STATES.contains(state.toLowerCase(Locale.ROOT))) {
        return Optional.of(
            name + " with " + field.memberName() + "=" + state + " lifts Block Public Access");
      }
      if (field.marshallingType() == MarshallingType.BOOLEAN
          && !field.memberName().equals("DryRun")
          && Boolean.FALSE.equals(value)) {
        return Optional.of(
            name + " with " + field.memberName() + "=false lifts Block Public Access");
      }
    }
    return Optional.empty();
  }
}

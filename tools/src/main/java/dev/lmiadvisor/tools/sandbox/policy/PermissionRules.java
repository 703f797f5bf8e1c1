package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.bind.RequestView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Refuses privilege escalation (administrator policies, grants of every action, removing a
 * permissions boundary) and public access ({@code *} principals, public ACLs and function URLs,
 * switching off S3 Block Public Access, world-open administrative ports, public snapshots and
 * images).
 */
final class PermissionRules {

  static final String PRIVILEGE_ESCALATION = "privilege-escalation";
  static final String PUBLIC_ACCESS = "public-access";

  /** AWS managed policies that grant administrator or near-administrator rights. */
  private static final Pattern ADMIN_POLICY =
      Pattern.compile(
          "arn:aws[a-z-]*:iam::aws:policy/(AdministratorAccess.*|IAMFullAccess|PowerUserAccess)");

  private static final Set<String> PUBLIC_CANNED_ACLS =
      Set.of("public-read", "public-read-write", "authenticated-read");
  private static final List<String> PUBLIC_GRANTEE_GROUPS =
      List.of(
          "acs.amazonaws.com/groups/global/AllUsers",
          "acs.amazonaws.com/groups/global/AuthenticatedUsers");
  private static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");
  private static final Set<Integer> ADMIN_PORTS = Set.of(22, 3389);

  private PermissionRules() {}

  static List<PolicyRule> rules() {
    return List.of(
        Rule.deny(PRIVILEGE_ESCALATION, (c, x) -> escalation(c)),
        Rule.deny(PUBLIC_ACCESS, (c, x) -> publicAccess(c)));
  }

  private static Optional<String> escalation(ParsedCommand c) {
    if (c.is("iam", "AttachRolePolicy", "AttachUserPolicy", "AttachGroupPolicy")) {
      String arn = String.valueOf(c.valueAt("PolicyArn"));
      if (ADMIN_POLICY.matcher(arn).matches()) {
        return Optional.of(
            "attaching "
                + arn.substring(arn.lastIndexOf('/') + 1)
                + " grants administrator-level rights; attach a policy scoped to what the role needs");
      }
    }
    if (c.is(
        "iam",
        "PutRolePolicy",
        "PutUserPolicy",
        "PutGroupPolicy",
        "CreatePolicy",
        "CreatePolicyVersion")) {
      return document(c, "PolicyDocument", PolicyDocuments::adminGrant)
          .map(
              why ->
                  "the policy grants too much: "
                      + why
                      + "; name the actions and resources the principal needs");
    }
    if (c.is("iam", "DeleteRolePermissionsBoundary", "DeleteUserPermissionsBoundary")) {
      return Optional.of(
          "removing a permissions boundary lifts the ceiling on what the principal can do");
    }
    return Optional.empty();
  }

  private static Optional<String> publicAccess(ParsedCommand c) {
    if (c.is("iam", "CreateRole")) {
      return document(c, "AssumeRolePolicyDocument", PolicyDocuments::publicPrincipal)
          .map(why -> "the trust policy lets anyone assume the role: " + why);
    }
    if (c.is("iam", "UpdateAssumeRolePolicy")) {
      return document(c, "PolicyDocument", PolicyDocuments::publicPrincipal)
          .map(why -> "the trust policy lets anyone assume the role: " + why);
    }
    if (c.is("s3api", "PutBucketPolicy")) {
      return document(c, "Policy", PolicyDocuments::publicPrincipal)
          .map(why -> "the bucket policy makes the bucket public: " + why);
    }
    if (c.is("secretsmanager", "PutResourcePolicy")) {
      return document(c, "ResourcePolicy", PolicyDocuments::publicPrincipal)
          .map(why -> "the resource policy opens the secret to anyone: " + why);
    }
    if (c.is("lambda", "AddPermission", "AddLayerVersionPermission")
        && c.stringsAt("Principal").contains("*")) {
      return Optional.of(
          "lambda "
              + c.operation().cliName()
              + " with --principal \"*\" lets anyone invoke or use it; name the service or account instead");
    }
    if (c.is("lambda", "CreateFunctionUrlConfig", "UpdateFunctionUrlConfig")
        && "NONE".equals(c.valueAt("AuthType"))) {
      return Optional.of(
          "a function URL with --auth-type NONE is open to the internet; use AWS_IAM");
    }
    Optional<String> acl = publicAcl(c);
    if (acl.isPresent()) {
      return acl;
    }
    if (c.is("s3api", "DeletePublicAccessBlock")) {
      return Optional.of(
          "deleting the Block Public Access configuration allows buckets to be made public");
    }
    if (c.is("s3api", "PutPublicAccessBlock")) {
      for (Object value : c.valuesAt("PublicAccessBlockConfiguration")) {
        if (value instanceof SdkPojo block) {
          for (String setting :
              List.of(
                  "BlockPublicAcls",
                  "IgnorePublicAcls",
                  "BlockPublicPolicy",
                  "RestrictPublicBuckets")) {
            if (Boolean.FALSE.equals(RequestView.valueAt(block, setting))) {
              return Optional.of(
                  "setting " + setting + "=false switches off S3 Block Public Access");
            }
          }
        }
      }
    }
    if (c.is("ec2", "AuthorizeSecurityGroupIngress")) {
      return worldOpenIngress(c);
    }
    if (c.is("ec2", "ModifySnapshotAttribute")
        && (c.stringsAt("CreateVolumePermission.Add.Group").contains("all")
            || c.stringsAt("GroupNames").contains("all"))
        && !"remove".equals(String.valueOf(c.valueAt("OperationType")))) {
      return Optional.of("sharing a snapshot with the group 'all' makes it public");
    }
    if (c.is("ec2", "ModifyImageAttribute")
        && (c.stringsAt("LaunchPermission.Add.Group").contains("all")
            || c.stringsAt("UserGroups").contains("all"))
        && !"remove".equals(String.valueOf(c.valueAt("OperationType")))) {
      return Optional.of("sharing an image with the group 'all' makes it public");
    }
    return Optional.empty();
  }

  private static Optional<String> publicAcl(ParsedCommand c) {
    if (!c.is(
        "s3api",
        "PutBucketAcl",
        "PutObjectAcl",
        "CreateBucket",
        "CopyObject",
        "CreateMultipartUpload")) {
      return Optional.empty();
    }
    String acl = String.valueOf(c.valueAt("ACL"));
    if (PUBLIC_CANNED_ACLS.contains(acl)) {
      return Optional.of(
          "the canned ACL "
              + acl
              + " makes the data public; use bucket policies scoped to named principals");
    }
    for (String grantField :
        List.of("GrantRead", "GrantReadACP", "GrantWrite", "GrantWriteACP", "GrantFullControl")) {
      for (String grant : c.stringsAt(grantField)) {
        if (PUBLIC_GRANTEE_GROUPS.stream().anyMatch(grant::contains)) {
          return Optional.of(
              grantField + " to the AllUsers or AuthenticatedUsers group makes the data public");
        }
      }
    }
    for (String uri : c.stringsAt("AccessControlPolicy.Grants.Grantee.URI")) {
      if (PUBLIC_GRANTEE_GROUPS.stream().anyMatch(uri::contains)) {
        return Optional.of(
            "a grant to the AllUsers or AuthenticatedUsers group makes the data public");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> worldOpenIngress(ParsedCommand c) {
    for (Object permission : c.valuesAt("IpPermissions")) {
      if (permission instanceof SdkPojo p) {
        List<String> cidrs = new java.util.ArrayList<>(RequestView.stringsAt(p, "IpRanges.CidrIp"));
        cidrs.addAll(RequestView.stringsAt(p, "Ipv6Ranges.CidrIpv6"));
        Optional<String> why =
            worldOpen(
                cidrs,
                RequestView.valueAt(p, "IpProtocol"),
                RequestView.valueAt(p, "FromPort"),
                RequestView.valueAt(p, "ToPort"));
        if (why.isPresent()) {
          return why;
        }
      }
    }
    List<String> topLevel = c.stringsAt("CidrIp");
    return worldOpen(topLevel, c.valueAt("IpProtocol"), c.valueAt("FromPort"), c.valueAt("ToPort"));
  }

  private static Optional<String> worldOpen(
      List<String> cidrs, Object protocol, Object from, Object to) {
    if (cidrs.stream().noneMatch(WORLD::contains)) {
      return Optional.empty();
    }
    String proto = String.valueOf(protocol);
    if (proto.equals("-1") || proto.equals("all")) {
      return Optional.of(
          "the rule opens every protocol and port to the whole internet; LMI instances need no inbound rules at all");
    }
    if (from instanceof Integer f && to instanceof Integer t) {
      if (f <= 0 && t >= 65535 || f == -1) {
        return Optional.of("the rule opens every port to the whole internet");
      }
      for (int port : ADMIN_PORTS) {
        if (f <= port && port <= t) {
          return Optional.of(
              "the rule opens administrative port " + port + " to the whole internet");
        }
      }
    }
    return Optional.empty();
  }

  /** Runs a document check; a document the sandbox cannot read is refused with the reason. */
  static Optional<String> document(
      ParsedCommand c, String member, Function<String, Optional<String>> check) {
    Object value = c.valueAt(member);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return check.apply(String.valueOf(value));
    } catch (PolicyDocuments.UnreadableDocument e) {
      return Optional.of("the sandbox cannot check " + member + ": " + e.getMessage());
    }
  }
}

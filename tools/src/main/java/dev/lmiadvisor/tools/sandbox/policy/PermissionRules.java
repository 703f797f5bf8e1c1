package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.parse.CliNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * Refuses privilege escalation (administrator policies and boundaries, policy documents whose
 * actions, once their wildcards are expanded, let a principal grant itself more, removing a
 * permissions boundary) and public access (policy documents and permissions open to any principal,
 * public ACLs and function URLs, public snapshots, images and documents). Block Public Access and
 * world-open network rules have rules of their own ({@link BlockPublicAccessRules}, {@link
 * NetworkExposureRules}).
 */
final class PermissionRules {

  static final String PRIVILEGE_ESCALATION = "privilege-escalation";
  static final String PUBLIC_ACCESS = "public-access";

  /** AWS managed policies that grant administrator or near-administrator rights. */
  private static final Pattern ADMIN_POLICY =
      Pattern.compile(
          "arn:aws[a-z-]*:iam::aws:policy/(?:[A-Za-z0-9+=,.@_-]+/)*(AdministratorAccess[A-Za-z0-9-]*|IAMFullAccess|PowerUserAccess)");

  private static final Set<String> IDENTITY_POLICY_OPERATIONS =
      Set.of(
          "PutRolePolicy",
          "PutUserPolicy",
          "PutGroupPolicy",
          "CreatePolicy",
          "CreatePolicyVersion");

  private static final Set<String> PUBLIC_CANNED_ACLS =
      Set.of("public-read", "public-read-write", "authenticated-read");
  private static final List<String> PUBLIC_GRANTEE_GROUPS =
      List.of(
          "acs.amazonaws.com/groups/global/AllUsers",
          "acs.amazonaws.com/groups/global/AuthenticatedUsers");

  private PermissionRules() {}

  static List<PolicyRule> rules() {
    return List.of(
        Rule.deny(PRIVILEGE_ESCALATION, (c, x) -> escalation(c)),
        Rule.deny(PUBLIC_ACCESS, (c, x) -> publicAccess(c)));
  }

  private static Optional<String> escalation(ParsedCommand c) {
    if (c.is("iam", "AttachRolePolicy", "AttachUserPolicy", "AttachGroupPolicy")) {
      Optional<String> admin = adminManagedPolicy(c.stringsAt("PolicyArn"));
      if (admin.isPresent()) {
        return Optional.of(
            "attaching "
                + admin.get()
                + " grants administrator-level rights; attach a policy scoped to what the principal needs");
      }
    }
    if (c.is(
        "iam",
        "PutRolePermissionsBoundary",
        "PutUserPermissionsBoundary",
        "CreateRole",
        "CreateUser")) {
      Optional<String> admin = adminManagedPolicy(c.stringsAt("PermissionsBoundary"));
      if (admin.isPresent()) {
        return Optional.of(
            "a permissions boundary of "
                + admin.get()
                + " sets no ceiling at all; use a boundary that names what the principal may do");
      }
    }
    if (c.is("iam", "DeleteRolePermissionsBoundary", "DeleteUserPermissionsBoundary")) {
      return Optional.of(
          "removing a permissions boundary lifts the ceiling on what the principal can do");
    }
    if (c.service().equals("iam") && IDENTITY_POLICY_OPERATIONS.contains(c.operationName())) {
      return document(c, "PolicyDocument", PolicyDocuments::adminGrant)
          .map(
              why ->
                  "the policy grants too much: "
                      + why
                      + "; name the actions and resources the principal needs");
    }
    return Optional.empty();
  }

  private static Optional<String> adminManagedPolicy(List<String> arns) {
    for (String arn : arns) {
      var m = ADMIN_POLICY.matcher(arn);
      if (m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> publicAccess(ParsedCommand c) {
    Optional<String> document = publicDocument(c);
    if (document.isPresent()) {
      return document;
    }
    if (c.is("lambda", "AddPermission", "AddLayerVersionPermission")
        && c.stringsAt("Principal").contains("*")) {
      boolean restricted =
          c.isSet("SourceAccount")
              || c.isSet("SourceArn")
              || c.isSet("PrincipalOrgID")
              || c.isSet("OrganizationId");
      if (!restricted || "NONE".equals(c.valueAt("FunctionUrlAuthType"))) {
        return Optional.of(
            "lambda "
                + c.operation().cliName()
                + " with --principal \"*\" lets anyone invoke or use it; name the service or account, or restrict it with --source-account, --source-arn or --principal-org-id");
      }
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
    if (c.is("ec2", "ModifySnapshotAttribute")
        && (c.stringsAt("CreateVolumePermission.Add.Group").contains("all")
            || c.stringsAt("GroupNames").contains("all"))
        && !"remove".equals(String.valueOf(c.valueAt("OperationType")))) {
      return Optional.of("sharing a snapshot with the group 'all' makes it public");
    }
    if (c.is("ec2", "ModifyImageAttribute", "ModifyFpgaImageAttribute")
        && (c.stringsAt("LaunchPermission.Add.Group").contains("all")
            || c.stringsAt("LoadPermission.Add.Group").contains("all")
            || c.stringsAt("UserGroups").contains("all"))
        && !"remove".equals(String.valueOf(c.valueAt("OperationType")))) {
      return Optional.of("sharing an image with the group 'all' makes it public");
    }
    if (c.is("ec2", "ModifyVpcEndpointServicePermissions")
        && c.stringsAt("AddAllowedPrincipals").contains("*")) {
      return Optional.of(
          "allowing the principal '*' lets every AWS account connect to the endpoint service");
    }
    if (c.is("ssm", "ModifyDocumentPermission")
        && c.stringsAt("AccountIdsToAdd").stream().anyMatch(a -> a.equalsIgnoreCase("all"))) {
      return Optional.of("sharing an SSM document with 'All' makes it public");
    }
    return Optional.empty();
  }

  /**
   * Every policy document the request carries, whatever the operation and member: a top-level text
   * member whose value is a JSON policy (an object with a Statement). Trust, bucket, secret, log
   * and organization resource policies alike are judged by their principals.
   */
  private static Optional<String> publicDocument(ParsedCommand c) {
    for (SdkField<?> field : c.request().sdkFields()) {
      if (field.marshallingType() != MarshallingType.STRING) {
        continue;
      }
      Object value = field.getValueOrDefault(c.request());
      if (!(value instanceof String text) || !PolicyDocuments.looksLikeDocument(text)) {
        continue;
      }
      Optional<String> why = check(field.memberName(), text, PolicyDocuments::publicPrincipal);
      if (why.isPresent()) {
        return Optional.of(
            "the "
                + (c.is("iam", "CreateRole", "UpdateAssumeRolePolicy")
                    ? "trust policy lets anyone assume the role"
                    : "policy in --"
                        + CliNames.cli(field.memberName())
                        + " opens the resource to anyone")
                + ": "
                + why.get());
      }
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

  /** Runs a document check; a document the sandbox cannot read is refused with the reason. */
  static Optional<String> document(
      ParsedCommand c, String member, Function<String, Optional<String>> check) {
    Object value = c.valueAt(member);
    if (value == null) {
      return Optional.empty();
    }
    return check(member, String.valueOf(value), check);
  }

  private static Optional<String> check(
      String member, String text, Function<String, Optional<String>> check) {
    try {
      return check.apply(text);
    } catch (PolicyDocuments.UnreadableDocument | IllegalArgumentException e) {
      return Optional.of("the sandbox cannot check " + member + ": " + e.getMessage());
    }
  }
}

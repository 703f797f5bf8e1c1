package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.awsstub.AwsStub;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account with one LMI deployment, served by the loopback stub in the wire shapes of each
 * service: Lambda (REST-JSON), EC2 (query protocol, EC2 XML), IAM and CloudWatch (query protocol).
 * It starts healthy (an Active arm64 provider in three private subnets with NAT routes, HTTPS-only
 * egress, an operator role that trusts Lambda with the account condition and holds the managed
 * policy, one function published at version 7 with 4096 MB and a floor of 3); each test changes
 * what its case needs. Public, with the other fixtures of this package, for the server's end-to-end
 * tests (the tools test-jar).
 */
public final class LmiAccount {

  public static final String ACCOUNT = "111122223333";
  public static final String REGION = "us-east-1";
  public static final String PROVIDER = "orders-cp";
  public static final String PROVIDER_ARN =
      "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":capacity-provider:" + PROVIDER;
  public static final String ROLE = "orders-cp-operator";
  public static final String VPC = "vpc-0abc1234";
  public static final String SG = "sg-0inst0000";

  public static final String TRUST_WITH_ACCOUNT =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
          + "\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
          + "{\"aws:SourceAccount\":\"111122223333\"}}}]}";
  public static final String TRUST_EC2_ONLY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
          + "\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  /** One subnet and where its route table sends 0.0.0.0/0: nat, igw or none. */
  public record Subnet(String id, String zoneId, String defaultRoute) {}

  /** One function on the provider. */
  public static final class Function {
    public final String name;
    public String runtime = "nodejs22.x";
    public int memoryMb = 4096;
    public String architecture = "arm64";
    public Map<String, String> versions = new LinkedHashMap<>(Map.of("7", "Active"));
    public String state = "Active";
    public String stateReasonCode;
    public int minEnvironments = 3;
    public int maxEnvironments = 15;
    public long throttlesPerHour;
    public long invocationsPerHour = 36_000;
    public String throttleReason = "ConcurrencyThrottles";

    public Function(String name) {
      this.name = name;
    }
  }

  public String providerState = "Active";
  public String providerArchitecture = "arm64";
  public Integer maxVcpuCount = 64;
  public List<Subnet> subnets =
      new ArrayList<>(
          List.of(
              new Subnet("subnet-0aaa1111", "use1-az1", "nat"),
              new Subnet("subnet-0bbb2222", "use1-az2", "nat"),
              new Subnet("subnet-0ccc3333", "use1-az4", "nat")));
  public List<String> endpoints = new ArrayList<>();
  public boolean httpsEgressOnly = true;
  public String trustPolicy = TRUST_WITH_ACCOUNT;
  public boolean roleExists = true;
  public List<String> attachedPolicies =
      new ArrayList<>(List.of("AWSLambdaManagedEC2ResourceOperator"));
  public List<Function> functions = new ArrayList<>(List.of(new Function("orders-api")));
  public double providerCpuPct = 45;
  public Set<AwsOperation> denied = EnumSet.noneOf(AwsOperation.class);

  public Function function() {
    return functions.getFirst();
  }

  public LmiAccount privateSubnetsWithoutEgress() {
    subnets.replaceAll(s -> new Subnet(s.id(), s.zoneId(), "none"));
    endpoints.clear();
    return this;
  }

  public LmiAccount deny(AwsOperation operation) {
    denied.add(operation);
    return this;
  }

  /** Installs every reply on the stub. */
  public void serve(AwsStub stub) {
    lambda(stub);
    ec2(stub);
    iam(stub);
    stub.onAction(
        "GetMetricData", guarded(AwsOperation.GET_METRIC_DATA, MetricData.responder(this::metric)));
  }

  /**
   * Serves this account and standard functions beside it on one stub (their names must differ from
   * this account's functions): their configurations, and one GetMetricData that answers for the
   * provider, its functions and theirs; this account's {@link #denied} governs GetMetricData.
   */
  public void serve(AwsStub stub, StandardFunction... standard) {
    serve(stub);
    MetricData.Source metrics = this::metric;
    for (StandardFunction function : standard) {
      function.serve(stub);
      MetricData.Source before = metrics;
      metrics =
          (query, hour) -> {
            Double value = before.value(query, hour);
            return value != null ? value : function.value(query, hour);
          };
    }
    stub.onAction(
        "GetMetricData", guarded(AwsOperation.GET_METRIC_DATA, MetricData.responder(metrics)));
  }

  private java.util.function.Function<AwsStub.Received, AwsStub.Reply> guarded(
      AwsOperation operation, java.util.function.Function<AwsStub.Received, AwsStub.Reply> reply) {
    return request -> {
      if (!denied.contains(operation)) {
        return reply.apply(request);
      }
      return switch (operation.service()) {
        case "lambda" -> WireReplies.lambdaAccessDenied(operation.iamAction(), PROVIDER_ARN);
        case "ec2" -> WireReplies.ec2AccessDenied(operation.iamAction());
        case "iam" -> WireReplies.queryAccessDenied(WireReplies.IAM_NS, operation.iamAction());
        default -> WireReplies.queryAccessDenied(WireReplies.CLOUDWATCH_NS, operation.iamAction());
      };
    };
  }

  // ---- Lambda (REST-JSON) ----

  private void lambda(AwsStub stub) {
    stub.on(
        "GET /2025-11-30/capacity-providers/" + PROVIDER,
        guarded(
            AwsOperation.GET_CAPACITY_PROVIDER,
            r -> json("{\"CapacityProvider\":" + providerJson() + "}")));
    stub.on(
        "GET /2025-11-30/capacity-providers",
        guarded(
            AwsOperation.LIST_CAPACITY_PROVIDERS,
            r -> json("{\"CapacityProviders\":[" + providerJson() + "]}")));
    stub.on(
        "GET /2025-11-30/capacity-providers/" + PROVIDER + "/function-versions",
        guarded(
            AwsOperation.LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER,
            r ->
                json(
                    "{\"CapacityProviderArn\":\""
                        + PROVIDER_ARN
                        + "\",\"FunctionVersions\":["
                        + functions.stream()
                            .flatMap(
                                f ->
                                    f.versions.entrySet().stream()
                                        .map(
                                            v ->
                                                "{\"FunctionArn\":\""
                                                    + functionArn(f.name)
                                                    + ":"
                                                    + v.getKey()
                                                    + "\",\"State\":\""
                                                    + v.getValue()
                                                    + "\"}"))
                            .collect(Collectors.joining(","))
                        + "]}")));
    for (Function f : functions) {
      stub.on(
          "GET /2015-03-31/functions/" + f.name + "/configuration",
          guarded(
              AwsOperation.GET_FUNCTION_CONFIGURATION,
              r -> json(configurationJson(f, qualifier(r)))));
      stub.on(
          "GET /2025-11-30/functions/" + f.name + "/function-scaling-config",
          guarded(
              AwsOperation.GET_FUNCTION_SCALING_CONFIG,
              r ->
                  json(
                      "{\"FunctionArn\":\"%s:%s\",\"AppliedFunctionScalingConfig\":{\"MinExecutionEnvironments\":%d,\"MaxExecutionEnvironments\":%d},\"RequestedFunctionScalingConfig\":{\"MinExecutionEnvironments\":%d,\"MaxExecutionEnvironments\":%d}}"
                          .formatted(
                              functionArn(f.name),
                              qualifier(r),
                              f.minEnvironments,
                              f.maxEnvironments,
                              f.minEnvironments,
                              f.maxEnvironments))));
    }
  }

  public static String qualifier(AwsStub.Received request) {
    String query = request.query() == null ? "" : request.query();
    for (String pair : query.split("&")) {
      if (pair.startsWith("Qualifier=")) {
        return java.net.URLDecoder.decode(pair.substring(10), StandardCharsets.UTF_8);
      }
    }
    return "$LATEST";
  }

  public static String functionArn(String name) {
    return "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name;
  }

  private String providerJson() {
    return ("{\"CapacityProviderArn\":\"%s\",\"State\":\"%s\",\"VpcConfig\":{\"SubnetIds\":[%s],"
            + "\"SecurityGroupIds\":[\"%s\"]},\"PermissionsConfig\":{\"CapacityProviderOperatorRoleArn\":"
            + "\"arn:aws:iam::%s:role/%s\"},\"InstanceRequirements\":{\"Architectures\":[\"%s\"]},"
            + "\"CapacityProviderScalingConfig\":{%s\"ScalingMode\":\"Auto\"},"
            + "\"LastModified\":\"2026-11-20T09:00:00.000+0000\"}")
        .formatted(
            PROVIDER_ARN,
            providerState,
            subnets.stream().map(s -> "\"" + s.id() + "\"").collect(Collectors.joining(",")),
            SG,
            ACCOUNT,
            ROLE,
            providerArchitecture,
            maxVcpuCount == null ? "" : "\"MaxVCpuCount\":" + maxVcpuCount + ",");
  }

  private static String configurationJson(Function f, String qualifier) {
    return ("{\"FunctionName\":\"%s\",\"FunctionArn\":\"%s:%s\",\"Runtime\":\"%s\","
            + "\"Role\":\"arn:aws:iam::%s:role/%s-exec\",\"Handler\":\"index.handler\",\"CodeSize\":48213,"
            + "\"Description\":\"\",\"Timeout\":30,\"MemorySize\":%d,"
            + "\"LastModified\":\"2026-11-20T09:12:41.000+0000\",\"CodeSha256\":\"pX8bTq1uYVh0Q2m5tWk9Vn3r7sE4dF6gH8jK0lM2nO4=\","
            + "\"Version\":\"%s\",\"Environment\":{\"Variables\":{\"TABLE\":\"orders\"}},"
            + "\"TracingConfig\":{\"Mode\":\"PassThrough\"},\"RevisionId\":\"0c6f1c1e-8e5e-4f4e-9c2a-5d7b3a1e2f90\","
            + "\"State\":\"%s\",%s\"LastUpdateStatus\":\"Successful\",\"PackageType\":\"Zip\","
            + "\"Architectures\":[\"%s\"],\"EphemeralStorage\":{\"Size\":512},"
            + "\"LoggingConfig\":{\"LogFormat\":\"Text\",\"LogGroup\":\"/aws/lambda/%s\"},"
            + "\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":"
            + "{\"CapacityProviderArn\":\"%s\",\"PerExecutionEnvironmentMaxConcurrency\":64,"
            + "\"ExecutionEnvironmentMemoryGiBPerVCpu\":2.0}}}")
        .formatted(
            f.name,
            functionArn(f.name),
            qualifier,
            f.runtime,
            ACCOUNT,
            f.name,
            f.memoryMb,
            qualifier.equals("$LATEST") ? "$LATEST" : qualifier,
            qualifier.equals("$LATEST") ? "ActiveNonInvocable" : f.state,
            f.stateReasonCode == null || qualifier.equals("$LATEST")
                ? ""
                : "\"StateReason\":\"Capacity could not be provisioned\",\"StateReasonCode\":\""
                    + f.stateReasonCode
                    + "\",",
            f.architecture,
            f.name,
            PROVIDER_ARN);
  }

  private static AwsStub.Reply json(String body) {
    return new AwsStub.Reply(
        200, body, Map.of("x-amzn-RequestId", "5e8c7a1d-2b3f-4c5d-9e6f-7a8b9c0d1e2f"));
  }

  // ---- EC2 (query protocol, EC2 XML) ----

  private void ec2(AwsStub stub) {
    stub.onAction(
        "DescribeSubnets",
        guarded(
            AwsOperation.DESCRIBE_SUBNETS,
            r -> ec2Reply("DescribeSubnetsResponse", "subnetSet", subnetsXml())));
    stub.onAction(
        "DescribeRouteTables",
        guarded(
            AwsOperation.DESCRIBE_ROUTE_TABLES,
            r -> ec2Reply("DescribeRouteTablesResponse", "routeTableSet", routeTablesXml())));
    stub.onAction(
        "DescribeVpcEndpoints",
        guarded(
            AwsOperation.DESCRIBE_VPC_ENDPOINTS,
            r -> ec2Reply("DescribeVpcEndpointsResponse", "vpcEndpointSet", endpointsXml())));
    stub.onAction(
        "DescribeSecurityGroups",
        guarded(
            AwsOperation.DESCRIBE_SECURITY_GROUPS,
            r ->
                ec2Reply(
                    "DescribeSecurityGroupsResponse", "securityGroupInfo", securityGroupXml())));
  }

  private static AwsStub.Reply ec2Reply(String element, String set, String items) {
    return AwsStub.Reply.xml(
        200,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<"
            + element
            + " xmlns=\""
            + WireReplies.EC2_NS
            + "\">\n    <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>\n    <"
            + set
            + ">"
            + items
            + "</"
            + set
            + ">\n</"
            + element
            + ">");
  }

  private String subnetsXml() {
    StringBuilder xml = new StringBuilder();
    int n = 0;
    for (Subnet s : subnets) {
      xml.append(
          """
          <item>
              <subnetId>%s</subnetId>
              <subnetArn>arn:aws:ec2:%s:%s:subnet/%s</subnetArn>
              <state>available</state>
              <ownerId>%s</ownerId>
              <vpcId>%s</vpcId>
              <cidrBlock>10.0.%d.0/20</cidrBlock>
              <ipv6CidrBlockAssociationSet/>
              <availableIpAddressCount>4091</availableIpAddressCount>
              <availabilityZone>us-east-1%s</availabilityZone>
              <availabilityZoneId>%s</availabilityZoneId>
              <defaultForAz>false</defaultForAz>
              <mapPublicIpOnLaunch>%s</mapPublicIpOnLaunch>
              <assignIpv6AddressOnCreation>false</assignIpv6AddressOnCreation>
          </item>
          """
              .formatted(
                  s.id(),
                  REGION,
                  ACCOUNT,
                  s.id(),
                  ACCOUNT,
                  VPC,
                  16 * n,
                  (char) ('a' + n),
                  s.zoneId(),
                  s.defaultRoute().equals("igw")));
      n++;
    }
    return xml.toString();
  }

  private String routeTablesXml() {
    StringBuilder xml = new StringBuilder();
    // The VPC's main table has only the local route; each subnet has its own table.
    xml.append(
        routeTable(
            "rtb-0main0000",
            "",
            "<item><routeTableAssociationId>rtbassoc-0main</routeTableAssociationId><routeTableId>rtb-0main0000</routeTableId><main>true</main><associationState><state>associated</state></associationState></item>"));
    int n = 0;
    for (Subnet s : subnets) {
      String table = "rtb-0sub" + n + "0000";
      String route =
          switch (s.defaultRoute()) {
            case "nat" ->
                "<item><destinationCidrBlock>0.0.0.0/0</destinationCidrBlock><natGatewayId>nat-0"
                    + n
                    + "abcdef</natGatewayId><state>active</state><origin>CreateRoute</origin></item>";
            case "igw" ->
                "<item><destinationCidrBlock>0.0.0.0/0</destinationCidrBlock><gatewayId>igw-0abc1234</gatewayId><state>active</state><origin>CreateRoute</origin></item>";
            default -> "";
          };
      xml.append(
          routeTable(
              table,
              route,
              "<item><routeTableAssociationId>rtbassoc-0"
                  + n
                  + "</routeTableAssociationId><routeTableId>"
                  + table
                  + "</routeTableId><subnetId>"
                  + s.id()
                  + "</subnetId><main>false</main><associationState><state>associated</state></associationState></item>"));
      n++;
    }
    return xml.toString();
  }

  private static String routeTable(String id, String extraRoute, String associations) {
    return """
        <item>
            <routeTableId>%s</routeTableId>
            <vpcId>%s</vpcId>
            <ownerId>%s</ownerId>
            <routeSet>
                <item><destinationCidrBlock>10.0.0.0/16</destinationCidrBlock><gatewayId>local</gatewayId><state>active</state><origin>CreateRouteTable</origin></item>
                %s
            </routeSet>
            <associationSet>%s</associationSet>
            <propagatingVgwSet/>
            <tagSet/>
        </item>
        """
        .formatted(id, VPC, ACCOUNT, extraRoute, associations);
  }

  private String endpointsXml() {
    StringBuilder xml = new StringBuilder();
    int n = 0;
    for (String service : endpoints) {
      xml.append(
          """
          <item>
              <vpcEndpointId>vpce-0%d1234567890abc</vpcEndpointId>
              <vpcEndpointType>Interface</vpcEndpointType>
              <vpcId>%s</vpcId>
              <serviceName>com.amazonaws.%s.%s</serviceName>
              <state>available</state>
              <routeTableIdSet/>
              <subnetIdSet><item>%s</item></subnetIdSet>
              <groupSet><item><groupId>sg-0endpoints</groupId><groupName>endpoints</groupName></item></groupSet>
              <privateDnsEnabled>true</privateDnsEnabled>
              <requesterManaged>false</requesterManaged>
              <ownerId>%s</ownerId>
              <creationTimestamp>2026-11-19T10:00:00.000Z</creationTimestamp>
          </item>
          """
              .formatted(n++, VPC, REGION, service, subnets.getFirst().id(), ACCOUNT));
    }
    return xml.toString();
  }

  private String securityGroupXml() {
    String egress =
        httpsEgressOnly
            ? "<item><ipProtocol>tcp</ipProtocol><fromPort>443</fromPort><toPort>443</toPort><groups/><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp><description>HTTPS to AWS APIs via NAT</description></item></ipRanges><ipv6Ranges/><prefixListIds/></item>"
            : "<item><ipProtocol>-1</ipProtocol><groups/><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges><ipv6Ranges/><prefixListIds/></item>";
    return """
        <item>
            <ownerId>%s</ownerId>
            <groupId>%s</groupId>
            <groupName>orders-cp-instances</groupName>
            <groupDescription>LMI instances: no inbound, HTTPS egress only</groupDescription>
            <vpcId>%s</vpcId>
            <ipPermissions/>
            <ipPermissionsEgress>%s</ipPermissionsEgress>
        </item>
        """
        .formatted(ACCOUNT, SG, VPC, egress);
  }

  // ---- IAM (query protocol) ----

  private void iam(AwsStub stub) {
    stub.onAction(
        "GetRole",
        guarded(
            AwsOperation.GET_ROLE,
            r ->
                roleExists
                    ? AwsStub.Reply.xml(
                        200,
                        """
                        <GetRoleResponse xmlns="%s">
                          <GetRoleResult>
                            <Role>
                              <Path>/</Path>
                              <AssumeRolePolicyDocument>%s</AssumeRolePolicyDocument>
                              <MaxSessionDuration>3600</MaxSessionDuration>
                              <RoleId>AROAEXAMPLEOPERATOR01</RoleId>
                              <RoleName>%s</RoleName>
                              <Arn>arn:aws:iam::%s:role/%s</Arn>
                              <CreateDate>2026-11-20T08:55:00Z</CreateDate>
                              <RoleLastUsed/>
                            </Role>
                          </GetRoleResult>
                          <ResponseMetadata><RequestId>df37e965-7d6f-11e4-9a8e-0123456789ab</RequestId></ResponseMetadata>
                        </GetRoleResponse>
                        """
                            .formatted(
                                WireReplies.IAM_NS,
                                URLEncoder.encode(trustPolicy, StandardCharsets.UTF_8),
                                ROLE,
                                ACCOUNT,
                                ROLE))
                    : WireReplies.queryError(
                        WireReplies.IAM_NS,
                        404,
                        "NoSuchEntity",
                        "The role with name " + ROLE + " cannot be found.")));
    stub.onAction(
        "ListAttachedRolePolicies",
        guarded(
            AwsOperation.LIST_ATTACHED_ROLE_POLICIES,
            r ->
                AwsStub.Reply.xml(
                    200,
                    """
                    <ListAttachedRolePoliciesResponse xmlns="%s">
                      <ListAttachedRolePoliciesResult>
                        <AttachedPolicies>%s</AttachedPolicies>
                        <IsTruncated>false</IsTruncated>
                      </ListAttachedRolePoliciesResult>
                      <ResponseMetadata><RequestId>7a0c0a5f-7d6f-11e4-9a8e-0123456789ab</RequestId></ResponseMetadata>
                    </ListAttachedRolePoliciesResponse>
                    """
                        .formatted(
                            WireReplies.IAM_NS,
                            attachedPolicies.stream()
                                .map(
                                    p ->
                                        "<member><PolicyName>"
                                            + p
                                            + "</PolicyName><PolicyArn>arn:aws:iam::aws:policy/"
                                            + p
                                            + "</PolicyArn></member>")
                                .collect(Collectors.joining())))));
  }

  // ---- CloudWatch ----

  private Double metric(MetricData.Query query, java.time.Instant hour) {
    if (query.expression() != null) {
      return query.expression().contains(PROVIDER) ? providerCpuPct : null;
    }
    for (Function f : functions) {
      if (!f.name.equals(query.dimension())) {
        continue;
      }
      return switch (query.metric()) {
        case "Invocations" -> (double) f.invocationsPerHour;
        case "Throttles" -> f.throttlesPerHour == 0 ? null : (double) f.throttlesPerHour;
        default ->
            query.metric().equals(f.throttleReason) && f.throttlesPerHour > 0
                ? (double) f.throttlesPerHour
                : null;
      };
    }
    return null;
  }
}

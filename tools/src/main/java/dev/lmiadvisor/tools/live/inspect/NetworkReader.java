package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.AccountCalls;
import dev.lmiadvisor.tools.live.AwsOperation;
import dev.lmiadvisor.tools.live.CallResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;

/**
 * Reads the capacity provider's network from EC2: its subnets, the route tables of their VPC, the
 * VPC's endpoints and the provider's security groups (the VPC's default group when the provider
 * names none). {@link NetworkPath} makes sense of what was read.
 */
final class NetworkReader {

  /** Items per EC2 describe page (the API allows 5 to 1000 for these calls). */
  static final int PAGE_SIZE = 100;

  private final AccountCalls calls;
  private final Ec2Client ec2;

  NetworkReader(AccountCalls calls, Ec2Client ec2) {
    this.calls = calls;
    this.ec2 = ec2;
  }

  NetworkView read(ProviderView provider, String region) {
    Optional<List<Subnet>> subnets =
        calls
            .call(
                AwsOperation.DESCRIBE_SUBNETS,
                String.join(",", provider.subnetIds()),
                DescribeSubnetsRequest.builder().subnetIds(provider.subnetIds()).build(),
                ec2::describeSubnets)
            .value()
            .map(DescribeSubnetsResponse::subnets);
    Optional<String> vpcId = subnets.flatMap(s -> s.stream().map(Subnet::vpcId).findFirst());
    Filter scope =
        vpcId
            .map(v -> Filter.builder().name("vpc-id").values(v).build())
            .orElse(
                Filter.builder()
                    .name("association.subnet-id")
                    .values(provider.subnetIds())
                    .build());
    Optional<List<RouteTable>> routeTables = routeTables(scope, vpcId.orElse("the subnets"));
    Optional<List<VpcEndpoint>> endpoints = vpcId.flatMap(this::endpoints);
    Optional<List<SecurityGroup>> groups = securityGroups(provider, vpcId);
    return NetworkPath.analyse(provider, region, vpcId, subnets, routeTables, endpoints, groups);
  }

  private Optional<List<RouteTable>> routeTables(Filter scope, String target) {
    List<RouteTable> tables = new ArrayList<>();
    String token = null;
    for (int page = 0; page < calls.maxPages(); page++) {
      CallResult<DescribeRouteTablesResponse> result =
          calls.call(
              AwsOperation.DESCRIBE_ROUTE_TABLES,
              target,
              DescribeRouteTablesRequest.builder()
                  .filters(scope)
                  .maxResults(PAGE_SIZE)
                  .nextToken(token)
                  .build(),
              ec2::describeRouteTables);
      if (result.value().isEmpty()) {
        return page == 0 ? Optional.empty() : Optional.of(tables);
      }
      tables.addAll(result.value().get().routeTables());
      token = result.value().get().nextToken();
      if (token == null || token.isEmpty()) {
        break;
      }
    }
    return Optional.of(tables);
  }

  private Optional<List<VpcEndpoint>> endpoints(String vpcId) {
    List<VpcEndpoint> endpoints = new ArrayList<>();
    String token = null;
    for (int page = 0; page < calls.maxPages(); page++) {
      CallResult<DescribeVpcEndpointsResponse> result =
          calls.call(
              AwsOperation.DESCRIBE_VPC_ENDPOINTS,
              vpcId,
              DescribeVpcEndpointsRequest.builder()
                  .filters(Filter.builder().name("vpc-id").values(vpcId).build())
                  .maxResults(PAGE_SIZE)
                  .nextToken(token)
                  .build(),
              ec2::describeVpcEndpoints);
      if (result.value().isEmpty()) {
        return page == 0 ? Optional.empty() : Optional.of(endpoints);
      }
      endpoints.addAll(result.value().get().vpcEndpoints());
      token = result.value().get().nextToken();
      if (token == null || token.isEmpty()) {
        break;
      }
    }
    return Optional.of(endpoints);
  }

  private Optional<List<SecurityGroup>> securityGroups(
      ProviderView provider, Optional<String> vpcId) {
    DescribeSecurityGroupsRequest request;
    if (!provider.securityGroupIds().isEmpty()) {
      request =
          DescribeSecurityGroupsRequest.builder().groupIds(provider.securityGroupIds()).build();
    } else if (vpcId.isPresent()) {
      // Without security groups the instances get the VPC's default group (capacity providers
      // page).
      request =
          DescribeSecurityGroupsRequest.builder()
              .filters(
                  Filter.builder().name("vpc-id").values(vpcId.get()).build(),
                  Filter.builder().name("group-name").values("default").build())
              .build();
    } else {
      return Optional.empty();
    }
    return calls
        .call(
            AwsOperation.DESCRIBE_SECURITY_GROUPS,
            provider.securityGroupIds().isEmpty()
                ? "default group of " + vpcId.get()
                : String.join(",", provider.securityGroupIds()),
            request,
            ec2::describeSecurityGroups)
        .value()
        .map(DescribeSecurityGroupsResponse::securityGroups);
  }
}

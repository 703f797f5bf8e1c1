package dev.lmiadvisor.tools.live.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustPolicyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          single statement, service string            | {"Statement":{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}} | true  |
          service list and action list                 | {"Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","lambda.amazonaws.com"]},"Action":["sts:TagSession","sts:AssumeRole"]}]} | true |
          with both confused-deputy keys               | {"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"1"},"ArnLike":{"aws:SourceArn":"a"}}}]} | true | aws:SourceAccount aws:SourceArn
          another service only                         | {"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]} | false |
          lambda denied                                | {"Statement":[{"Effect":"Deny","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]} | false |
          lambda without AssumeRole                    | {"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:TagSession"}]} | false |
          an account principal is not the service      | {"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]} | false |
          no statement                                 | {"Version":"2012-10-17"} | false |
          """)
  void readsWhetherLambdaMayAssumeTheRole(
      String name, String document, boolean trusts, String keys) {
    Optional<TrustPolicy.Reading> encoded =
        TrustPolicy.read(URLEncoder.encode(document, StandardCharsets.UTF_8));
    List<String> expectedKeys = keys == null ? List.of() : List.of(keys.split(" "));

    assertEquals(Optional.of(new TrustPolicy.Reading(trusts, expectedKeys)), encoded);
    assertEquals(
        encoded, TrustPolicy.read(document), "IAM's URL-encoded form and plain JSON agree");
  }

  @ParameterizedTest
  @CsvSource({"'%7Bnot json'", "'<xml/>'"})
  void aDocumentThatIsNotJson_isNotRead(String document) {
    assertEquals(Optional.empty(), TrustPolicy.read(document));
  }
}

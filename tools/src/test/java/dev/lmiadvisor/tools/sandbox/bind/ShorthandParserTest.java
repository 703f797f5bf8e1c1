package dev.lmiadvisor.tools.sandbox.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values are what awscli's ShorthandParser returns, written as JSON. */
class ShorthandParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a=b                                         | {"a":"b"}
          a=b,c=d                                     | {"a":"b","c":"d"}
          a=b,c                                       | {"a":["b","c"]}
          SubnetIds=a,b,c,SecurityGroupIds=sg-1       | {"SubnetIds":["a","b","c"],"SecurityGroupIds":"sg-1"}
          Key={Nested=value,Other=2}                  | {"Key":{"Nested":"value","Other":"2"}}
          Key=[a,b]                                   | {"Key":["a","b"]}
          Key=[{A=1},{A=2}]                           | {"Key":[{"A":"1"},{"A":"2"}]}
          Key='a,b',Other=c                           | {"Key":"a,b","Other":"c"}
          Key="a=b"                                   | {"Key":"a=b"}
          Key=a\\,b                                    | {"Key":"a,b"}
          Arn=arn:aws:iam::123456789012:role/x        | {"Arn":"arn:aws:iam::123456789012:role/x"}
          Key=                                        | {"Key":""}
          Key = value                                 | {"Key":"value"}
          A=x=y                                       | {"A":"x=y"}
          IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}] | {"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}
          """)
  void parsesLikeTheAwsCli(String input, String expectedJson) throws Exception {
    Object expected = CliJson.parse(expectedJson);
    assertEquals(expected, ShorthandParser.parse(input));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "a=b,a=c",
        "K={a=1,a=2}",
        "noequals",
        "=value",
        "a=[b,c",
        "a={b=c",
        "a='unclosed",
        "a@=file://x",
        "a=b,",
      })
  void refusesWhatItCannotReadOneWay(String input) {
    assertThrows(IllegalArgumentException.class, () -> ShorthandParser.parse(input));
  }
}

package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.awsstub.AwsStub;
import java.util.Map;

/**
 * Error replies in the wire shape of each protocol, as the services send them: Lambda's REST-JSON
 * (an {@code x-amzn-ErrorType} header and a JSON body), EC2's query protocol ({@code
 * Response/Errors/Error}) and the query protocol of IAM and CloudWatch ({@code
 * ErrorResponse/Error}).
 */
final class WireReplies {

  static final String CALLER = "arn:aws:iam::111122223333:user/reader";

  private WireReplies() {}

  static AwsStub.Reply lambdaError(int status, String type, String message) {
    return new AwsStub.Reply(
        status,
        "{\"Type\":\"User\",\"Message\":\"" + message + "\"}",
        Map.of(
            "x-amzn-ErrorType", type, "x-amzn-RequestId", "3f0c0a5e-51c1-4d0e-9d3a-1b2c3d4e5f60"));
  }

  static AwsStub.Reply lambdaAccessDenied(String action, String resource) {
    return lambdaError(
        403,
        "AccessDeniedException",
        "User: "
            + CALLER
            + " is not authorized to perform: "
            + action
            + " on resource: "
            + resource
            + " because no identity-based policy allows the "
            + action
            + " action");
  }

  static AwsStub.Reply ec2Error(int status, String code, String message) {
    return AwsStub.Reply.xml(
        status,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>"
            + code
            + "</Code><Message>"
            + message
            + "</Message></Error></Errors><RequestID>8f3e1c52-7d0b-4b8e-9e6f-0a1b2c3d4e5f</RequestID></Response>");
  }

  static AwsStub.Reply ec2AccessDenied(String action) {
    return ec2Error(
        403,
        "UnauthorizedOperation",
        "You are not authorized to perform this operation. User: "
            + CALLER
            + " is not authorized to perform: "
            + action
            + " because no identity-based policy allows the "
            + action
            + " action");
  }

  /** IAM ({@code https://iam.amazonaws.com/doc/2010-05-08/}) and CloudWatch errors. */
  static AwsStub.Reply queryError(String namespace, int status, String code, String message) {
    return AwsStub.Reply.xml(
        status,
        "<ErrorResponse xmlns=\""
            + namespace
            + "\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>"
            + code
            + "</Code>\n    <Message>"
            + message
            + "</Message>\n  </Error>\n  <RequestId>4c2f9a61-0b7e-4d33-8a5c-6e7f8091a2b3</RequestId>\n</ErrorResponse>\n");
  }

  static AwsStub.Reply queryAccessDenied(String namespace, String action) {
    return queryError(
        namespace,
        403,
        "AccessDenied",
        "User: "
            + CALLER
            + " is not authorized to perform: "
            + action
            + " because no identity-based policy allows the "
            + action
            + " action");
  }

  static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
  static final String CLOUDWATCH_NS = "http://monitoring.amazonaws.com/doc/2010-08-01/";
  static final String EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
}

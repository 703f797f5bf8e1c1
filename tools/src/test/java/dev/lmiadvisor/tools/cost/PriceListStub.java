package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.awsstub.AwsStub;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The AWS Price List API (JSON 1.1 protocol, target {@code AWSPriceListService.GetProducts}) on the
 * shared loopback stub, with the replies the price tests need, so they drive the real SDK client:
 * request marshalling, SigV4 signing, response and error unmarshalling.
 */
final class PriceListStub implements AutoCloseable {

  private static final String GET_PRODUCTS = "AWSPriceListService.GetProducts";

  private final AwsStub stub = new AwsStub();
  private final AtomicReference<AwsStub.Reply> reply = new AtomicReference<>();

  PriceListStub() {
    stub.onTarget(GET_PRODUCTS, request -> reply.get());
    answerWithPrice("0.0816");
  }

  URI endpoint() {
    return stub.endpoint();
  }

  /** The GetProducts requests received, with their target, signature and body. */
  List<AwsStub.Received> calls() {
    return stub.received;
  }

  /** GetProducts returns one Linux product priced per hour, shaped like AWS's price list. */
  void answerWithPrice(String usd) {
    String product =
        """
        {"product":{"productFamily":"Compute Instance","attributes":{"instanceType":"m7g.large",\
        "regionCode":"us-east-1","operatingSystem":"Linux","tenancy":"Shared"},"sku":"SKU1"},\
        "serviceCode":"AmazonEC2","terms":{"OnDemand":{"SKU1.JRTCKXETXF":{"priceDimensions":\
        {"SKU1.JRTCKXETXF.6YS6EN2CT7":{"unit":"Hrs","pricePerUnit":{"USD":"%s"},\
        "description":"$%s per On Demand Linux m7g.large Instance Hour"}},"sku":"SKU1",\
        "offerTermCode":"JRTCKXETXF"}}},"version":"20261101000000","publicationDate":"2026-11-01T00:00:00Z"}\
        """
            .formatted(usd, usd);
    String escaped = product.replace("\\", "\\\\").replace("\"", "\\\"");
    answer(200, "{\"FormatVersion\":\"aws_v1\",\"PriceList\":[\"" + escaped + "\"]}");
  }

  void answerWithNothing() {
    answer(200, "{\"FormatVersion\":\"aws_v1\",\"PriceList\":[]}");
  }

  /** A non-retryable service error, as AWS sends it. */
  void answerAccessDenied() {
    answer(
        400,
        "{\"__type\":\"AccessDeniedException\",\"message\":\"User is not authorized to perform: pricing:GetProducts\"}");
  }

  private void answer(int code, String json) {
    reply.set(AwsStub.Reply.json11(code, json));
  }

  @Override
  public void close() {
    stub.close();
  }
}

package dev.lmiadvisor.tools.cost;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local stand-in for the AWS Price List API (JSON 1.1 protocol, target {@code
 * AWSPriceListService.GetProducts}) on 127.0.0.1, so tests drive the real SDK client: request
 * marshalling, SigV4 signing, response and error unmarshalling.
 */
final class PriceListStub implements AutoCloseable {

  record Call(String target, String authorization, String body) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<String> body = new AtomicReference<>();

  PriceListStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String request =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          calls.add(
              new Call(
                  exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  request));
          byte[] response = body.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
          exchange.sendResponseHeaders(status.get(), response.length);
          exchange.getResponseBody().write(response);
          exchange.close();
        });
    server.start();
    answerWithPrice("0.0816");
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Call> calls() {
    return calls;
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
    status.set(code);
    body.set(json);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package dev.lmiadvisor.tools.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackEndpointTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:4566",
        "http://127.0.0.2:4566",
        "http://localhost:4566",
        "http://[::1]:4566",
        "https://127.0.0.1:8443/"
      })
  void loopbackEndpoints_areAccepted(String url) {
    assertEquals(url, LoopbackEndpoint.parse("LMI_ADVISOR_LIVE_ENDPOINT_URL", url).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/latest/meta-data",
        "https://lambda.us-east-1.amazonaws.com",
        "http://127.0.0.1.nip.io:4566",
        "http://localhost.example.com",
        "http://user:pw@127.0.0.1:4566",
        "http://0x7f000001:4566",
        "http://2130706433:4566",
        "ftp://127.0.0.1",
        "file:///etc/passwd",
        "127.0.0.1:4566",
        "http://[::ffff:10.0.0.1]:4566",
        "not a url"
      })
  void anythingElse_isRefused_namingTheSetting(String url) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoopbackEndpoint.parse("LMI_ADVISOR_LIVE_ENDPOINT_URL", url));
    assertTrue(e.getMessage().startsWith("LMI_ADVISOR_LIVE_ENDPOINT_URL "), e.getMessage());
  }
}

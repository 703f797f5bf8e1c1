package dev.lmiadvisor.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * How the Streamable HTTP server listens.
 *
 * @param host the address to bind; loopback unless told otherwise
 * @param port the TCP port; 0 picks a free one
 * @param stateless no sessions, for replicas behind a load balancer
 * @param token the bearer token clients must send; required beyond loopback
 * @param extraOrigins browser origins allowed besides localhost
 */
public record HttpOptions(
    String host, int port, boolean stateless, Optional<String> token, List<String> extraOrigins) {

  public HttpOptions {
    extraOrigins = List.copyOf(extraOrigins);
  }

  /** Whether the bind address is reachable only from this machine. */
  public boolean loopbackOnly() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve --host " + host);
    }
  }

  /**
   * @throws IllegalArgumentException when the server would be reachable from other machines without
   *     a token
   */
  public void check() {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "--port " + port + " is not a TCP port; use 1-65535 (0 = any free port)");
    }
    if (!loopbackOnly() && token.filter(t -> !t.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(
          "refusing to listen on "
              + host
              + " without authentication: set LMI_ADVISOR_TOKEN to a secret bearer token,"
              + " or bind 127.0.0.1");
    }
    token.ifPresent(
        t -> {
          if (t.length() < 16) {
            throw new IllegalArgumentException(
                "LMI_ADVISOR_TOKEN is shorter than 16 characters; use a long random secret");
          }
        });
  }
}

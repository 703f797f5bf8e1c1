package dev.lmiadvisor.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Refuses every request that does not carry {@code Authorization: Bearer <token>}. */
final class BearerTokenFilter extends HttpFilter {

  private final byte[] expected;

  BearerTokenFilter(String token) {
    this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
    // Constant-time comparison: the time taken must not tell how much of the token was right.
    if (!MessageDigest.isEqual(expected, given)) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"lmi-advisor\"");
      HttpErrors.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          true,
          HttpErrors.SERVER_ERROR,
          "Unauthorized: missing or wrong bearer token; send Authorization: Bearer <LMI_ADVISOR_TOKEN>");
      return;
    }
    chain.doFilter(request, response);
  }
}

package dev.lmiadvisor.tools.live;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An endpoint override for local stand-ins of AWS (LocalStack, moto, test stubs): accepted only on
 * this machine, as for the sandbox's {@code --endpoint-url}, so that a setting cannot send the
 * account's credentials anywhere else. Only {@code localhost} and literal loopback addresses
 * qualify; a name that needs DNS does not.
 */
final class LoopbackEndpoint {

  private LoopbackEndpoint() {}

  /**
   * @param setting the name of the setting, for the error message
   * @throws IllegalArgumentException when the value is not an http(s) URL on a loopback host
   */
  static URI parse(String setting, String value) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(setting + " is not a valid URL: '" + value + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getRawUserInfo() != null
        || !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException(
          setting
              + " may point only at this machine (http://127.0.0.1:PORT, http://[::1]:PORT or"
              + " http://localhost:PORT), not '"
              + value
              + "'");
    }
    return uri;
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String literal =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")
        && !literal.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
      return false;
    }
    try {
      return InetAddress.ofLiteral(literal).isLoopbackAddress();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

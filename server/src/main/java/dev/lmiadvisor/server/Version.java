package dev.lmiadvisor.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The product version, written into {@code version.txt} by the build, so that classes and jar say
 * the same (the replies recorded at build time carry it); "dev" when that file is missing.
 */
public final class Version {
  private Version() {}

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        return "dev";
      }
      String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return version.isEmpty() ? "dev" : version;
    } catch (IOException e) {
      return "dev";
    }
  }
}

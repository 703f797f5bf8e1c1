package dev.lmiadvisor.tools.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that chains the audit log: records and checkpoints carry HMAC-SHA256 under this key,
 * so someone who can write the audit folder but cannot read the key cannot write a record, a head
 * or a checkpoint that verifies. The key is 32 random bytes, hex, in a file outside the audit
 * folder, created on first use with mode 0600.
 */
public final class AuditKey {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final SecretKeySpec key;
  // A Mac is not thread-safe and costs a provider lookup to create: one per thread.
  private final ThreadLocal<Mac> macs;

  private AuditKey(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
    this.macs =
        ThreadLocal.withInitial(
            () -> {
              try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
              } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
              }
            });
  }

  /** The key in {@code file}, created (0600, in a new 0700 folder if needed) when missing. */
  static AuditKey loadOrCreate(Path file) {
    try {
      Optional<AuditKey> existing = load(file);
      if (existing.isPresent()) {
        return existing.get();
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        Files.createDirectories(
            parent,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      try {
        Files.writeString(
            file,
            HexFormat.of().formatHex(bytes) + "\n",
            StandardCharsets.US_ASCII,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.SYNC);
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      } catch (FileAlreadyExistsException raced) {
        // another writer created it first; use theirs
      }
      return load(file).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the audit key " + file, e);
    }
  }

  /** The key in {@code file}, or empty when there is none yet. */
  static Optional<AuditKey> load(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      byte[] bytes = HexFormat.of().parseHex(text);
      if (bytes.length < 32) {
        throw new IllegalArgumentException("too short");
      }
      return Optional.of(new AuditKey(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit key " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "the audit key " + file + " is not 64 hexadecimal characters; restore it from backup");
    }
  }

  /** HMAC-SHA256 of the text, in hex. */
  String mac(String text) {
    return HexFormat.of().formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Constant-time comparison of a MAC given with the MAC of the text. */
  boolean verifies(String text, String givenMac) {
    return java.security.MessageDigest.isEqual(
        mac(text).getBytes(StandardCharsets.US_ASCII),
        String.valueOf(givenMac).getBytes(StandardCharsets.US_ASCII));
  }
}

package dev.lmiadvisor.tools.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where one audit log lives: its folder, and outside it the key and the signed checkpoint of the
 * newest record (the record count and its MAC). The checkpoint sits beside the key, named after the
 * folder, so that emptying or truncating the folder is seen even when every file in it is gone.
 *
 * @param directory the audit folder (LMI_ADVISOR_AUDIT_DIR)
 * @param keyFile the key (LMI_ADVISOR_AUDIT_KEY_FILE); must not be inside the folder
 */
public record AuditLocation(Path directory, Path keyFile) {

  public AuditLocation {
    directory = directory.toAbsolutePath().normalize();
    keyFile = keyFile.toAbsolutePath().normalize();
    if (keyFile.startsWith(directory)) {
      throw new IllegalArgumentException(
          "the audit key "
              + keyFile
              + " is inside the audit folder "
              + directory
              + "; keep it outside (LMI_ADVISOR_AUDIT_KEY_FILE), where whoever can write the folder cannot read it");
    }
  }

  /** The default: {@code audit.key} beside the folder, e.g. {@code ~/.lmi-advisor/audit.key}. */
  public static AuditLocation of(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
    return new AuditLocation(absolute, parent.resolve("audit.key"));
  }

  /** The signed checkpoint of this folder, beside the key. */
  public Path checkpointFile() {
    return keyFile.resolveSibling("audit-checkpoint-" + folderId() + ".json");
  }

  /** A short stable id of the folder, for the checkpoint and the CloudWatch head stream. */
  public String folderId() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(directory.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

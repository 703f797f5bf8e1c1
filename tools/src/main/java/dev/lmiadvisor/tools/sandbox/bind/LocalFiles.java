package dev.lmiadvisor.tools.sandbox.bind;

import dev.lmiadvisor.tools.sandbox.CommandDenied;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code file://} and {@code fileb://} parameter values, confined to one working folder.
 *
 * <p>The requested path is resolved against the working folder, normalised ({@code ..} removed),
 * and must stay inside it; then the real path of the file, or of its nearest existing parent, is
 * taken (every symbolic link resolved) and must still be inside the real working folder. Only
 * regular files are read, up to a size limit. Without a configured working folder every file
 * reference is refused. (The local API server's working-folder check was bypassed through paths it
 * did not resolve, CVE-2026-4270; this check resolves links before it decides.)
 */
public final class LocalFiles {

  public static final String RULE_OUTSIDE = "file-outside-working-folder";
  public static final String RULE_UNREADABLE = "file-not-readable";

  /** {@code file://}: text documents such as policies. */
  public static final long MAX_TEXT_BYTES = 1L << 20;

  /** {@code fileb://}: binaries such as a 50 MB Lambda deployment package. */
  public static final long MAX_BINARY_BYTES = 50L << 20;

  private final Optional<Path> workingFolder;

  public LocalFiles(Optional<Path> workingFolder) {
    this.workingFolder = workingFolder.map(p -> p.toAbsolutePath().normalize());
  }

  /** True when the value names a local file ({@code file://} or {@code fileb://}). */
  public static boolean isFileReference(String value) {
    return value.startsWith("file://") || value.startsWith("fileb://");
  }

  /**
   * The file a reference names, checked to lie inside the working folder.
   *
   * @return the real path when the file exists, empty when it does not exist (yet)
   */
  public Optional<Path> locate(String reference) {
    String raw = reference.substring(reference.indexOf("://") + 3);
    if (workingFolder.isEmpty()) {
      throw new CommandDenied(
          RULE_OUTSIDE,
          "local files are off: set LMI_ADVISOR_WORKDIR to a working folder to use "
              + prefix(reference)
              + " values");
    }
    if (raw.isEmpty()) {
      throw new CommandDenied(
          RULE_UNREADABLE,
          prefix(reference) + " needs a file name, e.g. " + prefix(reference) + "policy.json");
    }
    Path base = realOrNormal(workingFolder.get());
    Path candidate;
    try {
      candidate = base.resolve(raw).normalize();
    } catch (InvalidPathException e) {
      throw new CommandDenied(RULE_UNREADABLE, "'" + raw + "' is not a valid file name");
    }
    if (!candidate.startsWith(base)) {
      throw outside(raw);
    }
    Path existing = candidate;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw outside(raw);
    }
    if (!real(existing).startsWith(base)) {
      // A working folder that does not exist yet has nothing in it; its nearest existing parent
      // lies above it.
      boolean folderMissing = !Files.exists(base) && base.startsWith(existing);
      if (folderMissing) {
        return Optional.empty();
      }
      throw outside(raw);
    }
    if (!existing.equals(candidate)) {
      return Optional.empty();
    }
    Path real = real(candidate);
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new CommandDenied(RULE_UNREADABLE, "'" + raw + "' is not a regular file");
    }
    return Optional.of(real);
  }

  /** The bytes of a {@code fileb://} (or {@code file://}) reference. */
  public byte[] readBytes(String reference, long limit) {
    Path path =
        locate(reference)
            .orElseThrow(
                () ->
                    new CommandDenied(
                        RULE_UNREADABLE,
                        "'"
                            + reference
                            + "' does not exist in the working folder "
                            + workingFolder.get()));
    try {
      long size = Files.size(path);
      if (size > limit) {
        throw new CommandDenied(
            RULE_UNREADABLE,
            "'%s' has %d bytes; the limit is %d".formatted(reference, size, limit));
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new CommandDenied(
          RULE_UNREADABLE, "cannot read '" + reference + "': " + e.getClass().getSimpleName());
    }
  }

  /** The UTF-8 text of a {@code file://} reference. */
  public String readText(String reference) {
    byte[] bytes = readBytes(reference, MAX_TEXT_BYTES);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CommandDenied(
          RULE_UNREADABLE, "'" + reference + "' is not UTF-8 text; use fileb:// for binary files");
    }
  }

  private static String prefix(String reference) {
    return reference.startsWith("fileb://") ? "fileb://" : "file://";
  }

  private static CommandDenied outside(String raw) {
    return new CommandDenied(
        RULE_OUTSIDE,
        "'"
            + raw
            + "' is outside the working folder; only files inside it (after resolving links and ..) can be read");
  }

  private static Path realOrNormal(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new CommandDenied(RULE_UNREADABLE, "cannot resolve '" + path.getFileName() + "'");
    }
  }
}

package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.passage.AnsweredQuestions;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learnt models the module ships: the router (every section of the six references, and
 * off-topic), the on-topic model, one section model per reference, the passage ranker's weights and
 * the answered questions it consults, with the fingerprint of the bank and references they were
 * trained from. Written at build time by {@link ModelBuilder} into {@value #RESOURCE}.
 *
 * @param fingerprint SHA-256 over the training procedure, the references and the bank's training
 *     questions
 * @param referencesFingerprint the fingerprint of the references the ranker saw
 * @param router the question router
 * @param topic the on-topic or off-topic model
 * @param blend how the router's model is blended with the references' wording
 * @param sections the section model of each reference
 * @param ranker the passage ranker's weights
 * @param answered the bank's questions with the units that answer them, for the ranker's votes
 */
public record KnowledgeModels(
    String fingerprint,
    String referencesFingerprint,
    LinearModel router,
    LinearModel topic,
    RouterBlend blend,
    Map<ReferenceId, LinearModel> sections,
    float[] ranker,
    AnsweredQuestions answered) {

  public static final String RESOURCE = "lmi-model/models.bin.gz";

  /** Loads the shipped models; fails when the build did not produce them. */
  public static KnowledgeModels load() {
    try (InputStream in = KnowledgeModels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing from the class path; build the knowledge module with Maven");
      }
      return read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(in))));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  static KnowledgeModels read(DataInputStream in) throws IOException {
    String fingerprint = in.readUTF();
    String references = in.readUTF();
    LinearModel router = LinearModel.read(in);
    LinearModel topic = LinearModel.read(in);
    RouterBlend blend =
        new RouterBlend(in.readFloat(), in.readFloat(), in.readFloat(), in.readFloat());
    Map<ReferenceId, LinearModel> sections = new EnumMap<>(ReferenceId.class);
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      ReferenceId id = ReferenceId.fromId(in.readUTF()).orElseThrow();
      sections.put(id, LinearModel.read(in));
    }
    float[] ranker = new float[in.readInt()];
    for (int i = 0; i < ranker.length; i++) {
      ranker[i] = in.readFloat();
    }
    AnsweredQuestions answered = AnsweredQuestions.read(in);
    return new KnowledgeModels(
        fingerprint, references, router, topic, blend, sections, ranker, answered);
  }

  /** The fingerprint stored in a models file, or null when there is none. */
  static String fingerprintOf(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
      return in.readUTF();
    } catch (IOException e) {
      return null;
    }
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
      out.writeUTF(fingerprint);
      out.writeUTF(referencesFingerprint);
      router.write(out);
      topic.write(out);
      out.writeFloat(blend.weight());
      out.writeFloat(blend.temperature());
      out.writeFloat(blend.offTopicAbove());
      out.writeFloat(blend.topicShare());
      out.writeInt(sections.size());
      for (Map.Entry<ReferenceId, LinearModel> entry : sections.entrySet()) {
        out.writeUTF(entry.getKey().id());
        entry.getValue().write(out);
      }
      out.writeInt(ranker.length);
      for (float w : ranker) {
        out.writeFloat(w);
      }
      answered.write(out);
    }
  }
}

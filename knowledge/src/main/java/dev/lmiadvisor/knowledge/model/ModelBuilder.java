package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.LanguageDetector;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.passage.PassageUnit;
import dev.lmiadvisor.knowledge.passage.UnitIndex;
import dev.lmiadvisor.knowledge.text.Analyzers;
import dev.lmiadvisor.knowledge.text.FeatureVector;
import dev.lmiadvisor.knowledge.text.InstructionFilter;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the shipped models from the question bank at build time (the knowledge module's pom runs
 * it in {@code process-classes}) and writes them into the build output with their fingerprint.
 *
 * <p>Hyper-parameters are chosen by accuracy on the dev split with models trained on the train
 * split alone; the softmax temperature is fitted on dev the same way. The shipped models are then
 * trained on train and dev together. The test split is never read here.
 *
 * <p>Usage: {@code ModelBuilder <classes-folder> <bank-folder>}
 */
public final class ModelBuilder {

  static final PrintStream LOG = System.err;

  private ModelBuilder() {}

  public static void main(String[] args) throws IOException {
    Path output = Path.of(args[0]).resolve(KnowledgeModels.RESOURCE);
    Path bank = Path.of(args[1]);
    ReferenceLibrary library = ReferenceLibrary.load();
    String fingerprint = fingerprint(library, bank);
    if (fingerprint.equals(KnowledgeModels.fingerprintOf(output))) {
      LOG.println("knowledge models are up to date (" + fingerprint.substring(0, 12) + ")");
      return;
    }
    List<BankQuestion> train = BankQuestion.read(bank.resolve("train.jsonl"));
    List<BankQuestion> dev = BankQuestion.read(bank.resolve("dev.jsonl"));
    List<BankQuestion> both = new ArrayList<>(train);
    both.addAll(dev);

    UnitIndex index = new UnitIndex(library, new Analyzers());
    boolean trainOnly = System.getenv("LMI_TRAIN_ONLY") != null;
    if (trainOnly) {
      // For measuring dev honestly while working on the models: ship what never saw dev.
      both = train;
      fingerprint = "train-only-" + fingerprint;
    }
    List<BankQuestion> questionsOnly = List.copyOf(train);
    List<BankQuestion> allQuestions = List.copyOf(both);
    // The references' own passages teach the router and the section models their wording.
    List<BankQuestion> passages = passagesAsQuestions(library, index);
    train = concat(train, passages);
    both = concat(both, passages);
    RouterTraining.Fit fit = RouterTraining.fit(train, dev, both);
    LinearModel router = fit.shipped();
    TopicFit topic = topic(questionsOnly, dev, allQuestions);
    RouterBlend blend = blend(fit.trainOnly(), topic.trainOnly(), dev, index);
    double sectionC = SectionModels.bestC(train, dev);
    // Train-only models leave dev to measure the ranker too; the shipped ranker learns from both.
    float[] ranker =
        RankerTraining.weights(questionsOnly, trainOnly ? List.of() : dev, train, sectionC, index);
    Map<ReferenceId, LinearModel> sections = SectionModels.fit(both, sectionC);
    new KnowledgeModels(
            fingerprint,
            library.fingerprint(),
            router,
            topic.shipped(),
            blend,
            sections,
            ranker,
            RankerTraining.answered(allQuestions, index))
        .write(output);
    LOG.printf(
        Locale.ROOT,
        "knowledge models written: %d train + %d dev questions, %s%n",
        train.size(),
        dev.size(),
        fingerprint.substring(0, 12));
  }

  /**
   * Every passage unit of the references as a labelled example: the references' own words, in
   * English and Chinese, for the questions the bank does not phrase.
   */
  private static List<BankQuestion> passagesAsQuestions(ReferenceLibrary library, UnitIndex index) {
    List<BankQuestion> out = new ArrayList<>();
    for (Language language : List.of(Language.EN, Language.ZH)) {
      for (ReferenceId id : ReferenceId.values()) {
        for (PassageUnit unit : index.units(id, language)) {
          out.add(
              new BankQuestion(
                  unit.heading() + "\n" + unit.text(),
                  language.code(),
                  id.id(),
                  unit.sectionId(),
                  "passage",
                  null));
        }
      }
    }
    return out;
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Everything the models depend on: the procedure, the references and the training questions. */
  static String fingerprint(ReferenceLibrary library, Path bank) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Training.VERSION.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) QuestionFeatures.BITS);
      digest.update(library.fingerprint().getBytes(StandardCharsets.UTF_8));
      for (String split : List.of("train.jsonl", "dev.jsonl")) {
        digest.update(Files.readAllBytes(bank.resolve(split)));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  static FeatureVector features(BankQuestion q) {
    return QuestionFeatures.of(InstructionFilter.strip(q.question()));
  }

  private static final float[] BLEND_WEIGHTS = {0, 1, 2, 3, 4, 5, 6, 8};

  /** The on-topic model trained on train alone, and the one shipped. */
  private record TopicFit(LinearModel trainOnly, LinearModel shipped) {}

  /**
   * Two classes, off-topic and on-topic, learnt from the bank's questions only (the references'
   * passages would all be on topic and drown the off-topic class).
   */
  private static TopicFit topic(
      List<BankQuestion> train, List<BankQuestion> dev, List<BankQuestion> both) {
    double bestC = 1;
    double bestLoss = Double.MAX_VALUE;
    LinearModel best = null;
    List<FeatureVector> devX = dev.stream().map(ModelBuilder::features).toList();
    List<String> devY = dev.stream().map(ModelBuilder::topicLabel).toList();
    for (double c : new double[] {1, 4, 16}) {
      LinearModel model =
          Training.fit(
              train.stream().map(ModelBuilder::features).toList(),
              train.stream().map(ModelBuilder::topicLabel).toList(),
              c);
      float t = Training.temperature(model, devX, devY);
      double loss = 0;
      for (int i = 0; i < devX.size(); i++) {
        double[] p = LinearModel.softmax(model.scores(devX.get(i)), t);
        loss -= Math.log(Math.max(p[model.labels().indexOf(devY.get(i))], 1e-9));
      }
      LOG.printf(Locale.ROOT, "topic C=%.0f: dev log loss %.2f%n", c, loss);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestC = c;
        best = model.withTemperature(t);
      }
    }
    LinearModel shipped =
        Training.fit(
                both.stream().map(ModelBuilder::features).toList(),
                both.stream().map(ModelBuilder::topicLabel).toList(),
                bestC)
            .withTemperature(best.temperature());
    return new TopicFit(best, shipped);
  }

  /** "0 off" sorts first, so probabilities()[0] is the off-topic one. */
  private static String topicLabel(BankQuestion q) {
    return q.onTopic() ? "1 on" : "0 off";
  }

  /**
   * The BM25 weight with the best dev accuracy, the temperature that calibrates the blend, and the
   * on-topic threshold.
   */
  private static RouterBlend blend(
      LinearModel router, LinearModel topic, List<BankQuestion> dev, UnitIndex index) {
    int offTopic = RouterLabels.OFF_TOPIC;
    List<BankQuestion> onTopic = dev.stream().filter(BankQuestion::onTopic).toList();
    List<double[]> model = new ArrayList<>();
    List<Map<ReferenceId, Float>> evidence = new ArrayList<>();
    for (BankQuestion q : onTopic) {
      String asked = InstructionFilter.strip(q.question());
      model.add(
          RouterLabels.byReference(
              router.labels(), router.probabilities(QuestionFeatures.of(asked))));
      evidence.add(index.bestByReference(LanguageDetector.detect(asked), asked));
    }
    float bestWeight = 0;
    double bestAccuracy = -1;
    for (float weight : BLEND_WEIGHTS) {
      RouterBlend blend = new RouterBlend(weight, 1f, 0.5f, 0.5f);
      int right = 0;
      for (int i = 0; i < onTopic.size(); i++) {
        double[] p = blend.probabilities(model.get(i), evidence.get(i));
        p[offTopic] = -1;
        right += ReferenceId.values()[argmax(p)].id().equals(onTopic.get(i).reference()) ? 1 : 0;
      }
      double accuracy = (double) right / onTopic.size();
      LOG.printf(Locale.ROOT, "blend weight %.0f: dev on-topic accuracy %.4f%n", weight, accuracy);
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        bestWeight = weight;
      }
    }
    float bestTemperature = 1f;
    double bestLoss = Double.MAX_VALUE;
    for (float t = 0.1f; t <= 4f; t += 0.05f) {
      RouterBlend blend = new RouterBlend(bestWeight, t, 0.5f, 0.5f);
      double loss = 0;
      for (int i = 0; i < onTopic.size(); i++) {
        double[] p = blend.probabilities(model.get(i), evidence.get(i));
        int label = ReferenceId.fromId(onTopic.get(i).reference()).orElseThrow().ordinal();
        loss -= Math.log(Math.max(p[label] / Math.max(1 - p[offTopic], 1e-9), 1e-9));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        bestTemperature = t;
      }
    }
    OffTopicCut cut = OffTopicCut.chosenOn(router, topic, dev);
    LOG.printf(
        Locale.ROOT,
        "blend: weight %.0f, temperature %.2f, off topic above %.3f with topic share %.1f%n",
        bestWeight,
        bestTemperature,
        cut.threshold(),
        cut.topicShare());
    return new RouterBlend(bestWeight, bestTemperature, cut.threshold(), cut.topicShare());
  }

  static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}

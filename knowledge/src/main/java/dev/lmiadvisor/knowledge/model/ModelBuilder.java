package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.LanguageDetector;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.passage.PassageRanker;
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
import java.util.EnumMap;
import java.util.HashMap;
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

  private static final double[] ROUTER_C = {2, 8, 32};
  private static final double[] SECTION_C = {4, 16};

  private static final int HARD_NEGATIVES = 40;

  private static final PrintStream LOG = System.err;

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
    RouterFit fit = router(train, dev, both);
    LinearModel router = fit.shipped();
    RouterBlend blend = blend(fit.trainOnly(), dev, index);
    // The references' own passages teach the section models their wording; for the router they
    // measured no better on dev and made off-topic detection worse, so it learns from questions.
    List<BankQuestion> passages = passagesAsQuestions(library, index);
    train = concat(train, passages);
    both = concat(both, passages);
    double sectionC = bestSectionC(train, dev);
    Map<ReferenceId, LinearModel> trainSections = sectionModels(train, sectionC);
    float[] ranker = ranker(dev, trainSections, index);
    Map<ReferenceId, LinearModel> sections = sectionModels(both, sectionC);
    new KnowledgeModels(fingerprint, library.fingerprint(), router, blend, sections, ranker).write(output);
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

  private static <T> List<T> concat(List<T> a, List<T> b) {
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

  private static FeatureVector features(BankQuestion q) {
    return QuestionFeatures.of(InstructionFilter.strip(q.question()));
  }

  /** The router trained on train alone (for choosing the blend on dev) and the one shipped. */
  private record RouterFit(LinearModel trainOnly, LinearModel shipped) {}

  private static RouterFit router(
      List<BankQuestion> train, List<BankQuestion> dev, List<BankQuestion> both) {
    List<FeatureVector> trainX = train.stream().map(ModelBuilder::features).toList();
    List<String> trainY = train.stream().map(BankQuestion::reference).toList();
    List<FeatureVector> devX = dev.stream().map(ModelBuilder::features).toList();
    List<String> devY = dev.stream().map(BankQuestion::reference).toList();
    double bestC = ROUTER_C[0];
    double bestAccuracy = -1;
    LinearModel bestModel = null;
    for (double c : ROUTER_C) {
      LinearModel model = Training.fit(trainX, trainY, c);
      double accuracy = accuracy(model, devX, devY);
      LOG.printf(Locale.ROOT, "router C=%.0f: dev accuracy %.4f%n", c, accuracy);
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        bestC = c;
        bestModel = model;
      }
    }
    float temperature = Training.temperature(bestModel, devX, devY);
    report(bestModel.withTemperature(temperature), dev, devX);
    List<FeatureVector> allX = both.stream().map(ModelBuilder::features).toList();
    List<String> allY = both.stream().map(BankQuestion::reference).toList();
    LOG.printf(Locale.ROOT, "router: C=%.0f, temperature %.2f%n", bestC, temperature);
    return new RouterFit(
        bestModel.withTemperature(temperature),
        Training.fit(allX, allY, bestC).withTemperature(temperature));
  }

  private static final float[] BLEND_WEIGHTS = {0, 1, 2, 3, 4, 5, 6, 8};

  /** The BM25 weight with the best dev accuracy, and the temperature that calibrates the blend. */
  private static RouterBlend blend(LinearModel router, List<BankQuestion> dev, UnitIndex index) {
    int offTopic = router.labels().indexOf(BankQuestion.OFF_TOPIC);
    List<BankQuestion> onTopic = dev.stream().filter(BankQuestion::onTopic).toList();
    List<double[]> model = new ArrayList<>();
    List<Map<ReferenceId, Float>> evidence = new ArrayList<>();
    for (BankQuestion q : onTopic) {
      String asked = InstructionFilter.strip(q.question());
      model.add(router.probabilities(QuestionFeatures.of(asked)));
      evidence.add(index.bestByReference(LanguageDetector.detect(asked), asked));
    }
    float bestWeight = 0;
    double bestAccuracy = -1;
    for (float weight : BLEND_WEIGHTS) {
      RouterBlend blend = new RouterBlend(weight, 1f);
      int right = 0;
      for (int i = 0; i < onTopic.size(); i++) {
        double[] p = blend.probabilities(model.get(i), router.labels(), evidence.get(i), offTopic);
        p[offTopic] = -1;
        right += router.labels().get(argmax(p)).equals(onTopic.get(i).reference()) ? 1 : 0;
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
      RouterBlend blend = new RouterBlend(bestWeight, t);
      double loss = 0;
      for (int i = 0; i < onTopic.size(); i++) {
        double[] p = blend.probabilities(model.get(i), router.labels(), evidence.get(i), offTopic);
        int label = router.labels().indexOf(onTopic.get(i).reference());
        loss -= Math.log(Math.max(p[label] / Math.max(1 - p[offTopic], 1e-9), 1e-9));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        bestTemperature = t;
      }
    }
    LOG.printf(
        Locale.ROOT, "blend: weight %.0f, temperature %.2f%n", bestWeight, bestTemperature);
    return new RouterBlend(bestWeight, bestTemperature);
  }

  private static double accuracy(LinearModel model, List<FeatureVector> xs, List<String> ys) {
    int right = 0;
    for (int i = 0; i < xs.size(); i++) {
      if (model.labels().get(argmax(model.scores(xs.get(i)))).equals(ys.get(i))) {
        right++;
      }
    }
    return (double) right / xs.size();
  }

  private static void report(LinearModel model, List<BankQuestion> dev, List<FeatureVector> devX) {
    Map<String, int[]> perLanguage = new HashMap<>();
    // Set to list each dev question the router gets wrong, while working on the features.
    boolean misses = System.getenv("LMI_TRAINING_MISSES") != null;
    for (int i = 0; i < dev.size(); i++) {
      BankQuestion q = dev.get(i);
      String predicted = model.labels().get(argmax(model.scores(devX.get(i))));
      if (misses && !predicted.equals(q.reference())) {
        LOG.printf("  MISS %s -> %s [%s] %s%n", q.reference(), predicted, q.kind(), q.question());
      }
      int[] counts =
          perLanguage.computeIfAbsent(q.onTopic() ? q.language() : "off", k -> new int[2]);
      counts[0]++;
      counts[1] += predicted.equals(q.reference()) ? 1 : 0;
    }
    perLanguage.forEach(
        (language, c) ->
            LOG.printf(
                Locale.ROOT,
                "  dev %s: %d/%d = %.3f%n",
                language,
                c[1],
                c[0],
                (double) c[1] / c[0]));
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

  private static double bestSectionC(List<BankQuestion> train, List<BankQuestion> dev) {
    double bestC = SECTION_C[0];
    double best = -1;
    for (double c : SECTION_C) {
      Map<ReferenceId, LinearModel> models = sectionModels(train, c);
      int right = 0;
      int total = 0;
      for (BankQuestion q : dev) {
        LinearModel model = labelled(q) ? models.get(reference(q)) : null;
        if (model != null) {
          total++;
          right +=
              model.labels().get(argmax(model.scores(features(q)))).equals(q.section()) ? 1 : 0;
        }
      }
      double accuracy = total == 0 ? 0 : (double) right / total;
      LOG.printf(Locale.ROOT, "sections C=%.0f: dev section accuracy %.4f%n", c, accuracy);
      if (accuracy > best) {
        best = accuracy;
        bestC = c;
      }
    }
    return bestC;
  }

  private static boolean labelled(BankQuestion q) {
    return q.onTopic() && q.section() != null && ReferenceId.fromId(q.reference()).isPresent();
  }

  private static ReferenceId reference(BankQuestion q) {
    return ReferenceId.fromId(q.reference()).orElseThrow();
  }

  private static Map<ReferenceId, LinearModel> sectionModels(
      List<BankQuestion> questions, double c) {
    Map<ReferenceId, LinearModel> models = new EnumMap<>(ReferenceId.class);
    for (ReferenceId id : ReferenceId.values()) {
      List<BankQuestion> mine =
          questions.stream().filter(q -> labelled(q) && reference(q) == id).toList();
      if (mine.stream().map(BankQuestion::section).distinct().count() >= 2) {
        models.put(
            id,
            Training.fit(
                mine.stream().map(ModelBuilder::features).toList(),
                mine.stream().map(BankQuestion::section).toList(),
                c));
      }
    }
    return models;
  }

  /**
   * The passage ranker, learnt on dev questions with section models that never saw them: pairs of
   * (a unit that answers, a unit that does not) of the question's reference.
   */
  private static float[] ranker(
      List<BankQuestion> dev, Map<ReferenceId, LinearModel> sections, UnitIndex index) {
    PassageRanker features = new PassageRanker(index, new float[PassageRanker.FEATURES]);
    List<double[]> differences = new ArrayList<>();
    for (BankQuestion q : dev) {
      if (!labelled(q) || PassageRanker.NOT_PASSAGES.contains(q.section())) {
        continue;
      }
      ReferenceId id = reference(q);
      String asked = InstructionFilter.strip(q.question());
      Language language = LanguageDetector.detect(asked).referenceLanguage();
      Map<String, Double> probabilities = probabilities(sections.get(id), asked);
      Map<PassageUnit, double[]> candidates =
          features.candidates(asked, language, id, probabilities);
      List<PassageUnit> good = AnswerMatch.answering(q, candidates.keySet());
      if (good.isEmpty()) {
        continue;
      }
      // The hardest wrong units teach the most; the rest add pairs, not information.
      List<Map.Entry<PassageUnit, double[]>> wrong =
          candidates.entrySet().stream()
              .filter(e -> !good.contains(e.getKey()))
              .sorted(
                  java.util.Comparator.comparingDouble(
                          (Map.Entry<PassageUnit, double[]> e) ->
                              e.getValue()[0] + 2 * e.getValue()[1])
                      .reversed())
              .limit(HARD_NEGATIVES)
              .toList();
      for (Map.Entry<PassageUnit, double[]> bad : wrong) {
        for (PassageUnit unit : good.subList(0, Math.min(3, good.size()))) {
          double[] g = candidates.get(unit);
          double[] d = new double[g.length];
          for (int i = 0; i < g.length; i++) {
            d[i] = g[i] - bad.getValue()[i];
          }
          differences.add(d);
        }
      }
    }
    float[] weights = Training.pairwise(differences, 1);
    LOG.println("ranker weights " + java.util.Arrays.toString(weights));
    return weights;
  }

  static Map<String, Double> probabilities(LinearModel model, String asked) {
    Map<String, Double> out = new HashMap<>();
    if (model != null) {
      double[] p = model.probabilities(QuestionFeatures.of(asked));
      for (int i = 0; i < p.length; i++) {
        out.put(model.labels().get(i), p[i]);
      }
    }
    return out;
  }
}

package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.LanguageDetector;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.passage.AnsweredQuestions;
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

  private static final double[] ROUTER_C = {8, 32, 128};
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
    RouterFit fit = router(train, dev, both);
    LinearModel router = fit.shipped();
    TopicFit topic = topic(questionsOnly, dev, allQuestions);
    RouterBlend blend = blend(fit.trainOnly(), topic.trainOnly(), dev, index);
    double sectionC = bestSectionC(train, dev);
    // Train-only models leave dev to measure the ranker too; the shipped ranker learns from both.
    float[] ranker = ranker(questionsOnly, trainOnly ? List.of() : dev, train, sectionC, index);
    Map<ReferenceId, LinearModel> sections = sectionModels(both, sectionC);
    new KnowledgeModels(
            fingerprint,
            library.fingerprint(),
            router,
            topic.shipped(),
            blend,
            sections,
            ranker,
            answered(allQuestions, index))
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
    List<String> trainY = train.stream().map(RouterLabels::of).toList();
    List<FeatureVector> devX = dev.stream().map(ModelBuilder::features).toList();
    double bestC = ROUTER_C[0];
    double bestAccuracy = -1;
    LinearModel bestModel = null;
    for (double c : ROUTER_C) {
      LinearModel model = Training.fit(trainX, trainY, c);
      double accuracy = accuracy(model, dev, devX, 1f);
      LOG.printf(
          Locale.ROOT,
          "router C=%.0f: dev accuracy %.4f (%d weights)%n",
          c,
          accuracy,
          model.size());
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        bestC = c;
        bestModel = model;
      }
    }
    float temperature = temperature(bestModel, dev, devX);
    report(bestModel.withTemperature(temperature), dev, devX);
    List<FeatureVector> allX = both.stream().map(ModelBuilder::features).toList();
    List<String> allY = both.stream().map(RouterLabels::of).toList();
    LOG.printf(Locale.ROOT, "router: C=%.0f, temperature %.2f%n", bestC, temperature);
    return new RouterFit(
        bestModel.withTemperature(temperature),
        Training.fit(allX, allY, bestC).withTemperature(temperature));
  }

  /** The label a question gets from the router, at reference level (off-topic included). */
  private static String predicted(LinearModel model, FeatureVector x, float temperature) {
    double[] p =
        RouterLabels.byReference(model.labels(), LinearModel.softmax(model.scores(x), temperature));
    int best = argmax(p);
    return best == RouterLabels.OFF_TOPIC
        ? BankQuestion.OFF_TOPIC
        : ReferenceId.values()[best].id();
  }

  private static double accuracy(
      LinearModel model, List<BankQuestion> dev, List<FeatureVector> xs, float temperature) {
    int right = 0;
    for (int i = 0; i < xs.size(); i++) {
      right += predicted(model, xs.get(i), temperature).equals(dev.get(i).reference()) ? 1 : 0;
    }
    return (double) right / xs.size();
  }

  /** The temperature that minimises the dev log loss of the reference-level probabilities. */
  private static float temperature(
      LinearModel model, List<BankQuestion> dev, List<FeatureVector> xs) {
    float best = 1f;
    double bestLoss = Double.MAX_VALUE;
    for (float t = 0.1f; t <= 4.0f; t += 0.05f) {
      double loss = 0;
      for (int i = 0; i < xs.size(); i++) {
        double[] p =
            RouterLabels.byReference(
                model.labels(), LinearModel.softmax(model.scores(xs.get(i)), t));
        BankQuestion q = dev.get(i);
        int label =
            q.onTopic()
                ? ReferenceId.fromId(q.reference()).orElseThrow().ordinal()
                : RouterLabels.OFF_TOPIC;
        loss -= Math.log(Math.max(p[label], 1e-9));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = t;
      }
    }
    return best;
  }

  private static void report(LinearModel model, List<BankQuestion> dev, List<FeatureVector> devX) {
    Map<String, int[]> perLanguage = new HashMap<>();
    // Set to list each dev question the router gets wrong, while working on the features.
    boolean misses = System.getenv("LMI_TRAINING_MISSES") != null;
    for (int i = 0; i < dev.size(); i++) {
      BankQuestion q = dev.get(i);
      String predicted = predicted(model, devX.get(i), model.temperature());
      if (misses && !predicted.equals(q.reference())) {
        LOG.printf(
            Locale.ROOT,
            "  MISS %s -> %s [%s] %s%n",
            q.reference(),
            predicted,
            q.kind(),
            q.question());
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
    OffTopicCut cut = offTopicCut(router, topic, dev);
    LOG.printf(
        Locale.ROOT,
        "blend: weight %.0f, temperature %.2f, off topic above %.3f with topic share %.1f%n",
        bestWeight,
        bestTemperature,
        cut.threshold(),
        cut.topicShare());
    return new RouterBlend(bestWeight, bestTemperature, cut.threshold(), cut.topicShare());
  }

  /** Topic shares tried, the plain mean first: a share must catch more to be chosen over it. */
  private static final float[] TOPIC_SHARES = {0.5f, 0.3f, 0.4f, 0.6f, 0.7f};

  /** Where off topic begins, and how the two models' views are mixed. */
  private record OffTopicCut(float threshold, float topicShare, int caught) {}

  /**
   * The off-topic cut that catches the most off-topic dev questions while turning away at most 1 %
   * of the LMI ones, the bound on that error: for each topic share, the lowest threshold
   * within that bound.
   */
  private static OffTopicCut offTopicCut(
      LinearModel router, LinearModel topic, List<BankQuestion> dev) {
    List<double[]> topics = new ArrayList<>();
    List<double[]> routers = new ArrayList<>();
    for (BankQuestion q : dev) {
      FeatureVector x = features(q);
      topics.add(topic.probabilities(x));
      routers.add(RouterLabels.byReference(router.labels(), router.probabilities(x)));
    }
    OffTopicCut best = null;
    for (float share : TOPIC_SHARES) {
      List<Double> p = new ArrayList<>();
      for (int i = 0; i < dev.size(); i++) {
        p.add(RouterBlend.offTopicProbability(topics.get(i), routers.get(i), share));
      }
      OffTopicCut cut = lowestThreshold(p, dev, share);
      if (best == null || cut.caught() > best.caught()) {
        best = cut;
      }
    }
    return best;
  }

  private static OffTopicCut lowestThreshold(List<Double> p, List<BankQuestion> dev, float share) {
    long onTopic = dev.stream().filter(BankQuestion::onTopic).count();
    for (float t = 0.05f; t < 0.99f; t += 0.005f) {
      int wronglyFlagged = 0;
      int caught = 0;
      for (int i = 0; i < dev.size(); i++) {
        boolean flagged = p.get(i) > t;
        if (dev.get(i).onTopic() && flagged) {
          wronglyFlagged++;
        } else if (!dev.get(i).onTopic() && flagged) {
          caught++;
        }
      }
      if (wronglyFlagged <= onTopic / 100) {
        LOG.printf(
            Locale.ROOT,
            "topic share %.1f, off topic above %.3f: %d of %d off-topic dev questions caught, %d of"
                + " %d LMI ones flagged%n",
            share,
            t,
            caught,
            dev.size() - onTopic,
            wronglyFlagged,
            onTopic);
        return new OffTopicCut(t, share, caught);
      }
    }
    return new OffTopicCut(0.99f, share, 0);
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
      List<BankQuestion> bankTrain,
      List<BankQuestion> dev,
      List<BankQuestion> trainWithPassages,
      double sectionC,
      UnitIndex index) {
    List<double[]> differences = new ArrayList<>();
    // Dev questions, with section models and answered questions that never saw them.
    pairs(
        dev,
        sectionModels(trainWithPassages, sectionC),
        answered(bankTrain, index),
        index,
        differences);
    // The bank's training questions in two halves, each with section models of the other half:
    // the ranker must learn how far to trust a section model on questions that model did not see.
    List<BankQuestion> passagesOnly =
        trainWithPassages.stream().filter(q -> "passage".equals(q.kind())).toList();
    List<BankQuestion> even = new ArrayList<>();
    List<BankQuestion> odd = new ArrayList<>();
    for (int i = 0; i < bankTrain.size(); i++) {
      (i % 2 == 0 ? even : odd).add(bankTrain.get(i));
    }
    pairs(
        even,
        sectionModels(concat(odd, passagesOnly), sectionC),
        answered(odd, index),
        index,
        differences);
    pairs(
        odd,
        sectionModels(concat(even, passagesOnly), sectionC),
        answered(even, index),
        index,
        differences);
    float[] weights = Training.pairwise(differences, 1);
    LOG.println(
        "ranker: " + differences.size() + " pairs, weights " + java.util.Arrays.toString(weights));
    return weights;
  }

  /** The labelled bank questions with the units that answer them, for the ranker's votes. */
  static AnsweredQuestions answered(List<BankQuestion> questions, UnitIndex index) {
    List<AnsweredQuestions.Asked> out = new ArrayList<>();
    for (BankQuestion q : questions) {
      if (!labelled(q) || PassageRanker.NOT_PASSAGES.contains(q.section())) {
        continue;
      }
      String asked = InstructionFilter.strip(q.question());
      Language language = LanguageDetector.detect(asked).referenceLanguage();
      List<PassageUnit> good = AnswerMatch.answering(q, index.units(reference(q), language));
      if (!good.isEmpty()) {
        out.add(AnsweredQuestions.asked(asked, reference(q), good, index));
      }
    }
    return AnsweredQuestions.of(out);
  }

  private static void pairs(
      List<BankQuestion> questions,
      Map<ReferenceId, LinearModel> sections,
      AnsweredQuestions answered,
      UnitIndex index,
      List<double[]> differences) {
    PassageRanker features = new PassageRanker(index, new float[PassageRanker.FEATURES], answered);
    for (BankQuestion q : questions) {
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
      // Other units of the answering section are neither right nor wrong, unless the question's
      // stated answer picked the good units out: then they are wrong too, and the ranker learns to
      // put the unit that states the answer before its neighbours (on dev: 43.4 % -> 44.6 % of
      // answers in the first passage).
      boolean stated =
          q.answer() != null && good.stream().allMatch(u -> AnswerMatch.carries(u, q.answer()));
      List<PassageUnit> sameSection =
          stated
              ? List.of()
              : candidates.keySet().stream()
                  .filter(u -> u.sectionId().equals(q.section()))
                  .toList();
      // The hardest wrong units teach the most; the rest add pairs, not information.
      List<Map.Entry<PassageUnit, double[]>> wrong =
          candidates.entrySet().stream()
              .filter(e -> !sameSection.contains(e.getKey()) && !good.contains(e.getKey()))
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
  }

  static Map<String, Double> probabilities(LinearModel model, String asked) {
    return model == null ? Map.of() : model.probabilitiesByLabel(QuestionFeatures.of(asked));
  }
}

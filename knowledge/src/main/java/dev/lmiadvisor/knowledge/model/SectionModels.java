package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.ReferenceId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One model per reference that tells which of its sections a question asks about, trained on the
 * bank's questions labelled with a section and on the references' own passages.
 */
final class SectionModels {

  /** Regularisation tried; dev chooses. */
  private static final double[] SECTION_C = {4, 16};

  private SectionModels() {}

  static double bestC(List<BankQuestion> train, List<BankQuestion> dev) {
    double bestC = SECTION_C[0];
    double best = -1;
    for (double c : SECTION_C) {
      Map<ReferenceId, LinearModel> models = fit(train, c);
      int right = 0;
      int total = 0;
      for (BankQuestion q : dev) {
        LinearModel model = labelled(q) ? models.get(reference(q)) : null;
        if (model != null) {
          total++;
          right +=
              model
                      .labels()
                      .get(ModelBuilder.argmax(model.scores(ModelBuilder.features(q))))
                      .equals(q.section())
                  ? 1
                  : 0;
        }
      }
      double accuracy = total == 0 ? 0 : (double) right / total;
      ModelBuilder.LOG.printf(
          Locale.ROOT, "sections C=%.0f: dev section accuracy %.4f%n", c, accuracy);
      if (accuracy > best) {
        best = accuracy;
        bestC = c;
      }
    }
    return bestC;
  }

  static boolean labelled(BankQuestion q) {
    return q.onTopic() && q.section() != null && ReferenceId.fromId(q.reference()).isPresent();
  }

  static ReferenceId reference(BankQuestion q) {
    return ReferenceId.fromId(q.reference()).orElseThrow();
  }

  static Map<ReferenceId, LinearModel> fit(List<BankQuestion> questions, double c) {
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
}

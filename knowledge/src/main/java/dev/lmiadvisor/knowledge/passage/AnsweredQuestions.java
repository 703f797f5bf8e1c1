package dev.lmiadvisor.knowledge.passage;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions of the bank with the passage units that answer them, kept as word vectors. A new
 * question worded like some of them is likely answered by the same units: the passage ranker takes
 * the votes of the nearest ones as one of its inputs. Words are enough here (on dev, character
 * n-grams added two answers in 113); they keep the store small.
 */
public final class AnsweredQuestions {

  /** How many of the most similar questions vote. */
  static final int NEIGHBOURS = 10;

  public static final AnsweredQuestions NONE = new AnsweredQuestions(List.of());

  /**
   * One answered question.
   *
   * @param reference the reference it was asked of
   * @param language the reference language of its answering units
   * @param words its term ids, ascending
   * @param weights the L2-normalised weight of each term
   * @param units the ordinals ({@link UnitIndex#ordinal}) of the units that answer it
   */
  public record Asked(
      ReferenceId reference, Language language, int[] words, float[] weights, int[] units) {}

  private final List<Asked> questions;
  private final Map<Language, Map<ReferenceId, List<Asked>>> byReference =
      new EnumMap<>(Language.class);

  private AnsweredQuestions(List<Asked> questions) {
    this.questions = List.copyOf(questions);
    for (Asked q : this.questions) {
      byReference
          .computeIfAbsent(q.language(), k -> new EnumMap<>(ReferenceId.class))
          .computeIfAbsent(q.reference(), k -> new ArrayList<>())
          .add(q);
    }
  }

  public static AnsweredQuestions of(List<Asked> questions) {
    return new AnsweredQuestions(questions);
  }

  /** A question and the units that answer it, ready to store. */
  public static Asked asked(
      String question, ReferenceId reference, List<PassageUnit> answering, UnitIndex index) {
    Vector v = vector(QuestionFeatures.terms(question));
    int[] units = answering.stream().mapToInt(index::ordinal).toArray();
    return new Asked(reference, answering.get(0).language(), v.ids(), v.weights(), units);
  }

  public int size() {
    return questions.size();
  }

  /**
   * The votes of the questions nearest to these terms for the units of one reference: each of the
   * {@value #NEIGHBOURS} nearest gives its answering units its squared cosine similarity, shared
   * among them. Units nobody voted for are absent.
   */
  public Map<PassageUnit, Double> votes(
      List<QuestionFeatures.Term> terms,
      ReferenceId reference,
      Language language,
      UnitIndex index) {
    List<Asked> mine =
        byReference
            .getOrDefault(language.referenceLanguage(), Map.of())
            .getOrDefault(reference, List.of());
    Map<PassageUnit, Double> votes = new HashMap<>();
    if (mine.isEmpty() || terms.isEmpty()) {
      return votes;
    }
    Vector asked = vector(terms);
    double[] similarity = new double[mine.size()];
    Integer[] order = new Integer[mine.size()];
    for (int i = 0; i < similarity.length; i++) {
      similarity[i] = asked.dot(mine.get(i));
      order[i] = i;
    }
    // Ties go to the earlier question, so the votes are the same on every run.
    Arrays.sort(order, (a, b) -> Double.compare(similarity[b], similarity[a]));
    for (int i = 0; i < Math.min(NEIGHBOURS, order.length); i++) {
      double s = similarity[order[i]];
      if (s <= 0) {
        break;
      }
      Asked near = mine.get(order[i]);
      for (int unit : near.units()) {
        votes.merge(index.unit(language, unit), s * s / near.units().length, Double::sum);
      }
    }
    return votes;
  }

  /** Term ids with L2-normalised counts. */
  private record Vector(int[] ids, float[] weights) {
    double dot(Asked other) {
      double sum = 0;
      int i = 0;
      int j = 0;
      while (i < ids.length && j < other.words().length) {
        int a = ids[i];
        int b = other.words()[j];
        if (a == b) {
          sum += weights[i++] * other.weights()[j++];
        } else if (a < b) {
          i++;
        } else {
          j++;
        }
      }
      return sum;
    }
  }

  private static Vector vector(List<QuestionFeatures.Term> terms) {
    Map<Integer, Integer> counts = new java.util.TreeMap<>();
    for (QuestionFeatures.Term term : terms) {
      counts.merge(QuestionFeatures.hash(term.feature()), 1, Integer::sum);
    }
    int[] ids = new int[counts.size()];
    float[] weights = new float[counts.size()];
    double norm = 0;
    int i = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      ids[i] = e.getKey();
      weights[i] = e.getValue();
      norm += weights[i] * weights[i];
      i++;
    }
    for (int k = 0; k < weights.length; k++) {
      weights[k] /= (float) Math.sqrt(norm);
    }
    return new Vector(ids, weights);
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeInt(questions.size());
    for (Asked q : questions) {
      out.writeByte(q.reference().ordinal());
      out.writeByte(q.language().ordinal());
      out.writeShort(q.words().length);
      for (int k = 0; k < q.words().length; k++) {
        out.writeInt(q.words()[k]);
        out.writeFloat(q.weights()[k]);
      }
      out.writeShort(q.units().length);
      for (int unit : q.units()) {
        out.writeInt(unit);
      }
    }
  }

  public static AnsweredQuestions read(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<Asked> questions = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      ReferenceId reference = ReferenceId.values()[in.readByte()];
      Language language = Language.values()[in.readByte()];
      int[] words = new int[in.readShort()];
      float[] weights = new float[words.length];
      for (int k = 0; k < words.length; k++) {
        words[k] = in.readInt();
        weights[k] = in.readFloat();
      }
      int[] units = new int[in.readShort()];
      for (int k = 0; k < units.length; k++) {
        units[k] = in.readInt();
      }
      questions.add(new Asked(reference, language, words, weights, units));
    }
    return new AnsweredQuestions(questions);
  }
}

package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.text.FeatureVector;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-class linear model over hashed features: a weight per (feature, label) and a bias per
 * label, with a softmax temperature fitted on questions the model was not trained on, so that its
 * probabilities are calibrated.
 *
 * <p>Weights are stored sparsely, feature by feature (ascending ids, each with the labels it
 * weighs), as IEEE half-precision floats: a score is compared, not accumulated over millions of
 * terms, and most (feature, label) weights are too small to change any decision ({@link Training}
 * leaves those out).
 *
 * <p>Scoring is a route's largest share of time, and most of it is waiting on memory, so the layout
 * in memory is built for lookups: a feature is found through a bucket table over the high bits of
 * its id (hashed ids spread evenly, so a bucket holds a handful of neighbouring ids), each id sits
 * next to where its weights start, and each weight next to its label.
 */
public final class LinearModel {

  private static final int FORMAT = 2;

  /** Ids that agree above their low bits share a bucket: 64 ids, about ten of them stored. */
  private static final int BUCKET_BITS = 6;

  private final List<String> labels;

  /**
   * Feature i's id at 2i and the start of its weights in {@code weights} at 2i + 1; a last pair (no
   * id, the end of the weights) closes the last feature's run.
   */
  private final int[] features;

  /** Each weight's label in the high 16 bits and its half-precision value in the low 16. */
  private final int[] weights;

  private final float[] bias;
  private final float temperature;
  private final int[] bucketStarts;

  /**
   * @param features feature ids, ascending
   * @param offsets where each feature's weights start in {@code classes} and {@code weights}, one
   *     more entry than features
   * @param classes the label index of each stored weight
   * @param weights the stored weights
   */
  public LinearModel(
      List<String> labels,
      int[] features,
      int[] offsets,
      short[] classes,
      float[] weights,
      float[] bias,
      float temperature) {
    this(labels, features, offsets, classes, half(weights), bias, temperature);
  }

  private LinearModel(
      List<String> labels,
      int[] features,
      int[] offsets,
      short[] classes,
      short[] weights,
      float[] bias,
      float temperature) {
    if (offsets.length != features.length + 1
        || classes.length != weights.length
        || offsets[features.length] != weights.length
        || bias.length != labels.size()) {
      throw new IllegalArgumentException("weights do not match features and labels");
    }
    this.labels = List.copyOf(labels);
    this.bucketStarts = bucketStarts(features);
    this.features = new int[2 * features.length + 2];
    for (int i = 0; i < features.length; i++) {
      this.features[2 * i] = features[i];
      this.features[2 * i + 1] = offsets[i];
    }
    this.features[2 * features.length] = -1;
    this.features[2 * features.length + 1] = offsets[features.length];
    this.weights = new int[weights.length];
    for (int k = 0; k < weights.length; k++) {
      this.weights[k] = classes[k] << 16 | (weights[k] & 0xffff);
    }
    this.bias = bias;
    this.temperature = temperature;
  }

  private LinearModel(LinearModel model, float temperature) {
    this.labels = model.labels;
    this.features = model.features;
    this.weights = model.weights;
    this.bias = model.bias;
    this.bucketStarts = model.bucketStarts;
    this.temperature = temperature;
  }

  /**
   * Where each bucket's ids start in {@code features}, and one more entry where the last ends. The
   * ids must be ascending, each once, and hashed ids ({@link QuestionFeatures#BITS} bits), which
   * bounds the table at 16 k entries.
   */
  private static int[] bucketStarts(int[] features) {
    int[] starts = new int[(1 << (QuestionFeatures.BITS - BUCKET_BITS)) + 1];
    int at = 0;
    for (int bucket = 0; bucket + 1 < starts.length; bucket++) {
      starts[bucket] = at;
      while (at < features.length
          && features[at] >>> BUCKET_BITS == bucket
          && (at == 0 || features[at] > features[at - 1])) {
        at++;
      }
    }
    starts[starts.length - 1] = at;
    if (at != features.length) {
      throw new IllegalArgumentException(
          "feature ids must be ascending, each once, and below 2^" + QuestionFeatures.BITS);
    }
    return starts;
  }

  /**
   * The position of a feature in {@code features}, or -1 when the model stores no weight for it.
   */
  private int indexOf(int feature) {
    int bucket = feature >>> BUCKET_BITS;
    if (bucket >= bucketStarts.length - 1) {
      return -1;
    }
    for (int i = bucketStarts[bucket]; i < bucketStarts[bucket + 1]; i++) {
      if (features[2 * i] == feature) {
        return i;
      }
    }
    return -1;
  }

  private static short[] half(float[] weights) {
    short[] out = new short[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = Float.floatToFloat16(weights[i]);
    }
    return out;
  }

  public List<String> labels() {
    return labels;
  }

  public float temperature() {
    return temperature;
  }

  /** How many (feature, label) weights the model stores. */
  public int size() {
    return weights.length;
  }

  /** A copy of this model that divides its scores by another temperature. */
  public LinearModel withTemperature(float newTemperature) {
    return new LinearModel(this, newTemperature);
  }

  /** The raw score of every label, in {@link #labels()} order. */
  public double[] scores(FeatureVector vector) {
    double[] scores = new double[labels.size()];
    for (int c = 0; c < scores.length; c++) {
      scores[c] = bias[c];
    }
    int[] ids = vector.ids();
    float[] values = vector.values();
    for (int i = 0; i < ids.length; i++) {
      int at = indexOf(ids[i]);
      if (at >= 0) {
        for (int k = features[2 * at + 1]; k < features[2 * at + 3]; k++) {
          int weight = weights[k];
          scores[weight >>> 16] += values[i] * Float.float16ToFloat((short) weight);
        }
      }
    }
    return scores;
  }

  /** Receives a feature's stored weights. */
  @FunctionalInterface
  public interface WeightVisitor {
    void visit(int label, double weight);
  }

  /**
   * Visits every weight stored for one feature, label by label; the labels not visited weigh zero.
   * The feature is looked up once for all its labels.
   */
  public void forEachWeight(int feature, WeightVisitor visitor) {
    int at = indexOf(feature);
    if (at < 0) {
      return;
    }
    for (int k = features[2 * at + 1]; k < features[2 * at + 3]; k++) {
      visitor.visit(weights[k] >>> 16, Float.float16ToFloat((short) weights[k]));
    }
  }

  /** Calibrated probabilities of every label, summing to 1. */
  public double[] probabilities(FeatureVector vector) {
    return softmax(scores(vector), temperature);
  }

  /** Calibrated probabilities by label. */
  public Map<String, Double> probabilitiesByLabel(FeatureVector vector) {
    double[] p = probabilities(vector);
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < p.length; i++) {
      out.put(labels.get(i), p[i]);
    }
    return out;
  }

  public static double[] softmax(double[] scores, double temperature) {
    // A plain loop: a stream here cost more than the exponentials (JFR, route_question under load).
    double max = scores.length == 0 ? 0 : scores[0];
    for (double score : scores) {
      max = Math.max(max, score);
    }
    double[] out = new double[scores.length];
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      out[i] = Math.exp((scores[i] - max) / temperature);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeInt(FORMAT);
    out.writeInt(labels.size());
    for (String label : labels) {
      out.writeUTF(label);
    }
    out.writeFloat(temperature);
    for (float b : bias) {
      out.writeFloat(b);
    }
    int count = features.length / 2 - 1;
    out.writeInt(count);
    int previous = 0;
    for (int i = 0; i < count; i++) {
      // Ascending ids: the gaps are small and compress well.
      out.writeInt(features[2 * i] - previous);
      previous = features[2 * i];
      out.writeShort(features[2 * i + 3] - features[2 * i + 1]);
    }
    for (int weight : weights) {
      out.writeShort(weight >>> 16);
      out.writeShort(weight);
    }
  }

  public static LinearModel read(DataInputStream in) throws IOException {
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException("model format " + format + ", expected " + FORMAT);
    }
    int labelCount = in.readInt();
    String[] labels = new String[labelCount];
    for (int c = 0; c < labelCount; c++) {
      labels[c] = in.readUTF();
    }
    float temperature = in.readFloat();
    float[] bias = new float[labelCount];
    for (int c = 0; c < labelCount; c++) {
      bias[c] = in.readFloat();
    }
    int count = in.readInt();
    int[] features = new int[count];
    int[] offsets = new int[count + 1];
    int previous = 0;
    for (int i = 0; i < count; i++) {
      previous += in.readInt();
      features[i] = previous;
      offsets[i + 1] = offsets[i] + in.readShort();
    }
    short[] classes = new short[offsets[count]];
    short[] weights = new short[offsets[count]];
    for (int k = 0; k < weights.length; k++) {
      classes[k] = in.readShort();
      weights[k] = in.readShort();
    }
    return new LinearModel(List.of(labels), features, offsets, classes, weights, bias, temperature);
  }
}

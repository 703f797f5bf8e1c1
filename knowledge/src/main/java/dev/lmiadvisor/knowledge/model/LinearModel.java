package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.text.FeatureVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
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
 */
public final class LinearModel {

  private static final int FORMAT = 2;

  private final List<String> labels;
  private final int[] features;
  private final int[] offsets;
  private final short[] classes;
  private final short[] weights;
  private final float[] bias;
  private final float temperature;

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
    this.features = features;
    this.offsets = offsets;
    this.classes = classes;
    this.weights = weights;
    this.bias = bias;
    this.temperature = temperature;
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
    return new LinearModel(labels, features, offsets, classes, weights, bias, newTemperature);
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
      int at = Arrays.binarySearch(features, ids[i]);
      if (at >= 0) {
        for (int k = offsets[at]; k < offsets[at + 1]; k++) {
          scores[classes[k]] += values[i] * Float.float16ToFloat(weights[k]);
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
    int at = Arrays.binarySearch(features, feature);
    if (at < 0) {
      return;
    }
    for (int k = offsets[at]; k < offsets[at + 1]; k++) {
      visitor.visit(classes[k], Float.float16ToFloat(weights[k]));
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
    double max = Arrays.stream(scores).max().orElse(0);
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
    out.writeInt(features.length);
    int previous = 0;
    for (int i = 0; i < features.length; i++) {
      // Ascending ids: the gaps are small and compress well.
      out.writeInt(features[i] - previous);
      previous = features[i];
      out.writeShort(offsets[i + 1] - offsets[i]);
    }
    for (int k = 0; k < weights.length; k++) {
      out.writeShort(classes[k]);
      out.writeShort(weights[k]);
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

package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.text.FeatureVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-class linear model over hashed features: one weight per (feature, label) and a bias per
 * label, with a softmax temperature fitted on questions the model was not trained on, so that its
 * probabilities are calibrated.
 *
 * <p>Only features that carry a weight are stored, ascending, each with one weight per label;
 * weights are kept as IEEE half-precision floats, which is ample for a score that is compared, not
 * accumulated over millions of terms.
 */
public final class LinearModel {

  private static final int FORMAT = 1;

  private final List<String> labels;
  private final int[] features;
  private final short[] weights;
  private final float[] bias;
  private final float temperature;

  public LinearModel(
      List<String> labels, int[] features, float[] weights, float[] bias, float temperature) {
    if (weights.length != features.length * labels.size() || bias.length != labels.size()) {
      throw new IllegalArgumentException("weights do not match features × labels");
    }
    this.labels = List.copyOf(labels);
    this.features = features.clone();
    this.weights = new short[weights.length];
    for (int i = 0; i < weights.length; i++) {
      this.weights[i] = Float.floatToFloat16(weights[i]);
    }
    this.bias = bias.clone();
    this.temperature = temperature;
  }

  private LinearModel(
      List<String> labels, int[] features, short[] weights, float[] bias, float temperature) {
    this.labels = labels;
    this.features = features;
    this.weights = weights;
    this.bias = bias;
    this.temperature = temperature;
  }

  public List<String> labels() {
    return labels;
  }

  public float temperature() {
    return temperature;
  }

  /** A copy of this model that divides its scores by another temperature. */
  public LinearModel withTemperature(float newTemperature) {
    return new LinearModel(labels, features, weights, bias, newTemperature);
  }

  /** The raw score of every label, in {@link #labels()} order. */
  public double[] scores(FeatureVector vector) {
    int classes = labels.size();
    double[] scores = new double[classes];
    for (int c = 0; c < classes; c++) {
      scores[c] = bias[c];
    }
    int[] ids = vector.ids();
    float[] values = vector.values();
    for (int i = 0; i < ids.length; i++) {
      int at = Arrays.binarySearch(features, ids[i]);
      if (at >= 0) {
        int base = at * classes;
        for (int c = 0; c < classes; c++) {
          scores[c] += values[i] * Float.float16ToFloat(weights[base + c]);
        }
      }
    }
    return scores;
  }

  /** What each feature of the vector adds to one label's score, by position in the vector. */
  public double[] contributions(FeatureVector vector, int label) {
    int classes = labels.size();
    double[] out = new double[vector.size()];
    for (int i = 0; i < vector.size(); i++) {
      int at = Arrays.binarySearch(features, vector.ids()[i]);
      if (at >= 0) {
        out[i] = vector.values()[i] * Float.float16ToFloat(weights[at * classes + label]);
      }
    }
    return out;
  }

  /** Calibrated probabilities of every label, summing to 1. */
  public double[] probabilities(FeatureVector vector) {
    return softmax(scores(vector), temperature);
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
    for (int feature : features) {
      // Ascending ids: the gaps are small and compress well inside the jar.
      out.writeInt(feature - previous);
      previous = feature;
    }
    for (short w : weights) {
      out.writeShort(w);
    }
  }

  public static LinearModel read(DataInputStream in) throws IOException {
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException("model format " + format + ", expected " + FORMAT);
    }
    int classes = in.readInt();
    String[] labels = new String[classes];
    for (int c = 0; c < classes; c++) {
      labels[c] = in.readUTF();
    }
    float temperature = in.readFloat();
    float[] bias = new float[classes];
    for (int c = 0; c < classes; c++) {
      bias[c] = in.readFloat();
    }
    int count = in.readInt();
    int[] features = new int[count];
    int previous = 0;
    for (int i = 0; i < count; i++) {
      previous += in.readInt();
      features[i] = previous;
    }
    short[] weights = new short[count * classes];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = in.readShort();
    }
    return new LinearModel(List.of(labels), features, weights, bias, temperature);
  }
}

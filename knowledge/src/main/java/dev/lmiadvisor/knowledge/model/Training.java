package dev.lmiadvisor.knowledge.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.lmiadvisor.knowledge.text.FeatureVector;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Fits the module's linear models with LIBLINEAR (L2-regularised logistic regression), at build
 * time only: LIBLINEAR is not on the server's runtime class path.
 */
public final class Training {

  /** Names the training procedure; part of the model fingerprint, so bump it when this changes. */
  public static final String VERSION = "training-3";

  private static final double EPSILON = 0.001;

  /**
   * Weights smaller than this are not stored: on the dev split, dropping them (nine in ten of a
   * section-level router's weights) left routing accuracy unchanged.
   */
  private static final double KEEP = 0.05;

  static {
    Linear.disableDebugOutput();
  }

  private Training() {}

  /** A multi-class model of the labels from the examples, with temperature 1. */
  public static LinearModel fit(List<FeatureVector> xs, List<String> ys, double c) {
    List<String> labels = new ArrayList<>(new TreeSet<>(ys));
    if (labels.size() < 2) {
      throw new IllegalArgumentException("a model needs two labels at least, got " + labels);
    }
    int dimension = 1 << QuestionFeatures.BITS;
    Problem problem = new Problem();
    problem.l = xs.size();
    problem.n = dimension + 1;
    problem.bias = 1;
    problem.x = new Feature[xs.size()][];
    problem.y = new double[xs.size()];
    for (int i = 0; i < xs.size(); i++) {
      FeatureVector x = xs.get(i);
      Feature[] row = new Feature[x.size() + 1];
      for (int j = 0; j < x.size(); j++) {
        row[j] = new FeatureNode(x.ids()[j] + 1, x.values()[j]);
      }
      row[x.size()] = new FeatureNode(dimension + 1, 1);
      problem.x[i] = row;
      problem.y[i] = labels.indexOf(ys.get(i));
    }
    // The dual solver: far fewer examples than features, where it converges fastest.
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR_DUAL, c, 0.01));
    return toLinearModel(model, labels, dimension);
  }

  private static LinearModel toLinearModel(Model model, List<String> labels, int dimension) {
    double[] w = model.getFeatureWeights();
    int[] order = model.getLabels();
    int classes = labels.size();
    // Two labels share one weight column (positive for the model's first label).
    int columns = classes == 2 ? 1 : classes;
    List<Integer> features = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>(List.of(0));
    List<Short> labelOf = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    for (int f = 0; f < dimension; f++) {
      int before = weights.size();
      for (int k = 0; k < columns; k++) {
        double v = w[f * columns + k];
        if (Math.abs(v) >= KEEP) {
          labelOf.add((short) order[k]);
          weights.add((float) v);
          if (classes == 2) {
            labelOf.add((short) (1 - order[k]));
            weights.add((float) -v);
          }
        }
      }
      if (weights.size() > before) {
        features.add(f);
        offsets.add(weights.size());
      }
    }
    float[] bias = new float[classes];
    for (int k = 0; k < columns; k++) {
      bias[order[k]] = (float) w[dimension * columns + k];
      if (classes == 2) {
        bias[1 - order[k]] = -bias[order[k]];
      }
    }
    short[] labelArray = new short[labelOf.size()];
    float[] weightArray = new float[weights.size()];
    for (int i = 0; i < weightArray.length; i++) {
      labelArray[i] = labelOf.get(i);
      weightArray[i] = weights.get(i);
    }
    return new LinearModel(
        labels,
        features.stream().mapToInt(Integer::intValue).toArray(),
        offsets.stream().mapToInt(Integer::intValue).toArray(),
        labelArray,
        weightArray,
        bias,
        1f);
  }

  /**
   * The softmax temperature that minimises the log loss of the model on examples it was not trained
   * on: a grid, since the loss is one-dimensional and smooth.
   */
  public static float temperature(LinearModel model, List<FeatureVector> xs, List<String> ys) {
    float best = 1f;
    double bestLoss = Double.MAX_VALUE;
    for (float t = 0.05f; t <= 4.0f; t += 0.05f) {
      double loss = 0;
      for (int i = 0; i < xs.size(); i++) {
        int label = model.labels().indexOf(ys.get(i));
        double[] p = LinearModel.softmax(model.scores(xs.get(i)), t);
        loss -= Math.log(Math.max(label < 0 ? 1e-9 : p[label], 1e-9));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = t;
      }
    }
    return best;
  }

  /**
   * Weights of a linear ranking function learnt from pairs: each difference is (features of the
   * better item) − (features of the worse one). A ranking SVM in logistic form, without bias.
   */
  public static float[] pairwise(List<double[]> differences, double c) {
    int width = differences.get(0).length;
    Problem problem = new Problem();
    problem.l = differences.size() * 2;
    problem.n = width;
    problem.bias = -1;
    problem.x = new Feature[problem.l][];
    problem.y = new double[problem.l];
    for (int i = 0; i < differences.size(); i++) {
      double[] d = differences.get(i);
      problem.x[2 * i] = nodes(d, 1);
      problem.y[2 * i] = 1;
      problem.x[2 * i + 1] = nodes(d, -1);
      problem.y[2 * i + 1] = 0;
    }
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, EPSILON));
    double[] w = model.getFeatureWeights();
    // LIBLINEAR's single column points towards its first label.
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    float[] out = new float[width];
    for (int j = 0; j < width; j++) {
      out[j] = (float) (sign * w[j]);
    }
    return out;
  }

  private static Feature[] nodes(double[] values, double sign) {
    List<Feature> nodes = new ArrayList<>();
    for (int j = 0; j < values.length; j++) {
      if (values[j] != 0) {
        nodes.add(new FeatureNode(j + 1, sign * values[j]));
      }
    }
    return nodes.toArray(new Feature[0]);
  }
}

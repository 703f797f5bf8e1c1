package dev.lmiadvisor.knowledge.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lmiadvisor.knowledge.text.FeatureVector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {

  // Two features: 3 weighs label a, 7 weighs both.
  private final LinearModel model =
      new LinearModel(
          List.of("a", "b"),
          new int[] {3, 7},
          new int[] {0, 1, 3},
          new short[] {0, 0, 1},
          new float[] {2f, 0.5f, 1.5f},
          new float[] {0f, 0.25f},
          1f);

  @Test
  void scores_addBiasAndWeightTimesValue() {
    double[] scores =
        model.scores(new FeatureVector(new int[] {3, 5, 7}, new float[] {1f, 9f, 2f}));
    assertArrayEquals(new double[] {2 + 1.0, 0.25 + 3.0}, scores, 1e-3);
  }

  @Test
  void probabilities_sumToOne_andSharpenAsTheTemperatureFalls() {
    FeatureVector v = new FeatureVector(new int[] {3}, new float[] {1f});
    double[] warm = model.probabilities(v);
    double[] cold = model.withTemperature(0.5f).probabilities(v);
    assertEquals(1.0, Arrays.stream(warm).sum(), 1e-9);
    assertEquals(1.0, Arrays.stream(cold).sum(), 1e-9);
    assertEquals(true, cold[0] > warm[0]);
  }

  @Test
  void writtenAndRead_givesTheSameScores() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(new DataOutputStream(bytes));
    LinearModel read =
        LinearModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    FeatureVector v = new FeatureVector(new int[] {3, 7}, new float[] {0.6f, 0.8f});
    assertArrayEquals(model.scores(v), read.scores(v), 1e-9);
    assertEquals(model.labels(), read.labels());
  }

  @Test
  void mismatchedWeights_areRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LinearModel(
                List.of("a"),
                new int[] {1},
                new int[] {0, 2},
                new short[] {0},
                new float[] {1f},
                new float[] {0f},
                1f));
  }
}

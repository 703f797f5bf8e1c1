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

  /**
   * Ids spread over the whole hashed range, several to a bucket and at the range's ends: each
   * stored id is found with its own weight, and ids in between find nothing.
   */
  @Test
  void everyStoredFeature_isFound_andNoOther() {
    java.util.Random random = new java.util.Random(7);
    int[] ids =
        java.util.stream.IntStream.concat(
                java.util.stream.IntStream.of(0, 1, 63, 64, (1 << 20) - 1),
                random.ints(5_000, 0, 1 << 20))
            .distinct()
            .sorted()
            .toArray();
    int[] offsets = new int[ids.length + 1];
    short[] classes = new short[ids.length];
    float[] weights = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      offsets[i + 1] = i + 1;
      weights[i] = i % 100 + 1;
    }
    LinearModel spread =
        new LinearModel(List.of("a"), ids, offsets, classes, weights, new float[] {0f}, 1f);
    for (int probe = 0; probe < 1 << 20; probe += 1 + probe % 7) {
      int at = Arrays.binarySearch(ids, probe);
      double expected = at >= 0 ? weights[at] : 0;
      double[] found = {0};
      spread.forEachWeight(probe, (label, weight) -> found[0] = weight);
      assertEquals(expected, found[0], 1e-9, "feature " + probe);
    }
    assertEquals(weights[ids.length - 1], spread.scores(vectorOf(ids[ids.length - 1]))[0], 1e-9);
  }

  @Test
  void unsortedOrOutOfRangeIds_areRefused() {
    for (int[] ids : new int[][] {{7, 3}, {3, 3}, {-1, 3}, {3, 1 << 20}}) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new LinearModel(
                  List.of("a"),
                  ids,
                  new int[] {0, 1, 2},
                  new short[] {0, 0},
                  new float[] {1f, 1f},
                  new float[] {0f},
                  1f),
          Arrays.toString(ids));
    }
  }

  private static FeatureVector vectorOf(int id) {
    return new FeatureVector(new int[] {id}, new float[] {1f});
  }
}

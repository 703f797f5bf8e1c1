package dev.lmiadvisor.knowledge.text;

import java.util.Arrays;

/**
 * A sparse, L2-normalised feature vector: hashed feature ids in ascending order and their values.
 *
 * @param ids feature ids, ascending, each once
 * @param values the value of each id, same length
 */
public record FeatureVector(int[] ids, float[] values) {

  public static final FeatureVector EMPTY = new FeatureVector(new int[0], new float[0]);

  public int size() {
    return ids.length;
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeatureVector v
        && Arrays.equals(ids, v.ids)
        && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "FeatureVector[" + ids.length + " features]";
  }
}

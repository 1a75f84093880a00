package io.github.xiangzhi.rating.star;

import static com.google.common.base.Preconditions.checkElementIndex;

/** The one {@link StarTable}: arrays the engine filled, never changed afterwards. */
final class ArrayStarTable implements StarTable {
  private final StarScheme scheme;
  private final byte[] totals;
  private final long[] masks;

  ArrayStarTable(StarScheme scheme, byte[] totals, long[] masks) {
    this.scheme = scheme;
    this.totals = totals;
    this.masks = masks;
  }

  @Override
  public StarScheme scheme() {
    return scheme;
  }

  @Override
  public int households() {
    return totals.length;
  }

  @Override
  public int total(int position) {
    checkElementIndex(position, totals.length, "household");
    return totals[position];
  }

  @Override
  public long mask(int position) {
    checkElementIndex(position, masks.length, "household");
    return masks[position];
  }

  @Override
  public byte[] totals() {
    return totals.clone();
  }

  @Override
  public long[] masks() {
    return masks.clone();
  }

  @Override
  public String toString() {
    return "StarTable{" + scheme.code() + ", " + totals.length + " households}";
  }
}

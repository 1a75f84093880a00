package io.github.xiangzhi.patrol.audit;

/**
 * An open-addressing map from strings to non-negative ints, for the audit's lookups by id: no
 * entry objects and no boxed values, so a lookup touches the key's string and two arrays.
 * Built once, then only read; not for concurrent building.
 */
final class StringIndex {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  StringIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new String[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** Maps {@code key} to {@code value}, replacing an earlier value. */
  void put(String key, int value) {
    int slot = spread(key.hashCode()) & mask;
    while (keys[slot] != null && !keys[slot].equals(key)) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /** The value of {@code key}, or {@code absent}. */
  int get(String key, int absent) {
    int slot = spread(key.hashCode()) & mask;
    for (String k = keys[slot]; k != null; k = keys[slot]) {
      if (k == key || k.equals(key)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return absent;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }
}

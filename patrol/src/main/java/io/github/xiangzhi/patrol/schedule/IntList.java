package io.github.xiangzhi.patrol.schedule;

import java.util.Arrays;

/** A growable list of ints, for the planner's columns. Not thread-safe. */
final class IntList {
  private int[] values;
  private int size;

  IntList(int capacity) {
    values = new int[Math.max(4, capacity)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
    }
    values[size++] = value;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  boolean contains(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}

package io.github.xiangzhi.patrol.schedule;

import java.util.Arrays;

/**
 * Who is busy when on the day being planned: per person a short linked list of minute spans.
 * Patrols never cross midnight, so the planner clears it at each new day, touching only the
 * people who had a span. Not thread-safe.
 */
final class Busy {
  private final int[] head;
  private int[] from = new int[256];
  private int[] to = new int[256];
  private int[] next = new int[256];
  private int nodes;
  private final IntList touched = new IntList(256);

  Busy(int persons) {
    head = new int[persons];
    Arrays.fill(head, -1);
  }

  /** Forgets the day's spans. */
  void nextDay() {
    for (int i = 0; i < touched.size(); i++) {
      head[touched.get(i)] = -1;
    }
    touched.clear();
    nodes = 0;
  }

  /** True when {@code person} has any span today. */
  boolean any(int person) {
    return head[person] >= 0;
  }

  /** True when {@code person} has no span overlapping [{@code start}, {@code end}). */
  boolean free(int person, int start, int end) {
    for (int n = head[person]; n >= 0; n = next[n]) {
      if (start < to[n] && from[n] < end) {
        return false;
      }
    }
    return true;
  }

  /** Marks {@code person} busy in [{@code start}, {@code end}). */
  void add(int person, int start, int end) {
    if (nodes == from.length) {
      int size = nodes * 2;
      from = Arrays.copyOf(from, size);
      to = Arrays.copyOf(to, size);
      next = Arrays.copyOf(next, size);
    }
    if (head[person] < 0) {
      touched.add(person);
    }
    from[nodes] = start;
    to[nodes] = end;
    next[nodes] = head[person];
    head[person] = nodes++;
  }
}

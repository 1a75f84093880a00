package io.github.xiangzhi.rating.points;

import java.time.Instant;
import java.util.Arrays;

/**
 * A passbook's points grouped by when they expire, earliest first, so points leave oldest first.
 * Points earned in the same expiry period share one lot, so a household has a lot or two, not
 * one per posting. The sum of the lots is the balance when it is positive, else zero. Not
 * thread-safe: guarded by the account's lock.
 */
final class Lots {
  private Instant[] expiry = new Instant[4];
  private long[] remaining = new long[4];
  private int head;
  private int tail;

  /** Adds {@code amount} points expiring at {@code expiresAt}. */
  void add(Instant expiresAt, long amount) {
    if (tail > head) {
      int cmp = expiry[tail - 1].compareTo(expiresAt);
      if (cmp == 0) {
        remaining[tail - 1] += amount;
        return;
      }
      if (cmp > 0) {
        insert(expiresAt, amount);
        return;
      }
    }
    ensureRoom();
    expiry[tail] = expiresAt;
    remaining[tail] = amount;
    tail++;
  }

  /** Takes {@code amount} points, earliest expiry first, or every point if there are fewer. */
  void take(long amount) {
    long left = amount;
    while (left > 0 && head < tail) {
      long used = Math.min(left, remaining[head]);
      remaining[head] -= used;
      left -= used;
      if (remaining[head] == 0) {
        expiry[head] = null;
        head++;
      }
    }
    if (head == tail) {
      head = 0;
      tail = 0;
    }
  }

  /** The points whose expiry is at or before {@code asOf}. */
  long expiredBy(Instant asOf) {
    long sum = 0;
    for (int i = head; i < tail && !expiry[i].isAfter(asOf); i++) {
      sum += remaining[i];
    }
    return sum;
  }

  private void insert(Instant expiresAt, long amount) {
    int at = head;
    while (at < tail && expiry[at].isBefore(expiresAt)) {
      at++;
    }
    if (at < tail && expiry[at].equals(expiresAt)) {
      remaining[at] += amount;
      return;
    }
    int before = at - head;
    ensureRoom();
    at = head + before;
    System.arraycopy(expiry, at, expiry, at + 1, tail - at);
    System.arraycopy(remaining, at, remaining, at + 1, tail - at);
    expiry[at] = expiresAt;
    remaining[at] = amount;
    tail++;
  }

  private void ensureRoom() {
    if (tail < expiry.length) {
      return;
    }
    int live = tail - head;
    if (head > 0 && live < expiry.length / 2) {
      System.arraycopy(expiry, head, expiry, 0, live);
      System.arraycopy(remaining, head, remaining, 0, live);
      Arrays.fill(expiry, live, tail, null);
    } else {
      Instant[] e = new Instant[expiry.length * 2];
      long[] r = new long[expiry.length * 2];
      System.arraycopy(expiry, head, e, 0, live);
      System.arraycopy(remaining, head, r, 0, live);
      expiry = e;
      remaining = r;
    }
    head = 0;
    tail = live;
  }
}

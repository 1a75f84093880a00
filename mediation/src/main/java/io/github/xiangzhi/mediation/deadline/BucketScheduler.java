package io.github.xiangzhi.mediation.deadline;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.id.MatterId;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * The {@link EscalationScheduler}: matters live in dense slots; each slot sits in at most one
 * reminder bucket and one deadline bucket, found by its instant in a sorted map, at a position the
 * slot remembers, so removal is a swap with the bucket's last entry.
 */
final class BucketScheduler implements EscalationScheduler {

  /** Slots of one instant; order within a bucket is unspecified. */
  private static final class Bucket {
    int[] slots = new int[8];
    int size;
  }

  private final Map<MatterId, Integer> slotOf = new HashMap<>();
  private final TreeMap<Instant, Bucket> reminders = new TreeMap<>();
  private final TreeMap<Instant, Bucket> deadlines = new TreeMap<>();
  private MatterId[] ids = new MatterId[16];
  private Deadline[] scheduled = new Deadline[16];
  private int[] remindPos = new int[16]; // position in its reminder bucket, -1 when none
  private int[] duePos = new int[16]; // position in its deadline bucket
  private int[] free = new int[16];
  private int freeCount;
  private int highWater;
  private Instant lastSweep;

  @Override
  public void schedule(MatterId matter, Deadline deadline) {
    checkNotNull(matter, "matter");
    checkNotNull(deadline, "deadline");
    Integer existing = slotOf.get(matter);
    int slot;
    if (existing != null) {
      slot = existing;
      unlink(slot);
    } else {
      slot = allocate();
      slotOf.put(matter, slot);
      ids[slot] = matter;
    }
    scheduled[slot] = deadline;
    remindPos[slot] = add(reminders, deadline.remindAt(), slot);
    duePos[slot] = add(deadlines, deadline.dueAt(), slot);
  }

  @Override
  public boolean cancel(MatterId matter) {
    Integer slot = slotOf.remove(matter);
    if (slot == null) {
      return false;
    }
    unlink(slot);
    release(slot);
    return true;
  }

  @Override
  public Optional<Deadline> deadline(MatterId matter) {
    Integer slot = slotOf.get(matter);
    return slot == null ? Optional.empty() : Optional.of(scheduled[slot]);
  }

  @Override
  public boolean reminderPending(MatterId matter) {
    Integer slot = slotOf.get(matter);
    return slot != null && remindPos[slot] >= 0;
  }

  @Override
  public int size() {
    return slotOf.size();
  }

  @Override
  public Optional<Instant> nextDue() {
    Instant r = reminders.isEmpty() ? null : reminders.firstKey();
    Instant d = deadlines.isEmpty() ? null : deadlines.firstKey();
    if (r == null) {
      return Optional.ofNullable(d);
    }
    return Optional.of(d == null || r.isBefore(d) ? r : d);
  }

  @Override
  public Optional<Instant> lastSweep() {
    return Optional.ofNullable(lastSweep);
  }

  @Override
  public List<DueItem> due(Instant now) {
    checkNotNull(now, "now");
    if (lastSweep != null && now.isBefore(lastSweep)) {
      throw new ClockWentBackwardsException(lastSweep, now);
    }
    DueList out = new DueList();
    while (true) {
      Map.Entry<Instant, Bucket> r = reminders.firstEntry();
      Map.Entry<Instant, Bucket> d = deadlines.firstEntry();
      boolean reminderDue = r != null && !r.getKey().isAfter(now);
      boolean deadlineDue = d != null && !d.getKey().isAfter(now);
      if (reminderDue && (!deadlineDue || !d.getKey().isBefore(r.getKey()))) {
        reminders.pollFirstEntry();
        Bucket bucket = r.getValue();
        out.reserve(bucket.size);
        for (int i = 0; i < bucket.size; i++) {
          int slot = bucket.slots[i];
          remindPos[slot] = -1;
          if (!scheduled[slot].passedAt(now)) { // else the deadline is the one item to report
            out.add(ids[slot], scheduled[slot], false);
          }
        }
      } else if (deadlineDue) {
        deadlines.pollFirstEntry();
        Bucket bucket = d.getValue();
        out.reserve(bucket.size);
        for (int i = 0; i < bucket.size; i++) {
          int slot = bucket.slots[i];
          if (remindPos[slot] >= 0) { // a reminder at the same instant
            remove(reminders, scheduled[slot].remindAt(), remindPos[slot]);
          }
          out.add(ids[slot], scheduled[slot], true);
          slotOf.remove(ids[slot]);
          release(slot);
        }
      } else {
        break;
      }
    }
    lastSweep = now;
    return out;
  }

  // ---------------------------------------------------------------- slots and buckets

  private int allocate() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (highWater == ids.length) {
      int n = ids.length * 2;
      ids = Arrays.copyOf(ids, n);
      scheduled = Arrays.copyOf(scheduled, n);
      remindPos = Arrays.copyOf(remindPos, n);
      duePos = Arrays.copyOf(duePos, n);
    }
    return highWater++;
  }

  private void release(int slot) {
    ids[slot] = null;
    scheduled[slot] = null;
    remindPos[slot] = -1;
    duePos[slot] = -1;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
  }

  private void unlink(int slot) {
    Deadline d = scheduled[slot];
    if (remindPos[slot] >= 0) {
      remove(reminders, d.remindAt(), remindPos[slot]);
      remindPos[slot] = -1;
    }
    if (duePos[slot] >= 0) {
      remove(deadlines, d.dueAt(), duePos[slot]);
      duePos[slot] = -1;
    }
  }

  /** Adds {@code slot} to the bucket of {@code at}; returns its position there. */
  private static int add(TreeMap<Instant, Bucket> index, Instant at, int slot) {
    Bucket bucket = index.get(at);
    if (bucket == null) {
      bucket = new Bucket();
      index.put(at, bucket);
    }
    if (bucket.size == bucket.slots.length) {
      bucket.slots = Arrays.copyOf(bucket.slots, bucket.size * 2);
    }
    bucket.slots[bucket.size] = slot;
    return bucket.size++;
  }

  /** Removes the entry at {@code pos} of the bucket of {@code at}, moving the last one there. */
  private void remove(TreeMap<Instant, Bucket> index, Instant at, int pos) {
    Bucket bucket = index.get(at);
    int last = bucket.slots[--bucket.size];
    if (pos != bucket.size) {
      bucket.slots[pos] = last;
      if (index == reminders) {
        remindPos[last] = pos;
      } else {
        duePos[last] = pos;
      }
    }
    if (bucket.size == 0) {
      index.remove(at);
    }
  }

  /** The items of one sweep in three parallel arrays; an item object is built when read. */
  private static final class DueList extends AbstractList<DueItem> implements RandomAccess {
    private MatterId[] matters = new MatterId[0];
    private Deadline[] deadlines = new Deadline[0];
    private boolean[] overdue = new boolean[0];
    private int size;

    /** Makes room for {@code more} items. */
    void reserve(int more) {
      if (size + more > matters.length) {
        int n = Math.max(matters.length * 2, size + more);
        matters = Arrays.copyOf(matters, n);
        deadlines = Arrays.copyOf(deadlines, n);
        overdue = Arrays.copyOf(overdue, n);
      }
    }

    /** Adds an item; {@link #reserve} made room for it. */
    void add(MatterId matter, Deadline deadline, boolean passed) {
      matters[size] = matter;
      deadlines[size] = deadline;
      overdue[size] = passed;
      size++;
    }

    @Override
    public DueItem get(int index) {
      Objects.checkIndex(index, size);
      return DueItem.of(matters[index], overdue[index] ? DueKind.OVERDUE : DueKind.REMINDER,
          deadlines[index]);
    }

    @Override
    public int size() {
      return size;
    }
  }
}

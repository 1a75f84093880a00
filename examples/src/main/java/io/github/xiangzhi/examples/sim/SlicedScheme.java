package io.github.xiangzhi.examples.sim;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * 位切片评分 — a {@link Simulation}'s scheme compiled for 64 households at once: the rating of
 * {@link Simulation#stars(int[])} (as {@code StarEngine.evaluate} rates) on evidence held as
 * bit vectors, one bit per household (lane).
 *
 * <h2>The evidence as vectors</h2>
 *
 * <p>Every input the simulator draws takes few values, so it is held as vectors of {@code vec}:
 *
 * <ul>
 *   <li>a <em>two-valued</em> input (yes-or-no and threshold indicators, events, tags) as one
 *       vector, {@code met}: the lane holds {@link #good} where set, {@link #bad} elsewhere;
 *   <li>a per-unit count (0 to its cap) as its bit-planes, and where a range, a veto or a lower
 *       cap reads it, one vector per value v (the lanes whose count is v);
 *   <li>an absent input (no value, {@link Simulation#MISSING}) as nothing.
 * </ul>
 *
 * <p>{@code vec[0]} is all 0, {@code vec[1]} all 1.
 *
 * <h2>The rating</h2>
 *
 * <p>A category's score is a bit-sliced counter started at 2<sup>W</sup> − pass mark + the points
 * every lane scores (2<sup>W</sup> at least the pass mark and the most points), so the category is
 * earned exactly where its plane W is set. Each indicator or bonus adds its points in the lanes of
 * a vector: a range on a two-valued input in the lanes of {@code met}, {@code ¬met}, all or none,
 * as the good and the bad value lie in it; on a count in the lanes of each value in it; a per-unit
 * indicator adds weight·2<sup>i</sup> in the lanes of the count's plane i (or, under a lower cap,
 * min(v, cap)·weight in the lanes of each value v). Then the maximum (a bit-sliced count of the
 * stars kept so far: required categories first, then scheme order, each kept where the count is
 * below the maximum), the vetoes (each a vector of the lanes where its input is at or above its
 * threshold, clearing its categories there) and the required categories (a lane missing one has
 * no star).
 *
 * <p>Performance notes: about 40 counter additions of 5–8 planes each for the Changzhi scheme, a
 * few word operations per plane, for 64 households; nothing is allocated.
 *
 * <p>Immutable and thread-safe; the vectors and counters are the caller's.
 */
final class SlicedScheme implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** How a two-valued input's vector is read: as is, or negated. */
  private static final long AS_IS = 0;
  private static final long NEGATED = -1;

  final int categoryCount;
  final int vecSize;
  final int counterSize;

  /** Per input: its vector ({@code met}) if two-valued, else −1; the value of each outcome. */
  final int[] twoSlot;
  final int[] good;
  final int[] bad;
  /** Per input: its count's first plane if a per-unit count, else −1; planes; most units. */
  final int[] unitPlanes;
  final int[] unitWidth;
  final int[] unitMax;
  /** Per input: its per-value vectors (value v at {@code unitEq + v}) if needed, else −1. */
  final int[] unitEq;

  // the counters: category c's planes at [c × stride, c × stride + top[c]]
  private final int stride;
  private final int[] top;
  private final long[] counterInit;

  // additions: points bits (shifted to their lowest set bit) into [from, to] where vec ^ neg
  private final int[] addSlot;
  private final long[] addNeg;
  private final int[] addFrom;
  private final int[] addTo;
  private final long[] addBits;

  // the maximum
  private final boolean capped;
  private final int[] capOrder;
  private final int capRequired;
  private final int capWidth;
  private final long capStart;

  // vetoes: terms [vetoStart[v], vetoStart[v+1]) whose union is where the veto holds
  private final int[] vetoStart;
  private final int[] termSlot;
  private final long[] termNeg;
  private final long[] vetoMask;
  private final long requiredMask;

  // high-starred: a count of stars started at 2^highWidth − highStars
  private final int highWidth;
  private final long highStart;

  SlicedScheme(Simulation s) {
    this.categoryCount = s.categoryCount;
    this.requiredMask = s.requiredMask;
    this.vetoMask = s.vetoMask.clone();
    int inputs = s.inputCodes.length;
    twoSlot = new int[inputs];
    good = new int[inputs];
    bad = new int[inputs];
    unitPlanes = new int[inputs];
    unitWidth = new int[inputs];
    unitMax = new int[inputs];
    unitEq = new int[inputs];
    Arrays.fill(twoSlot, -1);
    Arrays.fill(unitPlanes, -1);
    Arrays.fill(unitEq, -1);
    Arrays.fill(good, Simulation.MISSING);
    Arrays.fill(bad, Simulation.MISSING);

    // which counts need a vector per value: those read by a range, a veto or a lower cap
    boolean[] needEq = new boolean[inputs];
    for (int i = 0; i < s.rangeInput.length; i++) {
      needEq[s.rangeInput[i]] = true;
    }
    for (int v = 0; v < s.vetoInput.length; v++) {
      needEq[s.vetoInput[v]] = true;
    }
    for (int i = 0; i < s.perUnitInput.length; i++) {
      int input = s.perUnitInput[i];
      if (s.genKind[input] == Simulation.GEN_UNITS && s.perUnitCap[i] < s.genCap[input]) {
        needEq[input] = true;
      }
    }
    int slots = 2;
    for (int i = 0; i < inputs; i++) {
      switch (s.genKind[i]) {
        case Simulation.GEN_FLAG:
        case Simulation.GEN_TAG:
          twoSlot[i] = slots++;
          good[i] = 1;
          bad[i] = 0;
          break;
        case Simulation.GEN_VALUE:
        case Simulation.GEN_EVENT:
          twoSlot[i] = slots++;
          good[i] = s.genGood[i];
          bad[i] = s.genBad[i];
          break;
        case Simulation.GEN_UNITS:
          unitMax[i] = s.genCap[i];
          unitWidth[i] = BitSlices.width(s.genCap[i]);
          unitPlanes[i] = slots;
          slots += unitWidth[i];
          if (needEq[i]) {
            unitEq[i] = slots;
            slots += s.genCap[i] + 1;
          }
          break;
        default:
          break;
      }
    }
    this.vecSize = slots;

    // the additions of each category, its constant points and its most points
    int c = categoryCount;
    long[] constant = new long[c];
    long[] most = new long[c];
    List<long[]> adds = new ArrayList<>(); // {category, slot, neg, points}
    for (int i = 0; i < s.rangeInput.length; i++) {
      long low = s.rangeLow[i];
      long high = s.rangeHigh[i];
      int weight = s.rangeWeight[i];
      int category = s.rangeCategory[i];
      checkArgument(weight >= 0, "negative points: %s", weight);
      most[category] += weight;
      LongPredicate in = v -> low <= v && v <= high;
      for (long[] term : terms(s.rangeInput[i], in)) {
        if (term[0] == 1) {
          constant[category] += weight;
        } else {
          adds.add(new long[] {category, term[0], term[1], weight});
        }
      }
    }
    for (int i = 0; i < s.perUnitInput.length; i++) {
      int input = s.perUnitInput[i];
      int cap = s.perUnitCap[i];
      int weight = s.perUnitWeight[i];
      int category = s.perUnitCategory[i];
      checkArgument(weight >= 0 && cap >= 0, "negative points or cap: %s, %s", weight, cap);
      if (unitPlanes[input] >= 0 && cap >= unitMax[input]) {
        // v × weight: weight × 2^i in the lanes of plane i
        most[category] += (long) unitMax[input] * weight;
        for (int b = 0; b < unitWidth[input]; b++) {
          adds.add(new long[] {category, unitPlanes[input] + b, AS_IS, (long) weight << b});
        }
        continue;
      }
      long[] values = values(input);
      long best = 0;
      for (long v : values) {
        long points = (long) Math.min(Math.max(v, 0), cap) * weight;
        best = Math.max(best, points);
        if (points == 0) {
          continue;
        }
        for (long[] term : terms(input, x -> x == v)) {
          if (term[0] == 1) {
            constant[category] += points;
          } else {
            adds.add(new long[] {category, term[0], term[1], points});
          }
        }
      }
      most[category] += best;
    }
    int[] width = new int[c];
    int widest = 1;
    long[] start = new long[c];
    for (int k = 0; k < c; k++) {
      int pass = s.passMark[k];
      checkArgument(pass >= 1, "pass mark below 1: %s", pass);
      width[k] = BitSlices.width(Math.max(pass, most[k]) - 1);
      // 2^W ≥ max(pass, most): the counter 2^W − pass + score reaches 2^W iff score ≥ pass
      start[k] = (1L << width[k]) - pass + constant[k];
      widest = Math.max(widest, width[k] + 1);
    }
    this.stride = widest;
    this.top = width;
    this.counterSize = stride * c;
    this.counterInit = new long[counterSize];
    for (int k = 0; k < c; k++) {
      BitSlices.fill(counterInit, k * stride, width[k] + 1, start[k]);
    }
    int n = adds.size();
    addSlot = new int[n];
    addNeg = new long[n];
    addFrom = new int[n];
    addTo = new int[n];
    addBits = new long[n];
    for (int a = 0; a < n; a++) {
      long[] add = adds.get(a);
      int category = (int) add[0];
      int low = Long.numberOfTrailingZeros(add[3]);
      addSlot[a] = (int) add[1];
      addNeg[a] = add[2];
      addFrom[a] = category * stride + low;
      addTo[a] = category * stride + width[category];
      addBits[a] = add[3] >>> low;
    }

    // the maximum: only when some lane may earn more categories than it
    this.capped = s.maxStars < c;
    this.capOrder = new int[c];
    int o = 0;
    for (int k = 0; k < c; k++) {
      if ((requiredMask >>> k & 1) != 0) {
        capOrder[o++] = k;
      }
    }
    this.capRequired = o;
    for (int k = 0; k < c; k++) {
      if ((requiredMask >>> k & 1) == 0) {
        capOrder[o++] = k;
      }
    }
    this.capWidth = BitSlices.width(Math.max(s.maxStars, c) - 1);
    this.capStart = (1L << capWidth) - s.maxStars;

    // vetoes: where the input is at or above the threshold
    int vetoes = s.vetoInput.length;
    vetoStart = new int[vetoes + 1];
    List<long[]> vetoTerms = new ArrayList<>();
    for (int v = 0; v < vetoes; v++) {
      vetoStart[v] = vetoTerms.size();
      long threshold = s.vetoThreshold[v];
      vetoTerms.addAll(terms(s.vetoInput[v], x -> x >= threshold));
    }
    vetoStart[vetoes] = vetoTerms.size();
    termSlot = vetoTerms.stream().mapToInt(t -> (int) t[0]).toArray();
    termNeg = vetoTerms.stream().mapToLong(t -> t[1]).toArray();

    checkArgument(s.highStars >= 1, "highStars below 1: %s", s.highStars);
    this.highWidth = BitSlices.width(Math.max(s.highStars, c) - 1);
    this.highStart = (1L << highWidth) - s.highStars;
  }

  /** The values input {@code input} can take. */
  private long[] values(int input) {
    if (twoSlot[input] >= 0) {
      return good[input] == bad[input] ? new long[] {good[input]}
          : new long[] {good[input], bad[input]};
    }
    if (unitPlanes[input] >= 0) {
      long[] all = new long[unitMax[input] + 1];
      for (int v = 0; v < all.length; v++) {
        all[v] = v;
      }
      return all;
    }
    return new long[] {Simulation.MISSING};
  }

  /**
   * Vectors (slot, negation) whose union is the lanes where input {@code input}'s value satisfies
   * {@code p}: none if no value does, the all-ones vector if every value does.
   */
  private List<long[]> terms(int input, LongPredicate p) {
    long[] values = values(input);
    boolean all = true;
    boolean any = false;
    for (long v : values) {
      all &= p.test(v);
      any |= p.test(v);
    }
    List<long[]> terms = new ArrayList<>();
    if (all) {
      terms.add(new long[] {1, AS_IS});
    } else if (!any) {
      return terms;
    } else if (twoSlot[input] >= 0) {
      terms.add(new long[] {twoSlot[input], p.test(good[input]) ? AS_IS : NEGATED});
    } else {
      for (long v : values) {
        if (p.test(v)) {
          terms.add(new long[] {unitEq[input] + v, AS_IS});
        }
      }
    }
    return terms;
  }

  /** Sets the constant vectors and each count's vectors per value from its planes. */
  void prepare(long[] vec) {
    vec[0] = 0;
    vec[1] = -1;
    for (int i = 0; i < unitEq.length; i++) {
      int eq = unitEq[i];
      if (eq < 0) {
        continue;
      }
      int planes = unitPlanes[i];
      int width = unitWidth[i];
      for (int v = 0; v <= unitMax[i]; v++) {
        long lanes = -1;
        for (int b = 0; b < width; b++) {
          long plane = vec[planes + b];
          lanes &= ((v >>> b) & 1) != 0 ? plane : ~plane;
        }
        vec[eq + v] = lanes;
      }
    }
  }

  /**
   * The stars of the lanes {@code lanes}: {@code star[c]} the lanes earning category c (0
   * outside {@code lanes}), from the evidence in {@code vec} (after {@link #prepare}), with the
   * scratch {@code counter} of {@link #counterSize} planes. Returns the lanes with at least
   * {@code highStars} stars.
   */
  long rate(long[] vec, long[] counter, long lanes, long[] star) {
    int c = categoryCount;
    int stride = this.stride;
    System.arraycopy(counterInit, 0, counter, 0, counterSize);
    int[] slot = addSlot;
    long[] neg = addNeg;
    int[] from = addFrom;
    int[] to = addTo;
    long[] bits = addBits;
    for (int a = 0; a < slot.length; a++) {
      BitSlices.add(counter, from[a], to[a], bits[a], vec[slot[a]] ^ neg[a]);
    }
    for (int k = 0; k < c; k++) {
      star[k] = counter[k * stride + top[k]];
    }
    if (capped) {
      cap(counter, star);
    }
    for (int v = 0; v < vetoStart.length - 1; v++) {
      long holds = 0;
      for (int t = vetoStart[v]; t < vetoStart[v + 1]; t++) {
        holds |= vec[termSlot[t]] ^ termNeg[t];
      }
      for (long m = vetoMask[v]; m != 0; m &= m - 1) {
        star[Long.numberOfTrailingZeros(m)] &= ~holds;
      }
    }
    long keep = lanes;
    for (long m = requiredMask; m != 0; m &= m - 1) {
      keep &= star[Long.numberOfTrailingZeros(m)];
    }
    BitSlices.fill(counter, 0, highWidth + 1, highStart);
    for (int k = 0; k < c; k++) {
      long carry = star[k] & keep;
      star[k] = carry;
      for (int i = 0; i <= highWidth; i++) {
        long plane = counter[i];
        counter[i] = plane ^ carry;
        carry &= plane;
      }
    }
    return counter[highWidth];
  }

  /** Keeps at most maxStars categories per lane: required ones first, then in scheme order. */
  private void cap(long[] counter, long[] star) {
    // the count of kept stars, from 2^W − maxStars: plane W set once the maximum is reached
    int base = counterSize;
    BitSlices.fill(counter, base, capWidth + 1, capStart);
    for (int i = 0; i < capOrder.length; i++) {
      int k = capOrder[i];
      if (i >= capRequired) {
        star[k] &= ~counter[base + capWidth];
      }
      BitSlices.increment(counter, base, base + capWidth, star[k]);
    }
  }

  /** The scratch counter's size: the categories' counters and one for the maximum. */
  int scratchSize() {
    return counterSize + Math.max(capWidth, highWidth) + 2;
  }

  /** Lane {@code lane}'s stars, a bit per category. */
  long mask(long[] star, int lane) {
    long mask = 0;
    for (int k = 0; k < categoryCount; k++) {
      mask |= ((star[k] >>> lane) & 1) << k;
    }
    return mask;
  }

  /** Writes lane {@code lane}'s evidence into {@code row} ({@link Simulation#MISSING} where none). */
  void row(long[] vec, int lane, int[] row) {
    for (int i = 0; i < row.length; i++) {
      if (twoSlot[i] >= 0) {
        row[i] = ((vec[twoSlot[i]] >>> lane) & 1) != 0 ? good[i] : bad[i];
      } else if (unitPlanes[i] >= 0) {
        row[i] = (int) BitSlices.lane(vec, unitPlanes[i], unitWidth[i], lane);
      } else {
        row[i] = Simulation.MISSING;
      }
    }
  }

  /** Sets lane {@code lane} of the vectors to the evidence {@code row} (for tests). */
  void setLane(long[] vec, int lane, int[] row) {
    long bit = 1L << lane;
    for (int i = 0; i < row.length; i++) {
      if (twoSlot[i] >= 0) {
        checkArgument(row[i] == good[i] || row[i] == bad[i],
            "value %s of input %s is neither its met value %s nor its missed value %s", row[i], i,
            good[i], bad[i]);
        vec[twoSlot[i]] = row[i] == good[i] ? vec[twoSlot[i]] | bit : vec[twoSlot[i]] & ~bit;
      } else if (unitPlanes[i] >= 0) {
        checkArgument(row[i] >= 0 && row[i] <= unitMax[i],
            "count %s of input %s is outside 0 to %s", row[i], i, unitMax[i]);
        for (int b = 0; b < unitWidth[i]; b++) {
          long slot = (row[i] >>> b) & 1;
          int p = unitPlanes[i] + b;
          vec[p] = slot != 0 ? vec[p] | bit : vec[p] & ~bit;
        }
      }
    }
  }
}

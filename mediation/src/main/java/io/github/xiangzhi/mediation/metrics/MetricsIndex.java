package io.github.xiangzhi.mediation.metrics;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.UnitTotals;
import io.github.xiangzhi.mediation.ladder.Ladder;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.matter.EventType;
import io.github.xiangzhi.mediation.matter.Matter;
import io.github.xiangzhi.mediation.matter.MatterEvent;
import io.github.xiangzhi.mediation.matter.MatterException;
import io.github.xiangzhi.mediation.matter.MatterKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@link MediationMetrics} as per-unit own counts rolled up the hierarchy, plus the resolution
 * times of the period's resolved cases sorted by the position of their unit, so that a subtree's
 * cases are one range.
 */
final class MetricsIndex implements MediationMetrics {

  // own-count layout per unit
  private static final int CASES = 0;
  private static final int PREVIOUS = 1;
  private static final int WITHDRAWN = 2;
  private static final int RESOLVED = 3;
  private static final int ON_TIME = 4;
  private static final int ANSWERED = 5;
  private static final int SATISFIED = 6;
  private static final int KINDS = 7;
  private static final int KIND_COUNT = MatterKind.values().length;
  private static final int PREVIOUS_KINDS = KINDS + KIND_COUNT;
  private static final int TIERS = PREVIOUS_KINDS + KIND_COUNT;
  private static final int PER_TIER = 6;

  private final GovernancePeriod period;
  private final Hierarchy hierarchy;
  private final ImmutableList<String> tiers;
  private final UnitTotals totals;
  private final int[] resolvedUnit; // unit position of each resolved case, sorted
  private final long[] resolvedDays; // working days to resolve, in the same order

  private MetricsIndex(GovernancePeriod period, Hierarchy hierarchy, ImmutableList<String> tiers,
      UnitTotals totals, int[] resolvedUnit, long[] resolvedDays) {
    this.period = period;
    this.hierarchy = hierarchy;
    this.tiers = tiers;
    this.totals = totals;
    this.resolvedUnit = resolvedUnit;
    this.resolvedDays = resolvedDays;
  }

  static MetricsIndex compute(Ladder ladder, Hierarchy hierarchy, GovernanceCalendar calendar,
      GovernancePeriod period, Iterable<Matter> matters) {
    ImmutableList<String> tiers = ladder.chain().stream().map(Tier::code)
        .collect(ImmutableList.toImmutableList());
    int width = TIERS + PER_TIER * tiers.size();
    long[] own = new long[hierarchy.unitCount() * width];
    GovernancePeriod previous = period.yearEarlier();
    ZoneId zone = calendar.zone();
    List<long[]> resolvedCases = new ArrayList<>();
    for (Matter m : matters) {
      if (m.filedAt().isEmpty() || m.duplicateOf().isPresent()) {
        continue;
      }
      int unit = hierarchy.indexOf(m.report().location());
      if (unit < 0) {
        throw new MatterException(m.id(), "mediation.unit.unknown", m.report().location());
      }
      LocalDate filed = LocalDate.ofInstant(m.filedAt().get(), zone);
      int base = unit * width;
      int kind = m.report().kind().ordinal();
      if (previous.contains(filed)) {
        own[base + PREVIOUS]++;
        own[base + PREVIOUS_KINDS + kind]++;
        continue;
      }
      if (!period.contains(filed)) {
        continue;
      }
      own[base + CASES]++;
      own[base + KINDS + kind]++;
      if (m.withdrawn()) {
        own[base + WITHDRAWN]++;
        continue;
      }
      int entry = rank(ladder, m, m.entryTier().get());
      int resolvedRank = m.resolvedTier().map(t -> rank(ladder, m, t)).orElse(-1);
      boolean[] reached = new boolean[tiers.size()];
      for (MatterEvent e : m.history()) {
        if (e.type() == EventType.FILE || e.type() == EventType.ESCALATE) {
          reached[rank(ladder, m, e.tier().get())] = true;
        }
      }
      for (int t = 0; t < tiers.size(); t++) {
        int at = base + TIERS + PER_TIER * t;
        if (entry == t) {
          own[at]++; // started
          if (resolvedRank == t) {
            own[at + 1]++; // resolved here
          }
        }
        if (reached[t]) {
          own[at + 2]++;
        }
        if (resolvedRank == t) {
          own[at + 3]++;
        }
        if (entry <= t) {
          own[at + 4]++;
          if (resolvedRank >= 0 && resolvedRank <= t) {
            own[at + 5]++;
          }
        }
      }
      if (m.resolvedAt().isPresent()) {
        own[base + RESOLVED]++;
        if (!m.missedDeadline()) {
          own[base + ON_TIME]++;
        }
        if (m.feedback().get().satisfaction().isPresent()) {
          own[base + ANSWERED]++;
          if (m.feedback().get().satisfaction().get().satisfied()) {
            own[base + SATISFIED]++;
          }
        }
        LocalDate resolved = LocalDate.ofInstant(m.resolvedAt().get(), zone);
        resolvedCases.add(new long[] {unit, calendar.workingDaysBetween(filed, resolved)});
      }
    }
    UnitTotals totals = hierarchy.rollupUnits(width,
        (unit, row) -> System.arraycopy(own, unit * width, row, 0, width));
    resolvedCases.sort((a, b) -> Long.compare(a[0], b[0]));
    int[] units = new int[resolvedCases.size()];
    long[] days = new long[resolvedCases.size()];
    for (int i = 0; i < units.length; i++) {
      units[i] = (int) resolvedCases.get(i)[0];
      days[i] = resolvedCases.get(i)[1];
    }
    return new MetricsIndex(period, hierarchy, tiers, totals, units, days);
  }

  private static int rank(Ladder ladder, Matter m, String tier) {
    int rank = ladder.rank(tier);
    if (rank < 0) {
      throw new MatterException(m.id(), "mediation.ladder.tier.unknownInMatter", tier);
    }
    return rank;
  }

  @Override
  public GovernancePeriod period() {
    return period;
  }

  @Override
  public List<String> tiers() {
    return tiers;
  }

  @Override
  public UnitOutcome outcome(UnitId unit) {
    hierarchy.unit(unit); // throws UnknownUnitException
    int u = hierarchy.indexOf(unit);
    UnitOutcome.Builder out = UnitOutcome.builder().unit(unit).period(period)
        .cases(get(u, CASES)).previousCases(get(u, PREVIOUS)).withdrawn(get(u, WITHDRAWN))
        .resolved(get(u, RESOLVED)).onTime(get(u, ON_TIME)).answered(get(u, ANSWERED))
        .satisfied(get(u, SATISFIED));
    Map<MatterKind, Long> now = new EnumMap<>(MatterKind.class);
    Map<MatterKind, Long> before = new EnumMap<>(MatterKind.class);
    for (MatterKind kind : MatterKind.values()) {
      long c = get(u, KINDS + kind.ordinal());
      long p = get(u, PREVIOUS_KINDS + kind.ordinal());
      if (c > 0) {
        now.put(kind, c);
      }
      if (p > 0) {
        before.put(kind, p);
      }
    }
    out.putAllCasesByKind(now).putAllPreviousCasesByKind(before);
    for (int t = 0; t < tiers.size(); t++) {
      int at = TIERS + PER_TIER * t;
      out.addTiers(TierOutcome.builder().tier(tiers.get(t)).started(get(u, at))
          .resolvedHere(get(u, at + 1)).reached(get(u, at + 2)).resolvedAt(get(u, at + 3))
          .startedAtOrBelow(get(u, at + 4)).resolvedAtOrBelow(get(u, at + 5)).build());
    }
    int from = lowerBound(u);
    int to = lowerBound(hierarchy.subtreeEnd(u));
    if (to > from) {
      long[] days = Arrays.copyOfRange(resolvedDays, from, to);
      Arrays.sort(days);
      out.medianDays(nearestRank(days, 50)).p90Days(nearestRank(days, 90));
    }
    return out.build();
  }

  private long get(int unit, int metric) {
    return totals.getAt(unit, metric);
  }

  /** The first index whose unit position is at least {@code position}. */
  private int lowerBound(int position) {
    int lo = 0;
    int hi = resolvedUnit.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (resolvedUnit[mid] < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The nearest-rank {@code percent}-th percentile of sorted {@code values}. */
  static long nearestRank(long[] values, int percent) {
    long rank = ((long) percent * values.length + 99) / 100; // ceil, in integers
    return values[(int) Math.max(rank, 1) - 1];
  }
}

package io.github.xiangzhi.mediation.transparency;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.UnitTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 践诺汇总 — the pledges of a hierarchy on a day, rolled up per unit with {@link
 * Hierarchy#rollupUnits}: each unit counts the pledges made at it and below it — made, shown in
 * public (亮诺), fulfilled (践诺) by the day, fulfilled late, and overdue (past due and not
 * fulfilled).
 *
 * <p>Performance notes: O(pledges + units), one pass of the hierarchy.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PledgeRollup {
  /** Metric: pledges made. */
  public static final int MADE = 0;
  /** Metric: pledges shown in public by the day. */
  public static final int SHOWN = 1;
  /** Metric: pledges fulfilled by the day. */
  public static final int FULFILLED = 2;
  /** Metric: pledges fulfilled after their due day (and by the report's day). */
  public static final int LATE = 3;
  /** Metric: pledges past due and not fulfilled. */
  public static final int OVERDUE = 4;
  private static final int METRICS = 5;

  private final LocalDate asOf;
  private final UnitTotals totals;

  private PledgeRollup(LocalDate asOf, UnitTotals totals) {
    this.asOf = asOf;
    this.totals = totals;
  }

  /**
   * The roll-up of {@code pledges} over {@code hierarchy} on {@code asOf}; pledges made after
   * {@code asOf} are left out.
   *
   * @throws InvalidValueException naming every pledge at a unit the hierarchy lacks ({@code
   *     /3/unit}) and every code given twice
   */
  public static PledgeRollup compile(Hierarchy hierarchy, List<Pledge> pledges, LocalDate asOf) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(asOf, "asOf");
    ValueChecks checks = new ValueChecks();
    checks.unique("", pledges, Pledge::code, "code");
    for (int i = 0; i < pledges.size(); i++) {
      Pledge p = pledges.get(i);
      checks.check(hierarchy.contains(p.unit()), "/" + i + "/unit",
          "mediation.pledge.unit.unknown", p.code(), p.unit());
    }
    checks.throwIfAny();
    long[][] own = new long[hierarchy.unitCount()][METRICS];
    for (Pledge p : pledges) {
      if (p.madeOn().isAfter(asOf)) {
        continue;
      }
      long[] row = own[hierarchy.indexOf(p.unit())];
      row[MADE]++;
      if (p.shownOn().map(s -> !s.isAfter(asOf)).orElse(false)) {
        row[SHOWN]++;
      }
      if (p.fulfilledBy(asOf)) {
        row[FULFILLED]++;
        if (p.fulfilledLate()) {
          row[LATE]++;
        }
      }
      if (p.overdueOn(asOf)) {
        row[OVERDUE]++;
      }
    }
    UnitTotals totals = hierarchy.rollupUnits(METRICS, (unit, row) -> {
      for (int m = 0; m < METRICS; m++) {
        row[m] += own[unit][m];
      }
    });
    return new PledgeRollup(asOf, totals);
  }

  /** The day of the roll-up. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The total of {@code metric} ({@link #MADE} … {@link #OVERDUE}) at and below {@code unit}. */
  public long get(UnitId unit, int metric) {
    return totals.get(unit, metric);
  }

  /** One line for {@code unit} in {@code locale}'s language. */
  public String line(UnitId unit, Locale locale) {
    return Messages.format(locale, "mediation.pledge.rollup", unit, get(unit, MADE),
        get(unit, SHOWN), get(unit, FULFILLED), get(unit, LATE), get(unit, OVERDUE), asOf);
  }
}

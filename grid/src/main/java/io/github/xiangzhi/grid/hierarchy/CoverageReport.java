package io.github.xiangzhi.grid.hierarchy;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem.Kind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 覆盖报告 — the result of a {@link Coverage} check (R-GRID-2): every gap and overlap found, each a
 * {@link HierarchyProblem} naming its units and households, and the share of the register's
 * households held by exactly one unit. {@link #isComplete()} is "全覆盖、无缝隙".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageReport {
  private final LocalDate on;
  private final ImmutableList<HierarchyProblem> problems;
  private final int unitCount;
  private final long householdCount;
  private final long registered;
  private final long covered;

  CoverageReport(LocalDate on, List<HierarchyProblem> problems, int unitCount,
      long householdCount, long registered, long covered) {
    this.on = on;
    this.problems = ImmutableList.copyOf(problems);
    this.unitCount = unitCount;
    this.householdCount = householdCount;
    this.registered = registered;
    this.covered = covered;
  }

  /** The day checked: open and closed units are judged as of it. */
  public LocalDate on() {
    return on;
  }

  /** Every problem, structural ones first, then units in pre-order, then households. */
  public List<HierarchyProblem> problems() {
    return problems;
  }

  /** The problems of {@code kind}. */
  public List<HierarchyProblem> problems(Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /** The number of problems of each kind found, kinds without any left out. */
  public Map<Kind, Integer> counts() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    problems.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
    return counts;
  }

  /** True when nothing is wrong: 全覆盖、无缝隙. */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  /** The number of units checked. */
  public int unitCount() {
    return unitCount;
  }

  /** The number of distinct households the units hold. */
  public long householdCount() {
    return householdCount;
  }

  /** The number of distinct households in the register, when one was given. */
  public Optional<Long> registered() {
    return registered < 0 ? Optional.empty() : Optional.of(registered);
  }

  /** The number of registered households held by exactly one unit. */
  public long covered() {
    return covered;
  }

  /**
   * The share of registered households held by exactly one unit, exactly (26 of 29 is not 90%);
   * 100% for an empty register; empty when no register was given.
   */
  public Optional<Share> coverage() {
    if (registered < 0) {
      return Optional.empty();
    }
    return Optional.of(registered == 0 ? Share.ALL : Share.of(covered, registered));
  }

  /** "12 units, 30 households: complete" or the problem counts, in {@code locale}'s language. */
  public String summary(Locale locale) {
    if (isComplete()) {
      return Messages.format(locale, "grid.coverage.summary.complete", unitCount, householdCount);
    }
    StringBuilder kinds = new StringBuilder();
    for (Map.Entry<Kind, Integer> e : counts().entrySet()) {
      if (kinds.length() > 0) {
        kinds.append(Messages.isChinese(locale) ? "、" : ", ");
      }
      kinds.append(e.getKey().text(locale)).append(' ').append(e.getValue());
    }
    return Messages.format(locale, "grid.coverage.summary.gaps", unitCount, householdCount,
        problems.size(), kinds.toString());
  }

  @Override
  public String toString() {
    return "CoverageReport{" + on + ", " + summary(Locale.ENGLISH) + "}";
  }
}

package io.github.xiangzhi.testkit.grid;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.CoverageReport;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of a random hierarchy with coverage gaps planted in them ({@link
 * GridGens#plantGaps}), the register to check them against, and every gap a coverage check of the
 * rows on {@link #on()} must name, no more and no fewer: each as {@code "KIND subject"}, such as
 * {@code "LEVEL_ORDER misplaced"} or {@code "HOUSEHOLD_UNATTACHED gap-0"} ({@link
 * #gapsIn(CoverageReport)} writes a report's problems the same way).
 *
 * @param builder the rows, broken: {@code build()} throws
 * @param register the area's register of households
 * @param on the day to check
 * @param gaps every gap the check must name, sorted
 * @param covered how many registered households exactly one unit holds
 */
public record PlantedGaps(HierarchyBuilder builder, List<HouseholdId> register, LocalDate on,
    List<String> gaps, long covered) {

  /** The kinds of {@link #gaps()}. */
  public Set<Kind> kinds() {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    gaps.forEach(g -> kinds.add(Kind.valueOf(g.substring(0, g.indexOf(' ')))));
    return kinds;
  }

  /** The problems of {@code report} as {@code "KIND subject"}, sorted, repeats kept. */
  public static List<String> gapsIn(CoverageReport report) {
    List<String> out = new ArrayList<>();
    report.problems().forEach(p -> out.add(describe(p)));
    out.sort(null);
    return out;
  }

  /**
   * {@code "KIND subject"}: the subject is the household for household problems, every unit of a
   * cycle (sorted, comma-separated), the unit at fault otherwise, and the path when none is named.
   */
  static String describe(HierarchyProblem p) {
    String subject;
    if (p.kind() == Kind.CYCLE) {
      subject = p.units().stream().map(UnitId::value).sorted().collect(Collectors.joining(","));
    } else if (!p.households().isEmpty()) {
      subject = p.households().get(0).value();
    } else if (!p.units().isEmpty()) {
      subject = p.units().get(0).value();
    } else {
      subject = p.path();
    }
    return gap(p.kind(), subject);
  }

  static String gap(Kind kind, String subject) {
    return kind + " " + subject;
  }
}

package io.github.xiangzhi.rating.star.conduct;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * 道德红黑榜 — a village's red and black lists for one quarter (R-PTS-3), compiled from the conduct
 * recorded in the quarter: a household with a black-listed kind of conduct goes on the black list
 * (曝光栏) — and, in that quarter, not on the red list, whatever else it did; a household with only
 * red-listed conduct goes on the red list. Each black-list entry restricts what the rules say for
 * the following quarters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedBlackList.class)
@JsonDeserialize(as = ImmutableRedBlackList.class)
public abstract class RedBlackList {

  /** The village (or any unit) whose households are listed. */
  public abstract UnitId village();

  /** The quarter. */
  public abstract GovernancePeriod quarter();

  /** The red list (红榜), by household id. */
  public abstract ImmutableList<ListEntry> red();

  /** The black list (黑榜), by household id. */
  public abstract ImmutableList<ListEntry> black();

  /** The restrictions the black list imposes. */
  public abstract ImmutableList<Restriction> restrictions();

  /**
   * The lists of {@code village} for {@code quarter} from {@code records}: records of households
   * within the village that occurred within the quarter in {@code zone}; others are skipped. A
   * record given twice (same id, same content) counts once.
   *
   * @throws InvalidValueException if {@code quarter} is not a quarter, a record names a household
   *     the hierarchy does not hold, or two different records share an id; nothing is compiled
   * @throws io.github.xiangzhi.grid.hierarchy.UnknownUnitException if the hierarchy has no such
   *     village
   */
  public static RedBlackList compile(Hierarchy hierarchy, UnitId village,
      GovernancePeriod quarter, Iterable<ConductRecord> records, ConductRules rules,
      ZoneId zone) {
    checkNotNull(rules, "rules");
    checkNotNull(zone, "zone");
    hierarchy.unit(village);
    InvalidValueException.check(quarter.kind() == PeriodKind.QUARTER,
        "rating.star.conduct.quarter", quarter);
    int root = hierarchy.indexOf(village);
    Map<String, ConductRecord> seen = new HashMap<>();
    Map<HouseholdId, List<ConductRecord>> red = new TreeMap<>();
    Map<HouseholdId, List<ConductRecord>> black = new TreeMap<>();
    for (ConductRecord record : records) {
      int position = hierarchy.indexOf(record.household());
      InvalidValueException.check(position >= 0, "rating.star.conduct.household.unknown",
          record.household(), record.id());
      ConductRecord earlier = seen.putIfAbsent(record.id(), record);
      InvalidValueException.check(earlier == null || earlier.equals(record),
          "rating.star.conduct.record.conflict", record.id());
      if (earlier != null
          || !hierarchy.isWithin(hierarchy.unitIndexOfHousehold(position), root)
          || !quarter.contains(record.occurredAt(), zone)) {
        continue;
      }
      if (rules.blackKinds().contains(record.kind())) {
        black.computeIfAbsent(record.household(), k -> new ArrayList<>()).add(record);
      } else if (rules.redKinds().contains(record.kind())) {
        red.computeIfAbsent(record.household(), k -> new ArrayList<>()).add(record);
      }
    }
    black.keySet().forEach(red::remove);
    LocalDate from = quarter.endExclusive();
    LocalDate until = from.plusMonths(3L * rules.restrictionQuarters());
    ImmutableList.Builder<Restriction> restrictions = ImmutableList.builder();
    if (!rules.restricts().isEmpty()) {
      black.keySet().forEach(h ->
          restrictions.add(Restriction.of(h, quarter, rules.restricts(), from, until)));
    }
    return ImmutableRedBlackList.builder().village(village).quarter(quarter).red(entries(red))
        .black(entries(black)).restrictions(restrictions.build()).build();
  }

  private static List<ListEntry> entries(Map<HouseholdId, List<ConductRecord>> byHousehold) {
    List<ListEntry> out = new ArrayList<>();
    byHousehold.forEach((household, list) -> {
      list.sort(Comparator.comparing(ConductRecord::occurredAt).thenComparing(ConductRecord::id));
      LinkedHashSet<String> kinds = new LinkedHashSet<>();
      List<String> ids = new ArrayList<>();
      list.forEach(r -> {
        kinds.add(r.kind());
        ids.add(r.id());
      });
      out.add(ListEntry.of(household, kinds, ids));
    });
    return out;
  }

  /** The lists as lines of text for posting, in {@code locale}'s language. */
  public List<String> lines(Locale locale) {
    List<String> out = new ArrayList<>();
    out.add(Messages.format(locale, "rating.star.list.red", village().value(), quarter(),
        red().size()));
    for (ListEntry entry : red()) {
      out.add("  " + Messages.format(locale, "rating.star.list.entry", entry.household().value(),
          String.join(", ", entry.kinds())));
    }
    out.add(Messages.format(locale, "rating.star.list.black", village().value(), quarter(),
        black().size()));
    for (ListEntry entry : black()) {
      out.add("  " + Messages.format(locale, "rating.star.list.entry", entry.household().value(),
          String.join(", ", entry.kinds())));
    }
    return out;
  }
}

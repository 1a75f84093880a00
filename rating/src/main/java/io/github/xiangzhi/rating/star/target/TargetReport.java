package io.github.xiangzhi.rating.star.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.UnitTotals;
import io.github.xiangzhi.rating.star.StarTable;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * 指标报告 — the village targets of a whole hierarchy (R-STAR-5): one {@link UnitTargets} for each
 * unit at the target level and each unit above it, in pre-order. A village's shares count its own
 * households; a township's and a county's count every household within them, exactly.
 *
 * <p>Performance notes: {@link #compute(Hierarchy, TargetRules, StarTable, BitSet)} makes one
 * rollup pass over the households (four counters each, nothing allocated per household) and one
 * over the units; a million households take milliseconds (see docs/PERFORMANCE.md).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetReport.class)
@JsonDeserialize(as = ImmutableTargetReport.class)
public abstract class TargetReport {

  private static final int HOUSEHOLDS = 0;
  private static final int PARTICIPANTS = 1;
  private static final int STARRED = 2;
  private static final int HIGH = 3;

  /** The rules applied. */
  public abstract TargetRules rules();

  /** The units at the target level and above, in pre-order. */
  public abstract ImmutableList<UnitTargets> units();

  @Value.Lazy
  ImmutableMap<UnitId, UnitTargets> byUnit() {
    return units().stream().collect(ImmutableMap.toImmutableMap(UnitTargets::unit, u -> u));
  }

  /** The targets of {@code unit}, if it is at the target level or above. */
  public Optional<UnitTargets> unit(UnitId unit) {
    return Optional.ofNullable(byUnit().get(unit));
  }

  /** The units at the target level (the villages). */
  public List<UnitTargets> villages() {
    return units().stream().filter(u -> u.level().equals(rules().level()))
        .collect(Collectors.toList());
  }

  /** The villages that miss a target. */
  public List<UnitTargets> failing() {
    return villages().stream().filter(u -> !u.meetsAll()).collect(Collectors.toList());
  }

  /**
   * The report for the households of {@code hierarchy}: {@code stars} by household position (from
   * the batch engine) and {@code participants} (参评) by position.
   *
   * @throws InvalidValueException if the hierarchy's scheme has no level {@code rules.level()}
   * @throws IllegalArgumentException if {@code stars} is not for this hierarchy's households
   */
  public static TargetReport compute(Hierarchy hierarchy, TargetRules rules, StarTable stars,
      BitSet participants) {
    checkNotNull(stars, "stars");
    checkArgument(stars.households() == hierarchy.householdCount(),
        "the star table has %s households, the hierarchy %s", stars.households(),
        hierarchy.householdCount());
    byte[] totals = stars.totals();
    return compute(hierarchy, rules, totals, participants);
  }

  /**
   * The report from {@code participants} and the stars held by household (an awarded round's
   * {@link io.github.xiangzhi.rating.star.round.RatingRound#awards()}); households not named hold
   * no star and did not take part.
   *
   * @throws InvalidValueException naming a household the hierarchy does not hold, or a level it
   *     does not have
   */
  public static TargetReport compute(Hierarchy hierarchy, TargetRules rules,
      Set<HouseholdId> participants, Map<HouseholdId, ? extends Collection<String>> stars) {
    byte[] totals = new byte[hierarchy.householdCount()];
    BitSet took = new BitSet(hierarchy.householdCount());
    for (HouseholdId household : participants) {
      took.set(position(hierarchy, household));
    }
    for (Map.Entry<HouseholdId, ? extends Collection<String>> e : stars.entrySet()) {
      totals[position(hierarchy, e.getKey())] = (byte) Math.min(e.getValue().size(), 127);
    }
    return compute(hierarchy, rules, totals, took);
  }

  private static int position(Hierarchy hierarchy, HouseholdId household) {
    int position = hierarchy.indexOf(household);
    InvalidValueException.check(position >= 0, "rating.star.target.household.unknown", household);
    return position;
  }

  private static TargetReport compute(Hierarchy hierarchy, TargetRules rules, byte[] totals,
      BitSet participants) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(rules, "rules");
    checkNotNull(participants, "participants");
    int targetLevel = hierarchy.scheme().indexOf(rules.level());
    InvalidValueException.check(targetLevel >= 0, "rating.star.target.level.unknown",
        rules.level(), hierarchy.scheme().code());
    int high = rules.highStars();
    UnitTotals counts = hierarchy.rollup(4, (h, row) -> {
      int t = totals[h];
      row[HOUSEHOLDS] = 1;
      row[PARTICIPANTS] = participants.get(h) ? 1 : 0;
      row[STARRED] = t > 0 ? 1 : 0;
      row[HIGH] = t >= high ? 1 : 0;
    });
    int unitCount = hierarchy.unitCount();
    int[] level = new int[unitCount];
    for (int u = 0; u < unitCount; u++) {
      level[u] = hierarchy.scheme().indexOf(hierarchy.level(hierarchy.unitAt(u)).code());
    }
    UnitTargets[] own = new UnitTargets[unitCount];
    boolean[] meets = new boolean[unitCount];
    for (int u = 0; u < unitCount; u++) {
      if (level[u] == targetLevel) {
        own[u] = unit(hierarchy, rules, counts, u, 1, 0);
        meets[u] = own[u].meetsAll();
      }
    }
    UnitTotals villages = hierarchy.rollupUnits(2, (u, row) -> {
      row[0] = level[u] == targetLevel ? 1 : 0;
      row[1] = meets[u] ? 1 : 0;
    });
    ImmutableList.Builder<UnitTargets> out = ImmutableList.builder();
    for (int u = 0; u < unitCount; u++) {
      if (level[u] <= targetLevel) {
        out.add(unit(hierarchy, rules, counts, u, villages.getAt(u, 0), villages.getAt(u, 1)));
      }
    }
    return ImmutableTargetReport.builder().rules(rules).units(out.build()).build();
  }

  private static UnitTargets unit(Hierarchy hierarchy, TargetRules rules, UnitTotals counts,
      int u, long villages, long villagesMeeting) {
    UnitId id = hierarchy.unitAt(u);
    long households = counts.getAt(u, HOUSEHOLDS);
    long participants = counts.getAt(u, PARTICIPANTS);
    long starred = counts.getAt(u, STARRED);
    long high = counts.getAt(u, HIGH);
    return UnitTargets.builder().unit(id).name(hierarchy.unit(id).name())
        .level(hierarchy.level(id).code()).households(households).participants(participants)
        .starred(starred).highStarred(high)
        .addChecks(TargetCheck.of(TargetKind.PARTICIPATION, participants, households,
            rules.participation()))
        .addChecks(TargetCheck.of(TargetKind.STARRED, starred, households, rules.starred()))
        .addChecks(TargetCheck.of(TargetKind.HIGH_STARRED, high, starred, rules.highStarred()))
        .villages(villages).villagesMeetingAll(villagesMeeting).build();
  }
}

package io.github.xiangzhi.rating.star.conduct;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.EvidenceTable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * 约束清单 — the restrictions of several quarters' black lists together: who may not share in
 * collective dividends or receive awards on a given day, and the bridge to the star engine's veto
 * (R-PTS-3, R-STAR-7): a household restricted from awards gets the rules' black-list fact.
 *
 * <pre>{@code
 * Restrictions restrictions = Restrictions.of(quarterlyLists);
 * restrictions.restricted(household, LocalDate.of(2024, 12, 31), RestrictionKind.DIVIDENDS);
 * Evidence vetoable = restrictions.mark(evidence, household, yearEnd, "BLACK_LIST");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRestrictions.class)
@JsonDeserialize(as = ImmutableRestrictions.class)
public abstract class Restrictions {

  /** Every restriction. */
  public abstract ImmutableList<Restriction> restrictions();

  /** The restrictions of {@code lists}. */
  public static Restrictions of(Iterable<RedBlackList> lists) {
    ImmutableList.Builder<Restriction> all = ImmutableList.builder();
    lists.forEach(list -> all.addAll(list.restrictions()));
    return ImmutableRestrictions.builder().restrictions(all.build()).build();
  }

  @Value.Lazy
  ImmutableListMultimap<HouseholdId, Restriction> byHousehold() {
    return Multimaps.index(restrictions(), Restriction::household);
  }

  /** True when {@code household} is restricted from {@code kind} on {@code date}. */
  public boolean restricted(HouseholdId household, LocalDate date, RestrictionKind kind) {
    for (Restriction r : byHousehold().get(household)) {
      if (r.applies(kind, date)) {
        return true;
      }
    }
    return false;
  }

  /** The households restricted from {@code kind} on {@code date}, by id. */
  public Set<HouseholdId> restricted(LocalDate date, RestrictionKind kind) {
    Set<HouseholdId> out = new TreeSet<>();
    for (Restriction r : restrictions()) {
      if (r.applies(kind, date)) {
        out.add(r.household());
      }
    }
    return out;
  }

  /**
   * {@code evidence} with the yes-or-no {@code fact} added when {@code household} is restricted
   * from awards on {@code date}; {@code evidence} itself otherwise.
   */
  public Evidence mark(Evidence evidence, HouseholdId household, LocalDate date, String fact) {
    checkNotNull(evidence, "evidence");
    if (!restricted(household, date, RestrictionKind.AWARDS)) {
      return evidence;
    }
    return evidence.with(Evidence.builder().flag(fact).build());
  }

  /**
   * Sets the yes-or-no {@code fact} in {@code table} for every household of {@code hierarchy}
   * restricted from awards on {@code date}; returns the number marked.
   *
   * @throws io.github.xiangzhi.rating.star.EvidenceException if the table's scheme has no such
   *     yes-or-no fact
   * @throws IllegalArgumentException if the table is not for the hierarchy's households
   */
  public int mark(EvidenceTable.Builder table, Hierarchy hierarchy, LocalDate date, String fact) {
    com.google.common.base.Preconditions.checkArgument(
        table.households() == hierarchy.householdCount(),
        "the table has %s households, the hierarchy %s", table.households(),
        hierarchy.householdCount());
    int marked = 0;
    // every set names the same fact, so a bad fact fails on the first, before anything is written
    for (HouseholdId household : restricted(date, RestrictionKind.AWARDS)) {
      int position = hierarchy.indexOf(household);
      if (position >= 0) {
        table.set(position, fact, true);
        marked++;
      }
    }
    return marked;
  }
}

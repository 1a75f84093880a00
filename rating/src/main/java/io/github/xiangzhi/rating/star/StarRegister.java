package io.github.xiangzhi.rating.star;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * 星级档案 — every household's stars across the years (R-STAR-4: "全程管理", history is kept): one
 * {@link StarRecord} per household and rating year. A register is never changed in place; {@link
 * #record} and {@link #adjust} return a new one.
 *
 * <pre>{@code
 * YearEndAdjustment adjustment = register.adjust(GovernancePeriod.ofYear(2024), results);
 * adjustment.changed();        // the stars added and removed, each with its reason
 * register = adjustment.register();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStarRegister.class)
@JsonDeserialize(as = ImmutableStarRegister.class)
public abstract class StarRegister {

  /** Every record, in the order recorded. */
  public abstract ImmutableList<StarRecord> records();

  /** The empty register. */
  public static StarRegister empty() {
    return ImmutableStarRegister.builder().build();
  }

  /** A register of {@code records}. */
  public static StarRegister of(Iterable<StarRecord> records) {
    return ImmutableStarRegister.builder().records(records).build();
  }

  @Value.Lazy
  ImmutableMap<HouseholdId, ImmutableSortedMap<GovernancePeriod, StarRecord>> index() {
    Map<HouseholdId, TreeMap<GovernancePeriod, StarRecord>> out = new LinkedHashMap<>();
    for (StarRecord record : records()) {
      out.computeIfAbsent(record.household(), k -> new TreeMap<>()).put(record.year(), record);
    }
    ImmutableMap.Builder<HouseholdId, ImmutableSortedMap<GovernancePeriod, StarRecord>> b =
        ImmutableMap.builder();
    out.forEach((k, v) -> b.put(k, ImmutableSortedMap.copyOfSorted(v)));
    return b.buildOrThrow();
  }

  /** The households with at least one record. */
  public Set<HouseholdId> households() {
    return index().keySet();
  }

  /** The stars {@code household} held in {@code year}, if recorded. */
  public Optional<ImmutableSet<String>> stars(HouseholdId household, GovernancePeriod year) {
    ImmutableSortedMap<GovernancePeriod, StarRecord> years = index().get(household);
    StarRecord record = years == null ? null : years.get(year);
    return record == null ? Optional.empty() : Optional.of(record.stars());
  }

  /** Every year's stars of {@code household}, oldest first; empty when it has no record. */
  public ImmutableSortedMap<GovernancePeriod, ImmutableSet<String>> history(
      HouseholdId household) {
    ImmutableSortedMap<GovernancePeriod, StarRecord> years = index().get(household);
    if (years == null) {
      return ImmutableSortedMap.of();
    }
    ImmutableSortedMap.Builder<GovernancePeriod, ImmutableSet<String>> out =
        ImmutableSortedMap.naturalOrder();
    years.forEach((year, record) -> out.put(year, record.stars()));
    return out.build();
  }

  /**
   * This register with {@code stars} recorded for {@code year} (an awarded round, say), replacing
   * earlier records of the same households and year.
   *
   * @throws InvalidValueException if {@code year} is not a year
   */
  public StarRegister record(GovernancePeriod year,
      Map<HouseholdId, ? extends Set<String>> stars) {
    StarRecord.requireYear(year);
    List<StarRecord> added = new ArrayList<>(stars.size());
    stars.forEach((household, held) -> added.add(StarRecord.of(household, year, held)));
    return replacing(year, added);
  }

  private StarRegister replacing(GovernancePeriod year, List<StarRecord> added) {
    Set<HouseholdId> replaced = new HashSet<>();
    added.forEach(r -> replaced.add(r.household()));
    List<StarRecord> kept = new ArrayList<>(records().size() + added.size());
    for (StarRecord record : records()) {
      if (!(record.year().equals(year) && replaced.contains(record.household()))) {
        kept.add(record);
      }
    }
    kept.addAll(added);
    return of(kept);
  }

  /**
   * The year-end adjustment (R-STAR-4, "年底推选、能上能下"): compares each household's stars of the
   * year before {@code year} with this year's evaluation, adds the stars whose standard is met,
   * removes those no longer met, and records {@code year}. Each change carries this year's outcome
   * and reasons for its category. Households without a result keep their history untouched.
   *
   * @throws InvalidValueException if {@code year} is not a year, or naming a household given
   *     twice; nothing is recorded
   */
  public YearEndAdjustment adjust(GovernancePeriod year, Iterable<StarResult> results) {
    StarRecord.requireYear(year);
    checkNotNull(results, "results");
    Map<HouseholdId, StarResult> byHousehold = new LinkedHashMap<>();
    for (StarResult result : results) {
      InvalidValueException.check(byHousehold.putIfAbsent(result.household(), result) == null,
          "rating.star.adjust.twice", result.household(), year);
    }
    GovernancePeriod previous = year.previous();
    ImmutableList.Builder<StarChange> changes = ImmutableList.builder();
    List<StarRecord> added = new ArrayList<>(byHousehold.size());
    for (StarResult result : byHousehold.values()) {
      ImmutableSet<String> before = stars(result.household(), previous).orElse(ImmutableSet.of());
      ImmutableSet<String> after = result.stars();
      Map<String, CategoryOutcome> outcomes = new HashMap<>();
      result.outcomes().forEach(o -> outcomes.put(o.category(), o));
      StarChange.Builder change = StarChange.builder().household(result.household()).year(year)
          .before(before).after(after);
      for (String category : after) {
        if (!before.contains(category)) {
          change.addAdded(delta(result, category, true, outcomes));
        }
      }
      for (String category : before) {
        if (!after.contains(category)) {
          change.addRemoved(delta(result, category, false, outcomes));
        }
      }
      changes.add(change.build());
      added.add(StarRecord.of(result.household(), year, after));
    }
    return YearEndAdjustment.builder().year(year).changes(changes.build())
        .register(replacing(year, added)).build();
  }

  private static StarDelta delta(StarResult result, String category, boolean added,
      Map<String, CategoryOutcome> outcomes) {
    StarDelta.Builder delta = StarDelta.builder().category(category).added(added);
    CategoryOutcome outcome = outcomes.get(category);
    if (outcome != null) {
      delta.outcome(outcome).reasons(result.reasonsFor(category));
    }
    return delta.build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    Map<HouseholdId, Set<GovernancePeriod>> seen = new HashMap<>();
    for (int i = 0; i < records().size(); i++) {
      StarRecord r = records().get(i);
      checks.check(seen.computeIfAbsent(r.household(), k -> new HashSet<>()).add(r.year()),
          "/records/" + i, "rating.star.register.twice", r.household(), r.year());
    }
    checks.throwIfAny();
  }
}

package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import org.immutables.value.Value;

/**
 * 点上巡 — household visits by grid workers, household by household and courtyard by courtyard
 * (000 逐户逐院, R-PAT-1), with the closer visits special-group households need (R-PAT-6).
 *
 * <p>Every household is visited at least once every {@link #everyDays()} days; a household with a
 * member of a category listed in {@link #specialGroups()} at least once every that category's
 * days (the smallest, when it has several). Visits take {@link #minutes()} each within the
 * visiting {@link #hours()}; routine visits fall on working days of the calendar when {@link
 * #workingDaysOnly()}, special-group visits when {@link #specialGroupsWorkingDaysOnly()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisitRule.class)
@JsonDeserialize(as = ImmutableVisitRule.class)
public abstract class VisitRule {

  /** The role that visits: {@code GRID_WORKER}. */
  public abstract String role();

  /** The longest gap between two visits to any household, in days; at least one. */
  public abstract int everyDays();

  /** True when routine visits fall on working days only; true by default. */
  @JsonProperty
  @Value.Default
  public boolean workingDaysOnly() {
    return true;
  }

  /** The visiting hours. */
  public abstract TimeWindow hours();

  /** How long one visit takes, in minutes. */
  public abstract int minutes();

  /** The closer frequencies of special-group categories; each category once. */
  public abstract ImmutableList<SpecialGroupFrequency> specialGroups();

  /**
   * True when special-group visits, too, fall on working days only; false by default, since care
   * does not stop for a holiday (a left-behind elder is visited over the Spring Festival).
   */
  @JsonProperty
  @Value.Default
  public boolean specialGroupsWorkingDaysOnly() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a visit rule. */
  public static final class Builder extends ImmutableVisitRule.Builder {}

  /** The number of visits that fit in a day's visiting hours. */
  public final int slotsPerDay() {
    return hours().minutes() / minutes();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(role()), "/role", "core.code.syntax", role());
    checks.check(everyDays() >= 1, "/everyDays", "patrol.everyDays.positive", everyDays());
    if (checks.check(minutes() >= 1, "/minutes", "patrol.minutes.positive", minutes())) {
      checks.check(minutes() <= hours().minutes(), "/minutes", "patrol.minutes.window", minutes(),
          hours());
    }
    checks.unique("/specialGroups", specialGroups(), SpecialGroupFrequency::category, "category");
    checks.throwIfAny();
  }
}

package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import java.time.DayOfWeek;
import org.immutables.value.Value;

/**
 * 面上巡 — how area patrols run (000, R-PAT-1; 002's joint patrols, R-PAT-3): each unit at {@link
 * #level()} is patrolled against the checklist by a team of {@link #team()} on {@link #days()},
 * and every day when it is a key area (its unit belongs to one of {@link #keyAreaGroups()}) or a
 * key period asks for daily area patrols.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAreaPatrolRule.class)
@JsonDeserialize(as = ImmutableAreaPatrolRule.class)
public abstract class AreaPatrolRule {

  /** The level whose units are patrolled: {@code VILLAGE}. */
  public abstract String level();

  /** The code of the team rule. */
  public abstract String team();

  /** The days of the week with an area patrol; every day by default. */
  @JsonProperty
  @Value.Default
  public ImmutableSet<DayOfWeek> days() {
    return Sets.immutableEnumSet(java.util.EnumSet.allOf(DayOfWeek.class));
  }

  /** The hours within which a patrol starts and ends, at an unannounced time. */
  public abstract TimeWindow window();

  /** How long one patrol takes, in minutes. */
  public abstract int minutes();

  /** Unit groups (重点区域) whose units are patrolled every day. */
  public abstract ImmutableSet<String> keyAreaGroups();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an area-patrol rule. */
  public static final class Builder extends ImmutableAreaPatrolRule.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(level()), "/level", "core.code.syntax", level());
    checks.check(Codes.isCode(team()), "/team", "core.code.syntax", team());
    checks.check(!days().isEmpty(), "/days", "patrol.area.noDays");
    if (checks.check(minutes() >= 1, "/minutes", "patrol.minutes.positive", minutes())) {
      checks.check(minutes() <= window().minutes(), "/minutes", "patrol.minutes.window",
          minutes(), window());
    }
    for (String group : keyAreaGroups()) {
      checks.check(Codes.isCode(group), "/keyAreaGroups", "core.code.syntax", group);
    }
    checks.throwIfAny();
  }
}

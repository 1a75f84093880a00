package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 巡逻编组 — the composition a patrol team must have (R-PAT-3): 000's red-armband teams with the
 * police station's patrol (红袖标联巡队伍结合派出所巡逻队伍), 002's five-in-one force of town cadres,
 * village police, village cadres, joint-defence households and unit guards (五位一体). Each role
 * appears once, with how many people it needs; one person fills one seat.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeamRule.class)
@JsonDeserialize(as = ImmutableTeamRule.class)
public abstract class TeamRule implements Named {

  /** The rule's code: {@code RED_ARMBAND_WITH_POLICE}. */
  @Override
  public abstract String code();

  /** The rule as the source writes it: 红袖标联巡队. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The seats by role; at least one, each role once. */
  public abstract ImmutableList<TeamSlot> members();

  /**
   * The bodies the team is drawn from, by code or kind: {@code PEACE_OFFICE} and {@code
   * POLICE_STATION} for 000's red-armband teams with the police patrol, {@code TWO_COMMITTEES}
   * for each village's cadres. When the grid section lists bodies, each must be one of their codes
   * or kinds (the profile check reports {@code /teams/0/bodies/1}).
   */
  public abstract ImmutableList<String> bodies();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a team rule. */
  public static final class Builder extends ImmutableTeamRule.Builder {}

  /** The number of people a team needs. */
  public final int size() {
    int size = 0;
    for (TeamSlot slot : members()) {
      size += slot.count();
    }
    return size;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(!members().isEmpty(), "/members", "patrol.team.empty", code());
    checks.unique("/members", members(), TeamSlot::role, "role");
    for (int i = 0; i < bodies().size(); i++) {
      checks.check(Codes.isCode(bodies().get(i)), "/bodies/" + i, "core.code.syntax",
          bodies().get(i));
    }
    checks.unique("/bodies", bodies(), b -> b, "body");
    checks.throwIfAny();
  }
}

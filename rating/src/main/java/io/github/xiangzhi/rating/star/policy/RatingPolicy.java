package io.github.xiangzhi.rating.star.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.grid.body.Body;
import io.github.xiangzhi.grid.body.BodyRegistry;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.conduct.ConductRules;
import io.github.xiangzhi.rating.star.round.Committee;
import io.github.xiangzhi.rating.star.round.RoundRules;
import io.github.xiangzhi.rating.star.round.RoundSetup;
import io.github.xiangzhi.rating.star.target.TargetRules;
import org.immutables.value.Value;

/**
 * 评星配置 — the county profile's {@code rating} section (R-STAR-1 to 8, R-PTS-3): the {@link
 * #scheme()}, the village {@link #targets()}, the {@link #round()} rules and the {@link
 * #conduct()} rules of the red/black list.
 *
 * <pre>
 * rating:
 *   scheme:
 *     code: CHANGZHI
 *     name: 长治市星级文明户"十星级"创评
 *     facts: [{code: VETERAN_HOUSEHOLD, name: 退役军人户, type: BOOLEAN}]
 *     categories:
 *       - code: LAW_ABIDING
 *         name: 遵规守法
 *         passMark: 60
 *         indicators:
 *           - {code: NO_VIOLATIONS, name: 无违法违规, type: COUNT, atMost: 0, weight: 50}
 *           - {code: LEGAL_EDUCATION, name: 参加普法学习, type: BOOLEAN, weight: 50}
 *     bonuses: [{code: VETERAN, name: 退役军人户加分, trigger: VETERAN_HOUSEHOLD, points: 10,
 *                categories: [LAW_ABIDING]}]
 *   targets: {level: VILLAGE, participation: 90%, starred: 40%, highStars: 6, highStarred: 60%}
 *   round: {quorum: 2/3, majority: 1/2, basis: PRESENT, ties: REJECTED, noticeWorkingDays: 5,
 *           committee: TWO_COMMITTEES}
 *   conduct: {redKinds: [GOOD_DEED], blackKinds: [VIOLATION], blackListFact: BLACK_LIST}
 * </pre>
 *
 * <p>Within the section: the high number of stars must not exceed the scheme's maximum, and the
 * black-list fact must be a yes-or-no fact of the scheme.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingPolicy.class)
@JsonDeserialize(as = ImmutableRatingPolicy.class)
public abstract class RatingPolicy {

  /** The star scheme. */
  public abstract StarScheme scheme();

  /** The village targets; 001's by default. */
  @JsonProperty
  @Value.Default
  public TargetRules targets() {
    return TargetRules.standard();
  }

  /** The rules of the rating round; the defaults of {@link RoundRules}. */
  @JsonProperty
  @Value.Default
  public RoundRules round() {
    return RoundRules.standard();
  }

  /** The rules of the red/black list; none by default. */
  @JsonProperty
  @Value.Default
  public ConductRules conduct() {
    return ConductRules.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a policy; {@code build()} checks the section's cross-references. */
  public static final class Builder extends ImmutableRatingPolicy.Builder {}

  /**
   * The setup of a rating round of {@code village} for {@code year} under this policy: the
   * scheme's stars, the round rules, the targets' village level.
   */
  public RoundSetup roundSetup(UnitId village, GovernancePeriod year, Committee committee,
      GovernanceCalendar calendar) {
    return RoundSetup.builder().village(village).year(year).level(targets().level())
        .scheme(scheme()).committee(committee).rules(round()).calendar(calendar).build();
  }

  /**
   * The committee that votes in {@code village}'s round: the members of the village's own body
   * answering to {@link RoundRules#committee()} (its two committees), else of the body with that
   * code.
   *
   * @throws InvalidValueException if the rules name no committee body, none of {@code bodies}
   *     answers for the village, or the body has no member
   */
  public Committee committee(UnitId village, BodyRegistry bodies) {
    InvalidValueException.check(round().committee().isPresent(),
        "rating.star.round.committee.none");
    String code = round().committee().get();
    Body body = bodies.at(village, code).or(() -> bodies.body(code)).orElseThrow(
        () -> new InvalidValueException("rating.star.round.committee.missing", code, village));
    return Committee.ofBody(body);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(targets().highStars() <= scheme().maxStars(), "/targets/highStars",
        "rating.star.target.highStars.max", targets().highStars(), scheme().maxStars());
    if (conduct().blackListFact().isPresent()) {
      String fact = conduct().blackListFact().get();
      ValueType type = scheme().inputs().get(fact);
      checks.check(type == ValueType.BOOLEAN
              && scheme().facts().stream().anyMatch(f -> f.code().equals(fact)),
          "/conduct/blackListFact", "rating.star.conduct.fact", fact);
    }
    checks.throwIfAny();
  }
}

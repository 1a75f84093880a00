package io.github.xiangzhi.rating.star.round;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 表决与公示规则 — how the two committees decide a household's stars and how long results are
 * posted (R-STAR-3). 001 gives no numbers; the defaults are a common practice, stated in the
 * preset: a quorum of two thirds of the members, a majority of more than half of those present, a
 * tie rejected, five working days of notice.
 *
 * <p>A household's vote has a quorum when the members who voted (abstentions included) reach
 * {@link #quorum()} of all members. It is approved when the votes for are more than {@link
 * #majority()} of the {@link #basis()}; a vote exactly at the share is decided by {@link
 * #ties()}. No vote for is never approved. Everything is exact fractions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoundRules.class)
@JsonDeserialize(as = ImmutableRoundRules.class)
public abstract class RoundRules {

  /** The share of members that must take part; two thirds by default. */
  @JsonProperty
  @Value.Default
  public Share quorum() {
    return Share.of(2, 3);
  }

  /** The share of the basis the votes for must exceed; one half by default. */
  @JsonProperty
  @Value.Default
  public Share majority() {
    return Share.of(1, 2);
  }

  /** What the majority is a share of; the members present by default. */
  @JsonProperty
  @Value.Default
  public VoteBasis basis() {
    return VoteBasis.PRESENT;
  }

  /** How a vote exactly at the majority share is decided; rejected by default. */
  @JsonProperty
  @Value.Default
  public TieRule ties() {
    return TieRule.REJECTED;
  }

  /** The working days results stay posted (公示期); five by default. */
  @JsonProperty
  @Value.Default
  public int noticeWorkingDays() {
    return 5;
  }

  /**
   * The body whose members vote, by code or kind: {@code TWO_COMMITTEES} (村"两委", each village's
   * own). When the grid section lists bodies it must be one of their codes or kinds; {@link
   * io.github.xiangzhi.rating.star.policy.RatingPolicy#committee} builds a village's committee
   * from it.
   */
  public abstract Optional<String> committee();

  /** The default rules. */
  public static RoundRules standard() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rules. */
  public static final class Builder extends ImmutableRoundRules.Builder {}

  /** True when {@code present} of {@code members} make a quorum. */
  public boolean hasQuorum(int present, int members) {
    return quorum().isMetBy(present, members);
  }

  /**
   * True when {@code votesFor} for, {@code against} against and {@code abstentions} abstaining,
   * of {@code members}, approve the proposal.
   */
  public boolean approves(int votesFor, int against, int abstentions, int members) {
    if (votesFor == 0) {
      return false;
    }
    int base;
    switch (basis()) {
      case MEMBERS:
        base = members;
        break;
      case PRESENT:
        base = votesFor + against + abstentions;
        break;
      case CAST:
        base = votesFor + against;
        break;
      default:
        throw new AssertionError(basis());
    }
    if (base == 0 || votesFor > base) {
      return false;
    }
    if (Share.of(votesFor, base).equals(majority())) {
      return ties() == TieRule.APPROVED;
    }
    return majority().isMetBy(votesFor, base);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(noticeWorkingDays() >= 1 && noticeWorkingDays() <= 60, "/noticeWorkingDays",
        "rating.star.rules.notice", noticeWorkingDays());
    committee().ifPresent(c -> checks.check(Codes.isCode(c), "/committee",
        "core.code.syntax", c));
    checks.throwIfAny();
  }
}

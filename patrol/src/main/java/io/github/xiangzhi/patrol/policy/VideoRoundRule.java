package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import java.time.LocalTime;
import org.immutables.value.Value;

/**
 * 探头站岗、鼠标巡逻 — the online camera rounds of 002 (R-PAT-2): every day, one round in the
 * morning window and one in the afternoon window ("每天上午、下午开展各1次线上巡查"), by one person
 * holding {@link #role()} for each unit at {@link #level()} (the command centre, 指挥调度中心).
 * The morning window ends by noon and the afternoon one starts at noon or later.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVideoRoundRule.class)
@JsonDeserialize(as = ImmutableVideoRoundRule.class)
public abstract class VideoRoundRule {

  /** The level whose units keep a command centre: {@code TOWN}. */
  public abstract String level();

  /** The role of the person doing the round: {@code VIDEO_PATROLLER}. */
  public abstract String role();

  /** The morning window (上午). */
  public abstract TimeWindow morning();

  /** The afternoon window (下午). */
  public abstract TimeWindow afternoon();

  /** How long one round takes, in minutes. */
  public abstract int minutes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a camera-round rule. */
  public static final class Builder extends ImmutableVideoRoundRule.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(level()), "/level", "core.code.syntax", level());
    checks.check(Codes.isCode(role()), "/role", "core.code.syntax", role());
    checks.check(!morning().to().isAfter(LocalTime.NOON), "/morning/to", "patrol.video.morning",
        morning());
    checks.check(!afternoon().from().isBefore(LocalTime.NOON), "/afternoon/from",
        "patrol.video.afternoon", afternoon());
    if (checks.check(minutes() >= 1, "/minutes", "patrol.minutes.positive", minutes())) {
      checks.check(minutes() <= morning().minutes(), "/minutes", "patrol.minutes.window",
          minutes(), morning());
      checks.check(minutes() <= afternoon().minutes(), "/minutes", "patrol.minutes.window",
          minutes(), afternoon());
    }
    checks.throwIfAny();
  }
}

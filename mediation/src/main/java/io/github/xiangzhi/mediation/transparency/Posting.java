package io.github.xiangzhi.mediation.transparency;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 晒 — one posting of an item by a village: which item, for which period, when it went up, where
 * (公开栏, 村民会议, 村组微信群 — 002: "定期通过公开栏、相关会议、村组微信群等形式") and for how many days.
 * A posting without a period is refused ({@code /period}): nobody could tell what it covers.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePosting.class)
@JsonDeserialize(as = ImmutablePosting.class)
public abstract class Posting {

  /** The item's code. */
  public abstract String item();

  /** The village that posted. */
  public abstract UnitId unit();

  /** The period the posting covers: {@code 2024-03}, {@code 2024-Q1}. */
  public abstract Optional<GovernancePeriod> period();

  /** The day it went up. */
  public abstract LocalDate postedOn();

  /** Where: 村务公开栏. */
  public abstract String where();

  /** How many days it stayed (or is to stay) up. */
  public abstract int days();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a posting; {@code build()} refuses one without a period. */
  public static final class Builder extends ImmutablePosting.Builder {}

  /** The period; present in every built posting. */
  public GovernancePeriod covers() {
    return period().orElseThrow();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(period().isPresent(), "/period", "mediation.posting.period.missing", item(),
        unit());
    checks.check(!where().isBlank(), "/where", "core.blank", "where");
    checks.check(days() >= 1, "/days", "mediation.posting.days", item(), days());
    checks.throwIfAny();
  }
}

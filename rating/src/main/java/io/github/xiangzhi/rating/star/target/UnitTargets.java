package io.github.xiangzhi.rating.star.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit's targets: a village's own, or a township's or county's over every household within it
 * (R-STAR-5, "roll up to township and county"), with the number of villages within and how many
 * of them meet every target.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitTargets.class)
@JsonDeserialize(as = ImmutableUnitTargets.class)
public abstract class UnitTargets {

  /** The unit. */
  public abstract UnitId unit();

  /** The unit's name. */
  public abstract String name();

  /** The unit's level code. */
  public abstract String level();

  /** Households within the unit. */
  public abstract long households();

  /** Households that took part. */
  public abstract long participants();

  /** Households holding at least one star. */
  public abstract long starred();

  /** Households holding the high number of stars or more. */
  public abstract long highStarred();

  /** The checks: participation, starred, high-starred. */
  public abstract ImmutableList<TargetCheck> checks();

  /** The units at the target level within this one (1 for a village itself). */
  public abstract long villages();

  /** Of those, how many meet every target. */
  public abstract long villagesMeetingAll();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a unit's targets. */
  public static final class Builder extends ImmutableUnitTargets.Builder {}

  /** The check of {@code kind}. */
  public Optional<TargetCheck> check(TargetKind kind) {
    return checks().stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** True when every target is met (a check without a base is not met). */
  public boolean meetsAll() {
    return checks().stream().allMatch(TargetCheck::met);
  }

  /** The report of the unit: a heading line and one line per check. */
  public String text(Locale locale) {
    StringBuilder out = new StringBuilder(Messages.format(locale, "rating.star.target.heading",
        name(), unit().value(), households(), villagesMeetingAll(), villages()));
    for (TargetCheck check : checks()) {
      out.append('\n').append("  ").append(check.text(locale));
    }
    return out.toString();
  }
}

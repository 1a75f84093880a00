package io.github.xiangzhi.rating.star.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One target of one unit: {@link #count()} of {@link #base()} households against the {@link
 * #threshold()}, whether it is met (exactly: 26 of 29 is 89.7%, not 90%), and the {@linkplain
 * #shortfall() households short} ("needs 2 more starred households").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetCheck.class)
@JsonDeserialize(as = ImmutableTargetCheck.class)
public abstract class TargetCheck implements LocalizedText {

  /** Which target. */
  public abstract TargetKind kind();

  /** The households counted: participants, starred or high-starred households. */
  public abstract long count();

  /** The households it is a share of: all households, or the starred ones. */
  public abstract long base();

  /** The share to reach. */
  public abstract Share threshold();

  /** Met, not met, or nothing to divide by. */
  public abstract TargetStatus status();

  /**
   * The fewest more households the count needs, the base staying the same (for the high-star
   * share: starred households moving up to the high number of stars); 0 unless not met.
   */
  public abstract long shortfall();

  /** The check of {@code count} of {@code base} against {@code threshold}. */
  public static TargetCheck of(TargetKind kind, long count, long base, Share threshold) {
    TargetStatus status = base == 0 ? TargetStatus.NO_BASE
        : threshold.isMetBy(count, base) ? TargetStatus.MET : TargetStatus.NOT_MET;
    long shortfall = status == TargetStatus.NOT_MET ? threshold.shortfall(count, base) : 0;
    return ImmutableTargetCheck.builder().kind(kind).count(count).base(base).threshold(threshold)
        .status(status).shortfall(shortfall).build();
  }

  /** True when the target is met. */
  public boolean met() {
    return status() == TargetStatus.MET;
  }

  /**
   * The share as a percentage with two decimals, rounded down so a share just below the
   * threshold never reads as reaching it (89.99%, not 90.00%); "-" without a base.
   */
  public String percent() {
    if (base() == 0) {
      return "-";
    }
    long basisPoints = java.math.BigInteger.valueOf(count()).multiply(
        java.math.BigInteger.valueOf(10_000)).divide(java.math.BigInteger.valueOf(base()))
        .longValueExact();
    return String.format(Locale.ROOT, "%d.%02d%%", basisPoints / 100, basisPoints % 100);
  }

  /**
   * The line for a report: "starred households: 4 of 12 (33.33%), target 40%: needs 1 more
   * starred household(s)".
   */
  @Override
  public String text(Locale locale) {
    String verdict;
    switch (status()) {
      case MET:
        verdict = Messages.format(locale, "rating.star.target.verdict.MET");
        break;
      case NOT_MET:
        verdict = Messages.format(locale, "rating.star.target.verdict.NOT_MET." + kind().name(),
            shortfall());
        break;
      case NO_BASE:
        verdict = Messages.format(locale, "rating.star.target.verdict.NO_BASE." + kind().name());
        break;
      default:
        throw new AssertionError(status());
    }
    return Messages.format(locale, "rating.star.target.line", kind(), count(), base(), percent(),
        threshold().toString(), verdict);
  }

  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}

package io.github.xiangzhi.mediation.transparency;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 督 — a review of a village's postings by the supervising body (002: "镇纪委、村务监督委员会定期开展
 * 督查"): who, when, and whether the postings were found in order, with a note.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupervisionReview.class)
@JsonDeserialize(as = ImmutableSupervisionReview.class)
public abstract class SupervisionReview {

  /** The village reviewed. */
  public abstract UnitId unit();

  /** The reviewing body's code. */
  public abstract String by();

  /** The day of the review. */
  public abstract LocalDate on();

  /** True when the postings were found complete and on time. */
  public abstract boolean inOrder();

  /** What the review found. */
  public abstract Optional<String> note();

  /** A review. */
  public static SupervisionReview of(UnitId unit, String by, LocalDate on, boolean inOrder,
      String note) {
    return ImmutableSupervisionReview.builder().unit(unit).by(by).on(on).inOrder(inOrder)
        .note(Optional.ofNullable(note)).build();
  }
}

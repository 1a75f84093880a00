package io.github.xiangzhi.rating.star.round;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 农户自评 — a household's self-assessment: the stars it claims and its form (自评表), as text or a
 * reference to the filed form.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSelfAssessment.class)
@JsonDeserialize(as = ImmutableSelfAssessment.class)
public abstract class SelfAssessment {

  /** The codes of the stars claimed. */
  public abstract ImmutableSet<String> stars();

  /** The form, or a reference to it. */
  public abstract Optional<String> form();

  /** A self-assessment claiming {@code stars}. */
  public static SelfAssessment of(Iterable<String> stars) {
    return ImmutableSelfAssessment.builder().stars(stars).build();
  }

  /** A self-assessment claiming {@code stars} with {@code form}. */
  public static SelfAssessment of(Iterable<String> stars, String form) {
    return ImmutableSelfAssessment.builder().stars(stars).form(form).build();
  }
}

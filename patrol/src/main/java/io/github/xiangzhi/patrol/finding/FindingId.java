package io.github.xiangzhi.patrol.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.xiangzhi.core.id.Identifier;
import io.github.xiangzhi.core.profile.ProfileScalar;

/**
 * 发现编号 — the id of a patrol finding; the mediation module keeps it on a matter opened from the
 * finding, as the matter's source reference.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(pattern = "^[\\p{L}\\p{N}][\\p{L}\\p{N}._:/-]{0,63}$", description = "a finding id",
    patternProblem = "core.id.form")
public final class FindingId extends Identifier<FindingId> {

  private FindingId(String value) {
    super("finding", value);
  }

  /**
   * The finding id {@code value}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if {@code value} is not a valid id
   */
  @JsonCreator
  public static FindingId of(String value) {
    return new FindingId(value);
  }
}

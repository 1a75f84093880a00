package io.github.xiangzhi.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.xiangzhi.core.profile.ProfileScalar;

/**
 * 户 — a household, the unit that is rated, credited with points and visited.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(pattern = Ids.PATTERN, description = "a household id",
    patternProblem = "core.id.form")
public final class HouseholdId extends Identifier<HouseholdId> {

  private HouseholdId(String value) {
    super("household", value);
  }

  /**
   * The household id {@code value}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if {@code value} is not a valid id
   */
  @JsonCreator
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }
}

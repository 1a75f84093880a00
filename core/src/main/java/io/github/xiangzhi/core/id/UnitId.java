package io.github.xiangzhi.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.xiangzhi.core.profile.ProfileScalar;

/**
 * 单元 — a unit of the hierarchy: a town, village, grid or courtyard.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(pattern = Ids.PATTERN, description = "a unit id", patternProblem = "core.id.form")
public final class UnitId extends Identifier<UnitId> {

  private UnitId(String value) {
    super("unit", value);
  }

  /**
   * The unit id {@code value}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if {@code value} is not a valid id
   */
  @JsonCreator
  public static UnitId of(String value) {
    return new UnitId(value);
  }
}

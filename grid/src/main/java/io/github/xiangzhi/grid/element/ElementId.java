package io.github.xiangzhi.grid.element;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.xiangzhi.core.id.Identifier;
import io.github.xiangzhi.core.profile.ProfileScalar;

/**
 * 要素编号 — the id of a grid element.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(pattern = "^[\\p{L}\\p{N}][\\p{L}\\p{N}._:/-]{0,63}$",
    description = "a grid element id", patternProblem = "core.id.form")
public final class ElementId extends Identifier<ElementId> {

  private ElementId(String value) {
    super("element", value);
  }

  /**
   * The element id {@code value}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if {@code value} is not a valid id
   */
  @JsonCreator
  public static ElementId of(String value) {
    return new ElementId(value);
  }
}

package io.github.xiangzhi.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.xiangzhi.core.profile.ProfileScalar;

/**
 * 事项 — a matter: a dispute or request raised by villagers, handled by mediation and referred by patrols.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(pattern = Ids.PATTERN, description = "a matter id", patternProblem = "core.id.form")
public final class MatterId extends Identifier<MatterId> {

  private MatterId(String value) {
    super("matter", value);
  }

  /**
   * The matter id {@code value}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if {@code value} is not a valid id
   */
  @JsonCreator
  public static MatterId of(String value) {
    return new MatterId(value);
  }
}

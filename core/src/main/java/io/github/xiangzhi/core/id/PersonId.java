package io.github.xiangzhi.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.xiangzhi.core.profile.ProfileScalar;

/**
 * 人员 — a person: a resident, a member of staff or of a body.
 *
 * <p>This class is immutable and thread-safe.
 */
@ProfileScalar(pattern = Ids.PATTERN, description = "a person id", patternProblem = "core.id.form")
public final class PersonId extends Identifier<PersonId> {

  private PersonId(String value) {
    super("person", value);
  }

  /**
   * The person id {@code value}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if {@code value} is not a valid id
   */
  @JsonCreator
  public static PersonId of(String value) {
    return new PersonId(value);
  }
}

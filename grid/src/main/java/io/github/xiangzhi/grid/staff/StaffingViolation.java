package io.github.xiangzhi.grid.staff;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.LocalizedMessage;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One breach of a {@link StaffingRule}: a unit with too few or too many people of a role, or a
 * person serving too few or too many units, with the counts and a message in the caller's
 * language.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaffingViolation implements LocalizedMessage {
  private final String rule;
  private final UnitId unit;
  private final PersonId person;
  private final String roles;
  private final int found;
  private final String messageKey;
  private final ImmutableList<Object> arguments;

  StaffingViolation(String rule, UnitId unit, PersonId person, String roles, int found,
      String messageKey, Object... arguments) {
    this.rule = rule;
    this.unit = unit;
    this.person = person;
    this.roles = roles;
    this.found = found;
    this.messageKey = messageKey;
    this.arguments = ImmutableList.copyOf(Arrays.asList(arguments));
  }

  /** The code of the rule broken. */
  public String rule() {
    return rule;
  }

  /** The unit short of (or over) its staff, for unit rules. */
  public Optional<UnitId> unit() {
    return Optional.ofNullable(unit);
  }

  /** The person serving too few or too many units, for person rules. */
  public Optional<PersonId> person() {
    return Optional.ofNullable(person);
  }

  /** The roles counted, such as {@code POLICE/AUXILIARY_POLICE}. */
  public String roles() {
    return roles;
  }

  /** How many were found: people at the unit, or units of the person. */
  public int found() {
    return found;
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public List<Object> messageArguments() {
    return arguments;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StaffingViolation)) {
      return false;
    }
    StaffingViolation v = (StaffingViolation) o;
    return v.rule.equals(rule) && Objects.equals(v.unit, unit) && Objects.equals(v.person, person)
        && v.roles.equals(roles) && v.found == found && v.messageKey.equals(messageKey)
        && v.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, unit, person, roles, found, messageKey);
  }

  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}

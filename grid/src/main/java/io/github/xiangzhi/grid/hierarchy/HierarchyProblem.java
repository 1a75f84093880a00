package io.github.xiangzhi.grid.hierarchy;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.LocalizedMessage;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * 问题 — one thing wrong with a hierarchy or its coverage (R-GRID-2): a gap (a household no unit
 * holds, an empty grid), an overlap (a household in two units) or a broken rule (a unit whose
 * level breaks the scheme, a cycle). It names its {@link Kind}, the units and households
 * involved, a path such as {@code /units/v-01/parent}, and a message in the caller's language.
 *
 * <p>{@link HierarchyBuilder#build()} throws the structural problems in a {@link
 * HierarchyException}; a {@link CoverageReport} lists every problem, structural or not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HierarchyProblem implements LocalizedMessage {

  /** What kind of problem it is; {@link #isStructural()} kinds stop a hierarchy being built. */
  public enum Kind implements LocalizedText {
    /** Two units share an id. */
    DUPLICATE_UNIT("grid.unit.duplicate", true),
    /** A unit's level is not in the scheme. */
    UNKNOWN_LEVEL("grid.unit.level.unknown", true),
    /** A unit names a parent that does not exist: an orphaned unit. */
    UNKNOWN_PARENT("grid.unit.parent.unknown", true),
    /** Units are each other's ancestors. */
    CYCLE("grid.unit.cycle", true),
    /** A unit sits under a parent at a level the scheme does not allow above it. */
    LEVEL_ORDER("grid.unit.level.order", true),
    /** A unit names a group that the hierarchy does not declare. */
    UNKNOWN_GROUP("grid.unit.group.unknown", true),
    /** A unit is in two groups of an exclusive group set (试点村 and 普通村 at once). */
    EXCLUSIVE_GROUPS("grid.unit.group.exclusive", true),
    /** A group set or group is declared twice with different definitions. */
    DUPLICATE_GROUP("grid.group.duplicate", true),
    /** A household row names a unit that does not exist. */
    HOUSEHOLD_UNKNOWN_UNIT("grid.household.unit.unknown", true),
    /** A household is attached to a unit with units below it. */
    HOUSEHOLD_ON_INNER_UNIT("grid.household.unit.notLeaf", true),
    /** A household is given twice for the same unit. */
    HOUSEHOLD_DUPLICATE_ROW("grid.household.duplicate", true),
    /** A household is attached to two or more units: an overlap. */
    HOUSEHOLD_IN_TWO_UNITS("grid.household.twoUnits", true),
    /** A household of the register that no unit holds: a gap (有缝隙). */
    HOUSEHOLD_UNATTACHED("grid.coverage.unattached", false),
    /** A household that a unit holds but the register does not list. */
    HOUSEHOLD_UNREGISTERED("grid.coverage.unregistered", false),
    /** A leaf unit open on the day, without a household: an empty grid. */
    EMPTY_GRID("grid.coverage.emptyGrid", false),
    /** A unit closed by the day that still holds households. */
    CLOSED_UNIT_WITH_HOUSEHOLDS("grid.coverage.closedWithHouseholds", false),
    /** A unit open on the day under a parent closed by then: orphaned in time. */
    OPEN_UNDER_CLOSED("grid.coverage.openUnderClosed", false),
    /**
     * A unit without a parent at a level below the highest level any root sits at: a unit cut off
     * from the tree (a hierarchy may start at any level of its scheme, but all its roots at one).
     */
    ROOT_BELOW_TOP("grid.coverage.rootBelowTop", false),
    /** A unit that belongs to no group of a compulsory group set that applies to its level. */
    UNCLASSIFIED_UNIT("grid.coverage.unclassified", false);

    private final String messageKey;
    private final boolean structural;

    Kind(String messageKey, boolean structural) {
      this.messageKey = messageKey;
      this.structural = structural;
    }

    /** The message key of problems of this kind (the default one, where there are variants). */
    public String messageKey() {
      return messageKey;
    }

    /** True when a problem of this kind stops {@link HierarchyBuilder#build()}. */
    public boolean isStructural() {
      return structural;
    }

    @Override
    public String text(Locale locale) {
      return Messages.format(locale, "grid.problem." + name());
    }
  }

  private final Kind kind;
  private final String path;
  private final ImmutableList<UnitId> units;
  private final ImmutableList<HouseholdId> households;
  private final String messageKey;
  private final ImmutableList<Object> arguments;

  private HierarchyProblem(Kind kind, String path, List<UnitId> units,
      List<HouseholdId> households, String messageKey, List<Object> arguments) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.units = ImmutableList.copyOf(units);
    this.households = ImmutableList.copyOf(households);
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = ImmutableList.copyOf(arguments);
  }

  static HierarchyProblem of(Kind kind, String path, List<UnitId> units,
      List<HouseholdId> households, Object... arguments) {
    return new HierarchyProblem(kind, path, units, households, kind.messageKey(),
        Arrays.asList(arguments));
  }

  static HierarchyProblem withKey(Kind kind, String messageKey, String path, List<UnitId> units,
      List<HouseholdId> households, Object... arguments) {
    return new HierarchyProblem(kind, path, units, households, messageKey,
        Arrays.asList(arguments));
  }

  /** The kind of problem. */
  public Kind kind() {
    return kind;
  }

  /**
   * Where the problem lies, as a JSON pointer over ids: {@code /units/v-01/parent}, {@code
   * /households/h-7}, {@code /groupSets/VILLAGE_TYPE}.
   */
  public String path() {
    return path;
  }

  /** The units involved, the one at fault first (for a cycle, every unit on it). */
  public List<UnitId> units() {
    return units;
  }

  /** The households involved. */
  public List<HouseholdId> households() {
    return households;
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public List<Object> messageArguments() {
    return arguments;
  }

  /** The problem as a violation for an {@link io.github.xiangzhi.core.InvalidValueException}. */
  public Violation toViolation() {
    return new Violation(path, messageKey, arguments);
  }

  /** This problem at another path, for callers that report by list index. */
  HierarchyProblem at(String otherPath) {
    return new HierarchyProblem(kind, otherPath, units, households, messageKey, arguments);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HierarchyProblem)) {
      return false;
    }
    HierarchyProblem p = (HierarchyProblem) o;
    return p.kind == kind && p.path.equals(path) && p.units.equals(units)
        && p.households.equals(households) && p.messageKey.equals(messageKey)
        && p.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, units, households, messageKey, arguments);
  }

  /** {@code /units/x/parent: message} in English. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message(Locale.ENGLISH);
  }
}

package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.List;
import java.util.Locale;

/**
 * 调整事项 — one change to a hierarchy (R-GRID-8). The kinds are the subclasses: {@link AddUnit},
 * {@link RemoveUnit}, {@link MoveUnit}, {@link RenameUnit}, {@link UpdateUnit}, {@link
 * MergeUnits}, {@link AddHousehold}, {@link RemoveHousehold}, {@link MoveHousehold} and {@link
 * SplitHousehold}. In JSON a change carries its kind in the field {@code change}: <code>
 * {"change": "MOVE_UNIT", "unit": "g7", "parent": "v2"}</code>.
 *
 * <p>Every subclass is immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "change")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ImmutableAddUnit.class, name = "ADD_UNIT"),
    @JsonSubTypes.Type(value = ImmutableRemoveUnit.class, name = "REMOVE_UNIT"),
    @JsonSubTypes.Type(value = ImmutableMoveUnit.class, name = "MOVE_UNIT"),
    @JsonSubTypes.Type(value = ImmutableRenameUnit.class, name = "RENAME_UNIT"),
    @JsonSubTypes.Type(value = ImmutableUpdateUnit.class, name = "UPDATE_UNIT"),
    @JsonSubTypes.Type(value = ImmutableMergeUnits.class, name = "MERGE_UNITS"),
    @JsonSubTypes.Type(value = ImmutableAddHousehold.class, name = "ADD_HOUSEHOLD"),
    @JsonSubTypes.Type(value = ImmutableRemoveHousehold.class, name = "REMOVE_HOUSEHOLD"),
    @JsonSubTypes.Type(value = ImmutableMoveHousehold.class, name = "MOVE_HOUSEHOLD"),
    @JsonSubTypes.Type(value = ImmutableSplitHousehold.class, name = "SPLIT_HOUSEHOLD")})
public abstract class HierarchyChange {

  /** The kinds of change. */
  public enum Kind implements LocalizedText {
    /** A unit is set up. */
    ADD_UNIT,
    /** A unit is dissolved; it must hold nothing by then. */
    REMOVE_UNIT,
    /** A unit moves under another parent (or becomes a root). */
    MOVE_UNIT,
    /** A unit is renamed. */
    RENAME_UNIT,
    /** A unit's level, division code, dates or groups change. */
    UPDATE_UNIT,
    /** One unit is merged into another: its units and households move, it goes or closes. */
    MERGE_UNITS,
    /** A household is registered. */
    ADD_HOUSEHOLD,
    /** A household is deregistered. */
    REMOVE_HOUSEHOLD,
    /** A household moves to another unit. */
    MOVE_HOUSEHOLD,
    /** A household divides into new ones (分户): the head died, the family divides. */
    SPLIT_HOUSEHOLD;

    @Override
    public String text(Locale locale) {
      return Messages.format(locale, "grid.changeKind." + name());
    }
  }

  HierarchyChange() {}

  /** The kind of change. */
  public abstract Kind kind();

  /** The units the change names, the one it changes first. */
  public abstract List<UnitId> units();

  /** The households the change names. */
  public abstract List<HouseholdId> households();

  /** What the change does, for the audit trail, in {@code locale}'s language. */
  public abstract String describe(Locale locale);
}

package io.github.xiangzhi.grid.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 区划调整方案 — an ordered list of {@link HierarchyChange}s with why, when and under which
 * document (R-GRID-8): villages merged and split (004: "拆乡并镇"), grids redrawn, households moved
 * and divided.
 *
 * <p>{@link #diff(Hierarchy, Hierarchy)} finds the changes from one hierarchy to another — added,
 * removed, moved, renamed, updated and merged units, added, removed and moved households — and
 * {@link #applyTo(Hierarchy)} replays a set on a hierarchy, giving a new one; the old one is never
 * touched, so diff-then-apply gives back the target. Applying checks each change as it comes (the
 * units and households it names exist, or do not yet for additions), then the result as a whole:
 * a removal that would orphan units or households, a move that would close a cycle, a level out
 * of the scheme's order are each rejected in one {@link ChangeException} naming the change and
 * why; so is a merge into a unit below the merged one. Merging keeps every household. The set
 * reads and writes as JSON for the audit trail: read one back with {@link
 * io.github.xiangzhi.core.json.XiangzhiJson#read XiangzhiJson.read(mapper, json,
 * ChangeSet.class)}, which refuses an unknown kind of change or a change that refuses itself
 * (a unit merged into itself) with the pointer of the change, not a Jackson exception. {@link
 * #describe(Locale)} words a set for people.
 *
 * <p>A change set changes units and households; the scheme and the declared group sets stay those
 * of the hierarchy it is applied to.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChangeSet.class)
@JsonDeserialize(as = ImmutableChangeSet.class)
public abstract class ChangeSet {

  /** The changes, in the order they apply. */
  public abstract ImmutableList<HierarchyChange> changes();

  /** Why: 撤并建制村. */
  public abstract Optional<String> reason();

  /** The day the changes take effect. */
  public abstract Optional<LocalDate> effective();

  /** The document that ordered them: 渭沱府发〔2024〕12号. */
  public abstract Optional<String> reference();

  /** The set of {@code changes}. */
  public static ChangeSet of(HierarchyChange... changes) {
    return builder().addChanges(changes).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a change set. */
  public static final class Builder extends ImmutableChangeSet.Builder {}

  /**
   * The changes that turn {@code from} into {@code to}: units added (parents first), renamed and
   * updated, moved, merged (a removed unit whose units and households all went to one other unit),
   * households added, moved and removed, then units removed (children first).
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if the two hierarchies have different
   *     schemes or group sets, which a change set cannot express
   */
  public static ChangeSet diff(Hierarchy from, Hierarchy to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return builder().addAllChanges(Differ.diff(from, to)).build();
  }

  /**
   * The hierarchy {@code base} becomes under these changes; {@code base} is untouched.
   *
   * @throws ChangeException naming every change that cannot be applied and why
   */
  public Hierarchy applyTo(Hierarchy base) {
    checkNotNull(base, "base");
    return new Applier(base).apply(changes());
  }

  /** The changes of {@code kind}. */
  public List<HierarchyChange> changes(HierarchyChange.Kind kind) {
    return changes().stream().filter(c -> c.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /** The units added. */
  public List<HierarchyChange> added() {
    return changes(HierarchyChange.Kind.ADD_UNIT);
  }

  /** The units removed. */
  public List<HierarchyChange> removed() {
    return changes(HierarchyChange.Kind.REMOVE_UNIT);
  }

  /** The units moved. */
  public List<HierarchyChange> moved() {
    return changes(HierarchyChange.Kind.MOVE_UNIT);
  }

  /** The units renamed. */
  public List<HierarchyChange> renamed() {
    return changes(HierarchyChange.Kind.RENAME_UNIT);
  }

  /** The units merged. */
  public List<HierarchyChange> merged() {
    return changes(HierarchyChange.Kind.MERGE_UNITS);
  }

  /** The households moved. */
  public List<HierarchyChange> movedHouseholds() {
    return changes(HierarchyChange.Kind.MOVE_HOUSEHOLD);
  }

  /** True when the set changes nothing. */
  @JsonIgnore
  public boolean isEmpty() {
    return changes().isEmpty();
  }

  /** One line per change, numbered from 0 as the paths of a {@link ChangeException} are. */
  public List<String> describe(Locale locale) {
    List<String> lines = new ArrayList<>(changes().size());
    for (int i = 0; i < changes().size(); i++) {
      lines.add(i + ". " + changes().get(i).describe(locale));
    }
    return lines;
  }
}

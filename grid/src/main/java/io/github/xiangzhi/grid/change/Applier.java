package io.github.xiangzhi.grid.change;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.HierarchyException;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem;
import io.github.xiangzhi.grid.hierarchy.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Replays changes on a working copy of a hierarchy's units and of the households they move, then
 * builds the result and, if the builder finds problems, tells which change caused each. The base
 * hierarchy is only read. Not thread-safe; one applier per application.
 */
final class Applier {
  private static final int SHOWN = 5;

  private final Hierarchy base;
  private final LinkedHashMap<UnitId, Unit> units = new LinkedHashMap<>();
  /** Households added, moved or removed (empty) by the changes. */
  private final LinkedHashMap<HouseholdId, Optional<UnitId>> households = new LinkedHashMap<>();
  private final Map<UnitId, Integer> touched = new HashMap<>();
  private final Map<UnitId, Integer> childChange = new HashMap<>();
  private final Map<UnitId, Integer> removedBy = new HashMap<>();
  private final Map<HouseholdId, Integer> householdTouched = new HashMap<>();
  private final List<HierarchyChange> changes = new ArrayList<>();
  private final List<Indexed> problems = new ArrayList<>();

  Applier(Hierarchy base) {
    this.base = base;
    for (Unit unit : base.units()) {
      units.put(unit.id(), unit);
    }
  }

  Hierarchy apply(List<HierarchyChange> all) {
    changes.addAll(all);
    for (int i = 0; i < all.size(); i++) {
      step(i, all.get(i));
    }
    if (problems.isEmpty()) {
      try {
        return builder().build();
      } catch (HierarchyException e) {
        attribute(e.problems());
      }
    }
    problems.sort(Comparator.comparingInt(p -> p.index));
    List<Violation> out = new ArrayList<>();
    problems.forEach(p -> out.add(p.violation));
    throw new ChangeException(out);
  }

  // ---------------------------------------------------------------- one change

  private void step(int i, HierarchyChange change) {
    switch (change.kind()) {
      case ADD_UNIT: {
        Unit unit = ((AddUnit) change).unit();
        if (units.containsKey(unit.id())) {
          problem(i, "grid.change.unit.exists", unit.id());
        } else if (unit.parent().isEmpty() || requireUnit(i, unit.parent().get())) {
          units.put(unit.id(), unit);
          touch(i, unit);
        }
        break;
      }
      case REMOVE_UNIT: {
        UnitId id = ((RemoveUnit) change).unit();
        if (requireUnit(i, id)) {
          units.remove(id);
          removedBy.put(id, i);
        }
        break;
      }
      case MOVE_UNIT: {
        MoveUnit move = (MoveUnit) change;
        boolean known = requireUnit(i, move.unit());
        boolean parentKnown = move.parent().isEmpty() || requireUnit(i, move.parent().get());
        if (!known || !parentKnown) {
          break;
        }
        if (move.parent().isPresent() && move.parent().get().equals(move.unit())) {
          problem(i, "grid.change.move.self", move.unit());
          break;
        }
        Unit moved = Unit.builder().from(units.get(move.unit())).parent(move.parent()).build();
        units.put(moved.id(), moved);
        touch(i, moved);
        break;
      }
      case RENAME_UNIT: {
        RenameUnit rename = (RenameUnit) change;
        if (requireUnit(i, rename.unit())) {
          units.put(rename.unit(), units.get(rename.unit()).withName(rename.name()));
          touched.put(rename.unit(), i);
        }
        break;
      }
      case UPDATE_UNIT: {
        UpdateUnit update = (UpdateUnit) change;
        if (requireUnit(i, update.unit())) {
          try {
            units.put(update.unit(), update.applyTo(units.get(update.unit())));
            touched.put(update.unit(), i);
          } catch (InvalidValueException e) {
            invalid(i, e);
          }
        }
        break;
      }
      case MERGE_UNITS:
        merge(i, (MergeUnits) change);
        break;
      case ADD_HOUSEHOLD: {
        AddHousehold add = (AddHousehold) change;
        if (unitOf(add.household()).isPresent()) {
          problem(i, "grid.change.household.exists", add.household());
        } else if (requireUnit(i, add.unit())) {
          place(i, add.household(), Optional.of(add.unit()));
        }
        break;
      }
      case REMOVE_HOUSEHOLD: {
        HouseholdId id = ((RemoveHousehold) change).household();
        if (requireHousehold(i, id)) {
          place(i, id, Optional.empty());
        }
        break;
      }
      case MOVE_HOUSEHOLD: {
        MoveHousehold move = (MoveHousehold) change;
        if (requireHousehold(i, move.household()) & requireUnit(i, move.unit())) {
          place(i, move.household(), Optional.of(move.unit()));
        }
        break;
      }
      case SPLIT_HOUSEHOLD:
        split(i, (SplitHousehold) change);
        break;
      default:
        throw new IllegalStateException("unknown change " + change.kind());
    }
  }

  private void merge(int i, MergeUnits merge) {
    if (!(requireUnit(i, merge.from()) & requireUnit(i, merge.into()))) {
      return;
    }
    if (lies(merge.into(), merge.from())) {
      // its units would go under one of themselves
      add(i, "grid.change.merge.within", merge.from(), merge.into());
      return;
    }
    Unit from = units.get(merge.from());
    Unit closed = null;
    if (merge.closeOn().isPresent()) {
      try {
        closed = Unit.builder().from(from).closed(merge.closeOn().get()).build();
      } catch (InvalidValueException e) {
        invalid(i, e);
        return;
      }
    }
    for (Unit unit : new ArrayList<>(units.values())) {
      if (unit.parent().isPresent() && unit.parent().get().equals(merge.from())) {
        Unit moved = unit.withParent(merge.into());
        units.put(moved.id(), moved);
        touch(i, moved);
      }
    }
    for (HouseholdId household : householdsAt(merge.from())) {
      place(i, household, Optional.of(merge.into()));
    }
    touched.put(merge.into(), i);
    if (closed != null) {
      units.put(closed.id(), closed);
      touched.put(closed.id(), i);
    } else {
      units.remove(merge.from());
      removedBy.put(merge.from(), i);
    }
  }

  /** True when {@code unit} lies strictly below {@code root} in the working copy. */
  private boolean lies(UnitId unit, UnitId root) {
    Unit at = units.get(unit);
    // the working copy may hold a cycle made by an earlier change: stop after every unit
    for (int steps = units.size(); at != null && at.parent().isPresent() && steps > 0; steps--) {
      UnitId parent = at.parent().get();
      if (parent.equals(root)) {
        return true;
      }
      at = units.get(parent);
    }
    return false;
  }

  private void split(int i, SplitHousehold split) {
    boolean ok = requireHousehold(i, split.household());
    for (HouseholdPart part : split.into()) {
      if (unitOf(part.household()).isPresent()) {
        problem(i, "grid.change.household.exists", part.household());
        ok = false;
      }
      if (part.unit().isPresent()) {
        ok &= requireUnit(i, part.unit().get());
      }
    }
    if (!ok) {
      return;
    }
    Optional<UnitId> home = unitOf(split.household());
    for (HouseholdPart part : split.into()) {
      place(i, part.household(), Optional.of(part.unit().orElse(home.orElseThrow())));
    }
    if (!split.continues()) {
      place(i, split.household(), Optional.empty());
    }
  }

  // ---------------------------------------------------------------- working state

  private void touch(int i, Unit unit) {
    touched.put(unit.id(), i);
    unit.parent().ifPresent(p -> childChange.put(p, i));
  }

  private void place(int i, HouseholdId household, Optional<UnitId> unit) {
    households.put(household, unit);
    householdTouched.put(household, i);
  }

  /** The unit a household is in now, or empty when it does not exist (any more). */
  private Optional<UnitId> unitOf(HouseholdId household) {
    Optional<UnitId> changed = households.get(household);
    if (changed != null) {
      return changed;
    }
    int h = base.indexOf(household);
    return h < 0 ? Optional.empty() : Optional.of(base.unitAt(base.unitIndexOfHousehold(h)));
  }

  /** The households attached to {@code unit} now. */
  private List<HouseholdId> householdsAt(UnitId unit) {
    List<HouseholdId> out = new ArrayList<>();
    if (base.contains(unit)) {
      for (HouseholdId household : base.households(unit)) {
        if (!households.containsKey(household)) {
          out.add(household);
        }
      }
    }
    for (Map.Entry<HouseholdId, Optional<UnitId>> e : households.entrySet()) {
      if (e.getValue().isPresent() && e.getValue().get().equals(unit)) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private boolean requireUnit(int i, UnitId unit) {
    if (units.containsKey(unit)) {
      return true;
    }
    problem(i, "grid.change.unit.unknown", unit);
    return false;
  }

  private boolean requireHousehold(int i, HouseholdId household) {
    if (unitOf(household).isPresent()) {
      return true;
    }
    problem(i, "grid.change.household.unknown", household);
    return false;
  }

  private HierarchyBuilder builder() {
    HierarchyBuilder b = Hierarchy.builder(base.scheme());
    base.groupSets().forEach(b::addGroupSet);
    base.groups().forEach(b::addGroup);
    b.addUnits(units.values());
    for (int h = 0; h < base.householdCount(); h++) {
      HouseholdId id = base.householdAt(h);
      if (!households.containsKey(id)) {
        b.addHousehold(id, base.unitAt(base.unitIndexOfHousehold(h)));
      }
    }
    households.forEach((id, unit) -> unit.ifPresent(u -> b.addHousehold(id, u)));
    return b;
  }

  // ---------------------------------------------------------------- why it fails

  /** Names the change behind each problem of the result. */
  private void attribute(List<HierarchyProblem> found) {
    Map<Integer, Map<UnitId, List<UnitId>>> orphanedUnits = new TreeMap<>();
    Map<Integer, Map<UnitId, List<HouseholdId>>> orphanedHouseholds = new TreeMap<>();
    for (HierarchyProblem p : found) {
      switch (p.kind()) {
        case UNKNOWN_PARENT: {
          UnitId child = p.units().get(0);
          UnitId parent = p.units().get(1);
          Integer j = removedBy.get(parent);
          if (j != null) {
            orphanedUnits.computeIfAbsent(j, k -> new LinkedHashMap<>())
                .computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
          } else {
            breaks(latest(p), p);
          }
          break;
        }
        case HOUSEHOLD_UNKNOWN_UNIT: {
          UnitId unit = p.units().get(0);
          Integer j = removedBy.get(unit);
          if (j != null) {
            orphanedHouseholds.computeIfAbsent(j, k -> new LinkedHashMap<>())
                .computeIfAbsent(unit, k -> new ArrayList<>()).add(p.households().get(0));
          } else {
            breaks(latest(p), p);
          }
          break;
        }
        case CYCLE: {
          int j = latest(p);
          UnitId moved = p.units().stream().filter(u -> Integer.valueOf(j).equals(touched.get(u)))
              .findFirst().orElse(p.units().get(0));
          UnitId parent = units.get(moved).parent().orElse(moved);
          add(j, "grid.change.cycle", moved, parent, p.units());
          break;
        }
        default:
          breaks(latest(p), p);
      }
    }
    orphanedUnits.forEach((j, byParent) -> byParent.forEach(
        (parent, children) -> add(j, "grid.change.orphansUnits", parent, children)));
    orphanedHouseholds.forEach((j, byUnit) -> byUnit.forEach((unit, ids) -> add(j,
        "grid.change.orphansHouseholds", unit, ids.size(),
        ids.size() <= SHOWN ? ids : ids.subList(0, SHOWN) + "…")));
  }

  /** The last change that touched a unit or household the problem names, or -1. */
  private int latest(HierarchyProblem p) {
    int j = -1;
    for (UnitId unit : p.units()) {
      j = Math.max(j, touched.getOrDefault(unit, -1));
      j = Math.max(j, childChange.getOrDefault(unit, -1));
      j = Math.max(j, removedBy.getOrDefault(unit, -1));
    }
    for (HouseholdId household : p.households()) {
      j = Math.max(j, householdTouched.getOrDefault(household, -1));
    }
    return j;
  }

  private void breaks(int j, HierarchyProblem p) {
    LocalizedText why = LocalizedText.rendered(p::message);
    if (j < 0) {
      problems.add(new Indexed(Integer.MAX_VALUE,
          new Violation("/changes", "grid.change.result", List.of(why))));
    } else {
      add(j, "grid.change.breaks", changes.get(j).kind(), why);
    }
  }

  private void invalid(int i, InvalidValueException e) {
    LocalizedText why = LocalizedText.rendered(e::message);
    add(i, "grid.change.invalid", why);
  }

  private void problem(int i, String key, Object subject) {
    add(i, key, subject);
  }

  private void add(int i, String key, Object... more) {
    List<Object> arguments = new ArrayList<>(more.length + 1);
    arguments.add(i);
    arguments.addAll(Arrays.asList(more));
    problems.add(new Indexed(i, new Violation("/changes/" + i, key, arguments)));
  }

  private static final class Indexed {
    final int index;
    final Violation violation;

    Indexed(int index, Violation violation) {
      this.index = index;
      this.violation = violation;
    }
  }
}

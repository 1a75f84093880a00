package io.github.xiangzhi.grid.change;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the changes from one hierarchy to another; see {@link ChangeSet#diff}. */
final class Differ {
  private Differ() {}

  static List<HierarchyChange> diff(Hierarchy a, Hierarchy b) {
    InvalidValueException.check(a.scheme().equals(b.scheme()), "grid.change.scheme",
        a.scheme().code(), b.scheme().code());
    InvalidValueException.check(a.groupSets().equals(b.groupSets())
        && a.groups().equals(b.groups()), "grid.change.groupSets");
    List<HierarchyChange> out = new ArrayList<>();
    // units added, parents first (pre-order), then renamed and updated
    for (Unit unit : b.units()) {
      if (!a.contains(unit.id())) {
        out.add(AddUnit.of(unit));
      }
    }
    for (Unit unit : b.units()) {
      Optional<Unit> old = a.find(unit.id());
      if (old.isPresent()) {
        if (!old.get().name().equals(unit.name())) {
          out.add(RenameUnit.of(unit.id(), unit.name()));
        }
        if (UpdateUnit.differs(old.get(), unit)) {
          out.add(UpdateUnit.to(unit));
        }
      }
    }
    // merges: a removed unit whose units and households all went to one other unit
    Map<UnitId, UnitId> mergedInto = new LinkedHashMap<>();
    for (Unit gone : a.units()) {
      if (b.contains(gone.id())) {
        continue;
      }
      List<UnitId> children = a.children(gone.id());
      List<HouseholdId> held = a.households(gone.id());
      if (children.isEmpty() && held.isEmpty()) {
        continue;
      }
      Set<UnitId> targets = new HashSet<>();
      boolean all = true;
      for (UnitId child : children) {
        Optional<UnitId> parent = b.contains(child) ? b.parent(child) : Optional.empty();
        all &= parent.isPresent();
        parent.ifPresent(targets::add);
      }
      for (HouseholdId household : held) {
        Optional<UnitId> unit = b.unitOf(household);
        all &= unit.isPresent();
        unit.ifPresent(targets::add);
      }
      if (all && targets.size() == 1) {
        mergedInto.put(gone.id(), targets.iterator().next());
      }
    }
    // units moved, in the target's pre-order, except those a merge moves
    for (Unit unit : b.units()) {
      Optional<Unit> old = a.find(unit.id());
      if (old.isEmpty() || old.get().parent().equals(unit.parent())) {
        continue;
      }
      UnitId was = old.get().parent().orElse(null);
      if (was != null && mergedInto.containsKey(was)
          && unit.parent().equals(Optional.of(mergedInto.get(was)))) {
        continue; // the merge moves it
      }
      out.add(unit.parent().isPresent() ? MoveUnit.of(unit.id(), unit.parent().get())
          : MoveUnit.toRoot(unit.id()));
    }
    mergedInto.forEach((from, into) -> out.add(MergeUnits.of(from, into)));
    // households added and moved, then removed
    for (int h = 0; h < b.householdCount(); h++) {
      HouseholdId household = b.householdAt(h);
      UnitId now = b.unitAt(b.unitIndexOfHousehold(h));
      int before = a.indexOf(household);
      if (before < 0) {
        out.add(AddHousehold.of(household, now));
        continue;
      }
      UnitId was = a.unitAt(a.unitIndexOfHousehold(before));
      if (!was.equals(now) && !now.equals(mergedInto.get(was))) {
        out.add(MoveHousehold.of(household, now));
      }
    }
    for (int h = 0; h < a.householdCount(); h++) {
      HouseholdId household = a.householdAt(h);
      if (!b.containsHousehold(household)) {
        out.add(RemoveHousehold.of(household));
      }
    }
    // units removed, children first
    List<Unit> old = a.units();
    for (int u = old.size() - 1; u >= 0; u--) {
      UnitId id = old.get(u).id();
      if (!b.contains(id) && !mergedInto.containsKey(id)) {
        out.add(RemoveUnit.of(id));
      }
    }
    return out;
  }
}

package io.github.xiangzhi.grid.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Permission;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.grid.change.ChangeSet;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyCsv;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.Responsibilities;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.grid.staff.StaffingReport;
import io.github.xiangzhi.testkit.core.Problems;
import io.github.xiangzhi.testkit.grid.GridGens;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScopeTest {

  static Hierarchy weituo() {
    return Hierarchy.builder(LevelSchemes.source("WEITUO").orElseThrow())
        .addUnit(Unit.root("weituo", "TOWN", "渭沱镇"))
        .addUnit(Unit.of("liwan", "weituo", "VILLAGE", "李湾村"))
        .addUnit(Unit.of("qixing", "weituo", "VILLAGE", "七星村"))
        .addUnit(Unit.of("liwan-1", "liwan", "GRID", "李湾一网格"))
        .addUnit(Unit.builder().from(Unit.of("liwan-2", "liwan", "GRID", "李湾二网格"))
            .closed(LocalDate.of(2024, 3, 1)).build())
        .addUnit(Unit.of("qixing-1", "qixing", "GRID", "七星一网格"))
        .addHousehold(HouseholdId.of("h1"), UnitId.of("liwan-1"))
        .addHousehold(HouseholdId.of("h2"), UnitId.of("liwan-2"))
        .addHousehold(HouseholdId.of("h3"), UnitId.of("qixing-1"))
        .build();
  }

  static Staffing staffing() {
    return Staffing.builder()
        .addRoles(Role.of("GRID_WORKER", "网格员", "grid worker"),
            Role.of("SUPERVISOR", "督导员", "supervisor"))
        .addMembers(StaffMember.of("w1", "网格员甲", "GRID_WORKER"),
            StaffMember.of("s1", "督导", "SUPERVISOR"), StaffMember.of("idle", "闲", "GRID_WORKER"))
        .addAssignments(Assignment.of("w1", "liwan-1", "GRID_WORKER"),
            Assignment.of("w1", "liwan-2", "GRID_WORKER"),
            Assignment.of("s1", "weituo", "SUPERVISOR"))
        .build();
  }

  @Test
  void R_GRID_7_aMissingArgumentIsRefusedNamingTheParameterNotAnsweredOrFailingDeepInside() {
    Hierarchy h = weituo();
    StaffScope worker = StaffScope.of(h, staffing(), PersonId.of("w1"), ScopePolicy.strict(),
        Disclosure.none());
    // an unknown day used to be "open": a unit without dates answered true
    assertThatThrownBy(() -> worker.canCapture(UnitId.of("liwan-1"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("on");
    assertThatThrownBy(() -> h.unit(UnitId.of("liwan-1")).isOpenOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> AccessScope.of(h, null)).hasMessage("roots");
    assertThatThrownBy(() -> worker.capture().union(null)).hasMessage("other");
    assertThatThrownBy(() -> ChangeSet.diff(null, h)).hasMessage("from");
    assertThatThrownBy(() -> ChangeSet.diff(h, null)).hasMessage("to");
    assertThatThrownBy(() -> ChangeSet.diff(h, h).applyTo(null)).hasMessage("base");
    assertThatThrownBy(() -> StaffingReport.check(h, staffing(), null, LocalDate.of(2024, 1, 1)))
        .hasMessage("rules");
    assertThatThrownBy(() -> Responsibilities.of(h, staffing(), null)).hasMessage("rules");
    assertThatThrownBy(() -> HierarchyCsv.writeUnits(null, new StringWriter()))
        .hasMessage("hierarchy");
    assertThatThrownBy(() -> HierarchyCsv.readUnits(new StringReader("id,level,name\n"), null))
        .hasMessage("builder");
    assertThatThrownBy(() -> h.toBuilder().addUnits(null)).hasMessage("units");
    assertThatThrownBy(() -> h.indexOf((UnitId) null)).hasMessage("unit");
    assertThatThrownBy(() -> h.contains(null)).hasMessage("unit");
    assertThatThrownBy(() -> h.containsHousehold(null)).hasMessage("household");
  }

  @Test
  void R_GRID_7_aPolicyNamingARoleOrLevelTheCountyLacksIsRefusedNotIgnored() {
    ScopePolicy typos = ScopePolicy.builder().addViewOnlyRoles("SUPERVISR")
        .addViews(RoleView.of("GRID_WORKER", "VILAGE"), RoleView.of("POLICE", "TOWN")).build();
    InvalidValueException e = Problems.thrown(InvalidValueException.class, () -> StaffScope.of(
        weituo(), staffing(), PersonId.of("w1"), typos, Disclosure.none()));
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/viewOnlyRoles: Unknown role SUPERVISR",
        "/views/0/level: Level VILAGE is not in scheme WEITUO",
        "/views/1/role: Unknown role POLICE");
    assertThat(ScopePolicy.strict().referenceProblems(weituo().scheme(), staffing())).isEmpty();
  }

  @Test
  void R_GRID_7_captureAndViewScopesComeFromAssignments() {
    Hierarchy h = weituo();
    ScopePolicy strict = ScopePolicy.strict();
    StaffScope worker = StaffScope.of(h, staffing(), PersonId.of("w1"), strict,
        Disclosure.none());
    assertThat(worker.capture().roots()).containsExactly(UnitId.of("liwan-1"),
        UnitId.of("liwan-2"));
    assertThat(worker.canSee(UnitId.of("liwan"))).isFalse();
    assertThat(worker.canSee(HouseholdId.of("h1"))).isTrue();
    assertThat(worker.canSee(HouseholdId.of("h3"))).isFalse();
    assertThat(worker.canSee(HouseholdId.of("nobody"))).isFalse();
    assertThat(worker.canCapture(UnitId.of("liwan-1"), LocalDate.of(2024, 6, 1))).isTrue();
    assertThat(worker.canCapture(UnitId.of("liwan-2"), LocalDate.of(2024, 6, 1))).isFalse();
    assertThat(worker.canCapture(UnitId.of("liwan-2"), LocalDate.of(2024, 1, 1))).isTrue();

    ScopePolicy policy = ScopePolicy.builder().addViewOnlyRoles("SUPERVISOR")
        .addViews(RoleView.of("GRID_WORKER", "VILLAGE")).build();
    StaffScope widened = StaffScope.of(h, staffing(), PersonId.of("w1"), policy,
        Disclosure.none());
    assertThat(widened.view().roots()).containsExactly(UnitId.of("liwan"));
    assertThat(widened.capture().roots()).containsExactly(UnitId.of("liwan-1"),
        UnitId.of("liwan-2"));
    StaffScope supervisor = StaffScope.of(h, staffing(), PersonId.of("s1"), policy,
        Disclosure.none());
    assertThat(supervisor.view().households()).hasSize(3);
    assertThat(supervisor.capture().isEmpty()).isTrue();
    StaffScope idle = StaffScope.of(h, staffing(), PersonId.of("idle"), strict,
        Disclosure.none());
    assertThat(idle.view().unitCount()).isZero();
    assertThatThrownBy(() -> StaffScope.of(h, staffing(), PersonId.of("stranger"), strict,
        Disclosure.none())).isInstanceOf(InvalidValueException.class)
        .hasMessage("Unknown staff member 'stranger'");
  }

  @Test
  void R_GRID_7_aMissingArgumentIsRefusedNamingTheParameter() {
    Hierarchy h = weituo();
    PersonId w1 = PersonId.of("w1");
    ScopePolicy strict = ScopePolicy.strict();
    assertThatThrownBy(() -> StaffScope.of(h, null, w1, strict, Disclosure.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("staffing");
    assertThatThrownBy(() -> StaffScope.of(h, staffing(), null, strict, Disclosure.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("person");
    assertThatThrownBy(() -> StaffScope.of(null, staffing(), w1, strict, Disclosure.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("hierarchy");
  }

  @Test
  void R_GRID_7_specialGroupDataNeedsThePermissionOnTopOfTheScope() {
    Hierarchy h = weituo();
    SpecialGroupRoster roster = SpecialGroupRoster.of(List.of(
        membership("a", "h1", "LEFT_BEHIND_ELDERLY", Sensitivity.GENERAL),
        membership("b", "h1", "COMMUNITY_CORRECTION", Sensitivity.SENSITIVE),
        membership("c", "h3", "LEFT_BEHIND_ELDERLY", Sensitivity.GENERAL),
        SpecialGroupMembership.builder().person(PersonId.of("d")).category("VETERAN")
            .sensitivity(Sensitivity.GENERAL).build()));
    assertThat(scope(h, Disclosure.none()).visible(roster).memberships()).isEmpty();
    assertThat(scope(h, Disclosure.of(Permission.SPECIAL_GROUPS)).visible(roster).memberships())
        .extracting(m -> m.person().value()).containsExactly("a");
    assertThat(scope(h, Disclosure.of(Permission.SENSITIVE_SPECIAL_GROUPS)).visible(roster)
        .memberships()).extracting(m -> m.person().value()).containsExactly("a", "b");
  }

  static StaffScope scope(Hierarchy h, Disclosure disclosure) {
    return StaffScope.of(h, staffing(), PersonId.of("w1"), ScopePolicy.strict(), disclosure);
  }

  static SpecialGroupMembership membership(String person, String household, String category,
      Sensitivity sensitivity) {
    return SpecialGroupMembership.builder().person(PersonId.of(person))
        .household(HouseholdId.of(household)).category(category).sensitivity(sensitivity)
        .build();
  }

  @Test
  void R_GRID_7_aScopeNeverShowsAnythingOutsideItsSubtrees() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), longs().all()).checkAssert((h, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<UnitId> roots = new ArrayList<>();
      // mostly a staff member's few roots (one root has no index); sometimes dozens
      for (int i = random.nextInt(4) == 0 ? random.nextInt(9, 80) : random.nextInt(0, 9);
          i > 0; i--) {
        roots.add(h.unitAt(random.nextInt(h.unitCount())));
      }
      AccessScope scope = AccessScope.of(h, roots);
      List<UnitId> naiveUnits = new ArrayList<>();
      for (Unit unit : h.units()) {
        boolean naive = roots.stream().anyMatch(r -> naiveWithin(h, unit.id(), r));
        assertThat(scope.canSee(unit.id())).isEqualTo(naive);
        assertThat(scope.canSee(h.indexOf(unit.id()))).isEqualTo(naive);
        if (naive) {
          naiveUnits.add(unit.id());
        }
      }
      List<HouseholdId> naiveHouseholds = new ArrayList<>();
      for (HouseholdId household : h.households()) {
        UnitId at = h.unitOf(household).orElseThrow();
        boolean naive = roots.stream().anyMatch(r -> naiveWithin(h, at, r));
        assertThat(scope.canSee(household)).isEqualTo(naive);
        if (naive) {
          naiveHouseholds.add(household);
        }
      }
      assertThat(scope.units()).containsExactlyInAnyOrderElementsOf(naiveUnits);
      assertThat(scope.unitCount()).isEqualTo(naiveUnits.size());
      assertThat(scope.households()).containsExactlyInAnyOrderElementsOf(naiveHouseholds);
      assertThat(scope.filterHouseholds(h.households())).isEqualTo(naiveHouseholds);
      assertThat(scope.filter(h.units(), Unit::id)).extracting(Unit::id)
          .isEqualTo(naiveUnits);
      assertThat(scope.canSee(UnitId.of("not-there"))).isFalse();
      for (int outside : new int[] {-1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
        assertThat(scope.canSee(outside)).isFalse();
        assertThat(scope.canSeeHousehold(outside)).isFalse();
      }
      assertThat(scope.canSee(h.unitCount())).isFalse();
      assertThat(scope.canSeeHousehold(h.householdCount())).isFalse();
      AccessScope all = AccessScope.all(h);
      assertThat(all.contains(scope)).isTrue();
      assertThat(scope.union(AccessScope.empty(h))).isEqualTo(scope);
    });
  }

  @Test
  void R_GRID_7_staffScopesViewEverythingTheyCaptureAndNothingBeyondTheirAssignments() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), longs().all()).checkAssert((h, seed) -> {
      Staffing staffing = GridGens.staffing(h, seed);
      LocalDate on = GridGens.FIRST_DAY.plusDays(new SplittableRandom(seed).nextInt(366 * 45));
      for (StaffMember member : staffing.members()) {
        StaffScope scope = StaffScope.of(h, staffing, member.id(), ScopePolicy.strict(),
            Disclosure.none());
        assertThat(scope.view().contains(scope.capture())).isTrue();
        for (Unit unit : h.units()) {
          boolean naive = staffing.assignmentsOf(member.id()).stream()
              .anyMatch(a -> naiveWithin(h, unit.id(), a.unit()));
          assertThat(scope.canSee(unit.id())).isEqualTo(naive);
          // a unit takes data only on the days it is open: opened by then, not closed by then
          boolean open = unit.opened().map(day -> !day.isAfter(on)).orElse(true)
              && unit.closed().map(day -> day.isAfter(on)).orElse(true);
          assertThat(scope.canCapture(unit.id(), on)).as("capture %s on %s", unit.id(), on)
              .isEqualTo(naive && open);
        }
      }
    });
  }

  static boolean naiveWithin(Hierarchy h, UnitId unit, UnitId root) {
    for (Optional<UnitId> at = Optional.of(unit); at.isPresent(); at = h.unit(at.get()).parent()) {
      if (at.get().equals(root)) {
        return true;
      }
    }
    return false;
  }
}

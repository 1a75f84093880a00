package io.github.xiangzhi.grid.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.testkit.grid.GridGens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scope property: for random hierarchies, assignments and scope policies, no API of a staff
 * member's scope hands the caller a household (or a unit, or a membership) outside the scope a
 * naive walk up the hierarchy gives.
 */
class ScopePropertyTest {

  /** A random scope policy over {@link GridGens#roles()} and the levels of {@code scheme}. */
  static ScopePolicy policy(LevelScheme scheme, SplittableRandom r) {
    ScopePolicy.Builder b = ScopePolicy.builder();
    for (Role role : GridGens.roles()) {
      if (r.nextInt(5) == 0) {
        b.addViewOnlyRoles(role.code());
      }
      if (r.nextInt(3) == 0) {
        b.addViews(RoleView.of(role.code(),
            scheme.levels().get(r.nextInt(scheme.depth())).code()));
      }
    }
    return b.build();
  }

  /** The unit {@code unit} and its ancestors, walking parents one by one. */
  static List<UnitId> chain(Hierarchy h, UnitId unit) {
    List<UnitId> out = new ArrayList<>();
    for (UnitId at = unit; at != null; at = h.unit(at).parent().orElse(null)) {
      out.add(at);
    }
    return out;
  }

  /** The naive view of {@code person}: the roots each assignment gives, by walking up. */
  static Set<UnitId> viewRoots(Hierarchy h, Staffing staffing, ScopePolicy policy,
      PersonId person) {
    Set<UnitId> roots = new HashSet<>();
    for (Assignment a : staffing.assignmentsOf(person)) {
      if (!policy.viewOnlyRoles().contains(a.role())) {
        roots.add(a.unit());
      }
      UnitId viewed = a.unit();
      if (policy.viewLevel(a.role()).isPresent()) {
        for (UnitId up : chain(h, a.unit())) {
          if (h.unit(up).level().equals(policy.viewLevel(a.role()).get())) {
            viewed = up;
            break;
          }
        }
      }
      roots.add(viewed);
    }
    return roots;
  }

  static boolean within(Hierarchy h, UnitId unit, Set<UnitId> roots) {
    return chain(h, unit).stream().anyMatch(roots::contains);
  }

  @Test
  void R_GRID_7_noApiHandsACallerAHouseholdOutsideItsScope() {
    qt().withExamples(GridGens.EXAMPLES).forAll(GridGens.hierarchies(), longs().all())
        .checkAssert((h, seed) -> {
          SplittableRandom r = new SplittableRandom(seed);
          Staffing staffing = GridGens.staffing(h, seed);
          ScopePolicy policy = policy(h.scheme(), r);
          List<HouseholdId> all = new ArrayList<>(h.households());
          Collections.shuffle(all, new java.util.Random(seed));
          List<SpecialGroupMembership> members = new ArrayList<>();
          for (HouseholdId household : all) {
            members.add(SpecialGroupMembership.builder().person(PersonId.of("r-" + household))
                .household(household).category("VETERAN").sensitivity(Sensitivity.GENERAL)
                .build());
          }
          SpecialGroupRoster roster = SpecialGroupRoster.of(members);
          for (StaffMember member : staffing.members()) {
            StaffScope scope = StaffScope.of(h, staffing, member.id(), policy,
                Disclosure.all());
            Set<UnitId> roots = viewRoots(h, staffing, policy, member.id());
            Set<HouseholdId> expected = new HashSet<>();
            for (HouseholdId household : all) {
              if (within(h, h.unitOf(household).orElseThrow(), roots)) {
                expected.add(household);
              }
            }
            assertThat(scope.view().households()).as("view of %s", member.id())
                .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(scope.view().householdCount()).isEqualTo(expected.size());
            assertThat(scope.view().filterHouseholds(all))
                .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(scope.view().filterByHousehold(all, x -> x))
                .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(scope.view().filter(all, x -> h.unitOf(x).orElseThrow()))
                .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(scope.visible(roster).memberships())
                .allSatisfy(m -> assertThat(expected).contains(m.household().orElseThrow()))
                .hasSize(expected.size());
            for (HouseholdId household : all) {
              assertThat(scope.canSee(household)).isEqualTo(expected.contains(household));
            }
            assertThat(scope.capture().households()).allSatisfy(x ->
                assertThat(expected).contains(x));
            assertThat(scope.view().contains(scope.capture())).isTrue();
            for (UnitId unit : scope.view().units()) {
              assertThat(within(h, unit, roots)).as("unit %s", unit).isTrue();
            }
          }
        });
  }
}

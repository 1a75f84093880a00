package io.github.xiangzhi.grid.scope;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.group.SpecialGroupMembership;
import io.github.xiangzhi.core.group.SpecialGroupRoster;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.Staffing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 人员权限 — what one member of staff may capture and see (R-GRID-7), derived from their
 * assignments: the {@linkplain #capture() capture scope} (data entry, DHIS2's "data capture
 * organisation units") and the {@linkplain #view() view scope} (reports and lookups, DHIS2's "data
 * view organisation units"), which always includes the capture scope. Special-group data needs the
 * {@link Disclosure} on top: a membership is shown only when its household is in view and the
 * disclosure allows its sensitivity.
 *
 * <p>Performance notes: deriving is O(assignments of the person × depth); checks are those of
 * {@link AccessScope}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaffScope {
  private final PersonId person;
  private final AccessScope capture;
  private final AccessScope view;
  private final Disclosure disclosure;

  private StaffScope(PersonId person, AccessScope capture, AccessScope view,
      Disclosure disclosure) {
    this.person = person;
    this.capture = capture;
    this.view = view;
    this.disclosure = disclosure;
  }

  /**
   * The scopes of {@code person} under {@code policy}, with {@code disclosure} for personal data.
   *
   * @throws InvalidValueException if the person is not a staff member, an assignment of theirs
   *     names a unit the hierarchy lacks, or the policy names a role or level that the staffing
   *     or the scheme lacks ({@link ScopePolicy#referenceProblems})
   */
  public static StaffScope of(Hierarchy hierarchy, Staffing staffing, PersonId person,
      ScopePolicy policy, Disclosure disclosure) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(staffing, "staffing");
    checkNotNull(person, "person");
    checkNotNull(policy, "policy");
    checkNotNull(disclosure, "disclosure");
    InvalidValueException.check(staffing.member(person).isPresent(), "grid.staff.unknown",
        person);
    List<Assignment> assignments = staffing.assignmentsOf(person);
    ValueChecks checks = new ValueChecks();
    for (int i = 0; i < staffing.assignments().size(); i++) {
      Assignment a = staffing.assignments().get(i);
      if (a.person().equals(person)) {
        checks.check(hierarchy.contains(a.unit()), "/assignments/" + i + "/unit",
            "grid.assignment.unit.unknown", a.person(), a.unit());
      }
    }
    checks.throwIfAny();
    List<Violation> unfit = policy.referenceProblems(hierarchy.scheme(), staffing);
    if (!unfit.isEmpty()) {
      throw new InvalidValueException(unfit);
    }
    List<UnitId> capture = new ArrayList<>();
    List<UnitId> view = new ArrayList<>();
    for (Assignment a : assignments) {
      if (!policy.viewOnlyRoles().contains(a.role())) {
        capture.add(a.unit());
      }
      Optional<String> level = policy.viewLevel(a.role());
      UnitId viewed = a.unit();
      if (level.isPresent()) {
        viewed = hierarchy.ancestorAt(a.unit(), level.get()).orElse(a.unit());
      }
      view.add(viewed);
    }
    AccessScope captured = AccessScope.of(hierarchy, capture);
    return new StaffScope(person, captured,
        AccessScope.of(hierarchy, view).union(captured), disclosure);
  }

  /** The person. */
  public PersonId person() {
    return person;
  }

  /** Where the person may enter data. */
  public AccessScope capture() {
    return capture;
  }

  /** Where the person may look; always includes {@link #capture()}. */
  public AccessScope view() {
    return view;
  }

  /** What personal data the person may see. */
  public Disclosure disclosure() {
    return disclosure;
  }

  /** True when {@code unit} is in view. */
  public boolean canSee(UnitId unit) {
    return view.canSee(unit);
  }

  /** True when {@code household} is in view. */
  public boolean canSee(HouseholdId household) {
    return view.canSee(household);
  }

  /**
   * True when the person may enter data for {@code unit} on {@code on}: it is in the capture
   * scope and open that day (a closed unit takes no new data, as DHIS2's closed date).
   */
  public boolean canCapture(UnitId unit, LocalDate on) {
    checkNotNull(on, "on");
    return capture.canSee(unit) && capture.hierarchy().unit(unit).isOpenOn(on);
  }

  /**
   * True when {@code membership} may be shown: its household is in view and the disclosure allows
   * its category's sensitivity. A membership without a household is never shown: it cannot be
   * placed in a scope.
   */
  public boolean canSee(SpecialGroupMembership membership) {
    return membership.household().isPresent() && view.canSee(membership.household().get())
        && membership.isVisibleTo(disclosure);
  }

  /** The memberships of {@code roster} the person may see. */
  public SpecialGroupRoster visible(SpecialGroupRoster roster) {
    List<SpecialGroupMembership> shown = new ArrayList<>();
    for (SpecialGroupMembership m : roster.memberships()) {
      if (canSee(m)) {
        shown.add(m);
      }
    }
    return SpecialGroupRoster.of(shown);
  }

  @Override
  public String toString() {
    return "StaffScope{" + person + ", capture=" + capture.roots() + ", view=" + view.roots()
        + ", " + disclosure + "}";
  }
}

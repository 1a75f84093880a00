package io.github.xiangzhi.grid.staff;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import org.junit.jupiter.api.Test;

class StaffingTest {

  @Test
  void R_GRID_4_assignmentsNameKnownStaffInRolesTheyHold() {
    Staffing staffing = Staffing.builder()
        .addRoles(Role.of("GRID_WORKER", "网格员", "grid worker"),
            Role.builder().code("POLICE").name("民警").legalService(true).build())
        .addMembers(StaffMember.of("p1", "张三", "GRID_WORKER"),
            StaffMember.of("p2", "李四", "POLICE", "GRID_WORKER"))
        .addAssignments(Assignment.of("p1", "g1", "GRID_WORKER"),
            Assignment.of("p2", "g1", "POLICE"), Assignment.of("p2", "g2", "POLICE"))
        .build();
    assertThat(staffing.assignmentsOf(PersonId.of("p2"))).hasSize(2);
    assertThat(staffing.assignmentsTo(UnitId.of("g1"))).extracting(Assignment::role)
        .containsExactly("GRID_WORKER", "POLICE");
    assertThat(staffing.role("POLICE").orElseThrow().legalService()).isTrue();

    InvalidValueException e = thrown(InvalidValueException.class, () -> Staffing.builder()
        .addRoles(Role.of("GRID_WORKER", "网格员", "grid worker"))
        .addMembers(StaffMember.of("p1", "张三", "GRID_WORKER", "JUDGE"),
            StaffMember.of("p1", "张三", "GRID_WORKER"))
        .addAssignments(Assignment.of("p1", "g1", "POLICE"), Assignment.of("p9", "g1",
            "GRID_WORKER"))
        .build());
    assertThat(e.violations()).extracting(InvalidValueException.Violation::toString)
        .containsExactlyInAnyOrder(
            "/members/1/id: Duplicate id 'p1': item 0 already has it",
            "/members/0/roles: Unknown role JUDGE",
            "/assignments/0/role: Staff member 'p1' does not hold the role POLICE",
            "/assignments/1/person: Unknown staff member 'p9'");
    assertThatThrownBy(() -> StaffMember.of("p1", " ")).hasMessage("The name must not be blank");
  }

}

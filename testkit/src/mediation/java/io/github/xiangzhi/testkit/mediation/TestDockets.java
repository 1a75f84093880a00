package io.github.xiangzhi.testkit.mediation;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.matter.Channel;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.MatterReport;
import io.github.xiangzhi.mediation.matter.Party;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.mediation.matter.Side;
import java.time.Clock;
import java.time.Instant;

/** Dockets, reports and handlers for tests. */
public final class TestDockets {
  private TestDockets() {}

  /** The applicant of every test report. */
  public static final PersonId APPLICANT = PersonId.of("p-zhang");
  /** The respondent of every test report. */
  public static final PersonId RESPONDENT = PersonId.of("p-ma");
  /** The reporter of every test report: a grid worker. */
  public static final PersonId REPORTER = PersonId.of("gw-1");

  /** A docket for {@code policy} over {@code hierarchy} on the official 2024–2025 calendar. */
  public static Docket docket(MediationPolicy policy, Hierarchy hierarchy, Instant now) {
    return docket(policy, hierarchy, Fixtures.officialCalendar(), Fixtures.clock(now));
  }

  /** A docket with an explicit calendar and clock. */
  public static Docket docket(MediationPolicy policy, Hierarchy hierarchy,
      GovernanceCalendar calendar, Clock clock) {
    return Docket.builder(policy, hierarchy).calendar(calendar).clock(clock).build();
  }

  /** Weituo's preset over Weituo's town. */
  public static Docket weituo(Instant now) {
    return docket(Fixtures.preset("WEITUO"), Fixtures.weituo(), now);
  }

  /** A report of {@code kind} and {@code severity} at {@code unit} by a grid worker on patrol. */
  public static MatterReport report(String id, MatterKind kind, Severity severity, String unit) {
    return MatterReport.builder().id(MatterId.of(id)).kind(kind).severity(severity)
        .location(UnitId.of(unit)).reporter(REPORTER).channel(Channel.PATROL)
        .addParties(Party.of(APPLICANT, Side.APPLICANT), Party.of(RESPONDENT, Side.RESPONDENT))
        .summary("张某硬化自家便道路,邻居马某认为侵占其耕地")
        .build();
  }

  /** A staff member holding every role of {@code policy}: accepted at every tier. */
  public static StaffMember everyone(MediationPolicy policy) {
    StaffMember.Builder b = StaffMember.builder().id(PersonId.of("all-roles")).name("全能");
    for (Role role : policy.roles()) {
      b.addRoles(role.code());
    }
    return b.build();
  }
}

package io.github.xiangzhi.mediation.matter;

import static io.github.xiangzhi.testkit.mediation.TestDockets.APPLICANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.mediation.deadline.ClockWentBackwardsException;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad input: typed errors naming the offending id and value, and nothing changed. */
class BadInputTest {

  static final MatterId M = MatterId.of("m-1");
  static final Instant T0 = Fixtures.at("2024-03-04");

  /** A docket with m-1 filed at Weituo's grid tier (a neighbour dispute at a courtyard). */
  static Docket filed() {
    Docket d = TestDockets.weituo(T0);
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"), T0);
    d.file(M, T0.plusSeconds(60));
    return d;
  }

  /** Everything a caller can see of the docket, to compare before and after. */
  static List<Object> observe(Docket d) {
    return List.of(d.size(), d.ids(), d.lastInstant(), d.matters().collect(
        java.util.stream.Collectors.toList()), d.deadline(M));
  }

  @Test
  void R_MED_4_anEventForAnUnknownMatterIsRefused() {
    Docket d = filed();
    List<Object> before = observe(d);
    UnknownMatterException e = catchThrowableOfType(UnknownMatterException.class,
        () -> d.investigate(MatterId.of("nope"), T0.plusSeconds(120)));
    assertThat(e.matter()).isEqualTo(MatterId.of("nope"));
    assertThat(e.getMessage()).isEqualTo("Unknown matter 'nope'");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("未知事项“nope”");
    assertThat(observe(d)).isEqualTo(before);
    assertThatThrownBy(() -> d.matter(MatterId.of("nope")))
        .isInstanceOf(UnknownMatterException.class);
    assertThat(d.find(MatterId.of("nope"))).isEmpty();
  }

  @Test
  void R_MED_4_anEventOutOfOrderIsRefusedNamingTheState() {
    Docket d = filed();
    List<Object> before = observe(d);
    assertThatThrownBy(() -> d.resolve(M, Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED),
        T0.plusSeconds(120)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Matter 'm-1' is filed: it does not allow the event \"resolve\"");
    assertThat(observe(d)).isEqualTo(before);
  }

  @Test
  void R_MED_4_aClockGoingBackwardsIsRefused() {
    Docket d = filed();
    List<Object> before = observe(d);
    ClockWentBackwardsException e = catchThrowableOfType(ClockWentBackwardsException.class,
        () -> d.assign(M, TestDockets.everyone(d.policy()), T0));
    assertThat(e.last()).isEqualTo(T0.plusSeconds(60));
    assertThat(e.given()).isEqualTo(T0);
    assertThat(e.getMessage()).contains("the clock went backwards");
    assertThat(observe(d)).isEqualTo(before);
    assertThatThrownBy(() -> d.sweep(T0)).isInstanceOf(ClockWentBackwardsException.class);
    assertThatThrownBy(() -> d.open(TestDockets.report("m-2", MatterKind.LAND,
        Severity.ORDINARY, "liwan-2"), T0)).isInstanceOf(ClockWentBackwardsException.class);
    assertThat(observe(d)).isEqualTo(before);
    // the same instant again is fine: instants may repeat
    d.assign(M, TestDockets.everyone(d.policy()), T0.plusSeconds(60));
    assertThat(d.state(M)).isEqualTo(MatterState.ASSIGNED);
  }

  @Test
  void R_MED_1_aHandlerWithoutTheTiersRoleIsRefused() {
    Docket d = filed();
    d.escalate(M, EscalationReason.FAILED, T0.plusSeconds(120)); // now at the village
    List<Object> before = observe(d);
    StaffMember gridWorker = Fixtures.staff("gw-7", "GRID_WORKER");
    HandlerRoleException e = catchThrowableOfType(HandlerRoleException.class,
        () -> d.assign(M, gridWorker, T0.plusSeconds(180)));
    assertThat(e.handler()).isEqualTo(PersonId.of("gw-7"));
    assertThat(e.tier()).isEqualTo("VILLAGE");
    assertThat(e.required()).containsExactly("VILLAGE_CADRE");
    assertThat(e.getMessage())
        .isEqualTo("Matter 'm-1': handler 'gw-7' holds none of the roles of tier VILLAGE: [VILLAGE_CADRE]");
    assertThat(observe(d)).isEqualTo(before);
    MatterEvent ok = d.assign(M, Fixtures.staff("vc-1", "GRID_WORKER", "VILLAGE_CADRE"),
        T0.plusSeconds(180));
    assertThat(ok.handler()).contains(PersonId.of("vc-1"));
    assertThat(ok.role()).contains("VILLAGE_CADRE");
  }

  @Test
  void openingChecksTheIdTheLocationAndTheSource() {
    Docket d = filed();
    SourceRef finding = SourceRef.of(Channel.PATROL, "finding-88");
    MatterReport fromPatrol = MatterReport.builder()
        .from(TestDockets.report("m-2", MatterKind.NEIGHBOUR, Severity.MINOR, "qixing-1"))
        .source(finding).build();
    d.open(fromPatrol, T0.plusSeconds(120));
    assertThat(d.bySource(finding)).contains(MatterId.of("m-2"));
    List<Object> before = observe(d);
    MatterReport again = MatterReport.builder().from(fromPatrol).id(MatterId.of("m-3")).build();
    assertThatThrownBy(() -> d.open(again, T0.plusSeconds(180)))
        .isInstanceOf(MatterException.class)
        .hasMessage("Matter 'm-3' comes from PATROL:finding-88, which matter 'm-2' already comes from");
    MatterReport nowhere = MatterReport.builder().from(TestDockets.report("m-4",
        MatterKind.LAND, Severity.ORDINARY, "liwan-1")).location(UnitId.of("atlantis")).build();
    assertThatThrownBy(() -> d.open(nowhere, T0.plusSeconds(180)))
        .isInstanceOf(MatterException.class).hasMessageContaining("'atlantis'");
    assertThat(observe(d)).isEqualTo(before);
  }

  @Test
  void partiesDuplicatesAndTheTopTierAreChecked() {
    Docket d = filed();
    PersonId stranger = PersonId.of("p-stranger");
    assertThatThrownBy(() -> d.withdraw(M, stranger, T0.plusSeconds(120)))
        .isInstanceOf(MatterException.class)
        .hasMessage("Matter 'm-1': 'p-stranger' is not one of its parties");
    assertThatThrownBy(() -> d.markDuplicate(M, MatterId.of("m-9"), T0.plusSeconds(120)))
        .isInstanceOf(UnknownMatterException.class).hasMessage("Unknown matter 'm-9'");
    assertThatThrownBy(() -> d.markDuplicate(M, M, T0.plusSeconds(120)))
        .isInstanceOf(MatterException.class).hasMessage("Matter 'm-1' cannot duplicate itself");
    d.open(TestDockets.report("m-2", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"),
        T0.plusSeconds(120));
    d.markDuplicate(MatterId.of("m-2"), M, T0.plusSeconds(180));
    assertThat(d.duplicatesOf(M)).containsExactly(MatterId.of("m-2"));
    assertThat(d.matter(MatterId.of("m-2")).duplicateOf()).contains(M);
    d.open(TestDockets.report("m-3", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"),
        T0.plusSeconds(180));
    assertThatThrownBy(() -> d.markDuplicate(MatterId.of("m-3"), MatterId.of("m-2"),
        T0.plusSeconds(240)))
        .isInstanceOf(MatterException.class)
        .hasMessage("Matter 'm-3' cannot duplicate 'm-2', which is itself a duplicate of 'm-1'");
    d.escalate(M, EscalationReason.FAILED, T0.plusSeconds(240));
    d.escalate(M, EscalationReason.FAILED, T0.plusSeconds(300));
    assertThat(d.matter(M).tier()).contains("TOWN");
    assertThat(d.matter(M).unit()).contains(UnitId.of("weituo"));
    List<Object> before = observe(d);
    assertThatThrownBy(() -> d.escalate(M, EscalationReason.FAILED, T0.plusSeconds(360)))
        .isInstanceOf(MatterException.class)
        .hasMessage("Matter 'm-1' is at the top tier, TOWN: there is no tier to escalate to");
    assertThat(observe(d)).isEqualTo(before);
  }

  @Test
  void valuesCheckTheirOwnInvariants() {
    assertThatThrownBy(() -> MatterReport.builder()
        .from(TestDockets.report("m-1", MatterKind.LAND, Severity.ORDINARY, "v"))
        .addParties(Party.of(APPLICANT, Side.INTERESTED)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Duplicate person");
    assertThatThrownBy(() -> Feedback.builder().outcome(Outcome.AGREEMENT).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("An agreement outcome must name the mediation agreement");
    assertThatThrownBy(() -> MatterEvent.builder().matter(M).type(EventType.ASSIGN).at(T0)
        .build()).isInstanceOf(InvalidValueException.class)
        .hasMessage("The event \"assign\" must record its handler");
    MatterReport report = TestDockets.report("m-1", MatterKind.LAND, Severity.ORDINARY, "v");
    MatterEvent reported = MatterEvent.builder().matter(M).type(EventType.REPORT).at(T0).build();
    MatterEvent resolved = MatterEvent.builder().matter(M).type(EventType.RESOLVE).at(T0)
        .feedback(Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED)).build();
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Matter.of(report, List.of(reported, resolved)));
    assertThat(e.violations().get(0).path()).isEqualTo("/history/1");
    assertThat(e.getMessage()).isEqualTo("Matter 'm-1' is reported: it does not allow the event \"resolve\"");
    assertThatThrownBy(() -> Matter.of(report, List.of(resolved)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must start with the report");
    assertThatThrownBy(() -> Matter.of(report, List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must start with the report");
  }

  @Test
  void aDocketChecksItsLadderAgainstTheHierarchysScheme() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Docket.builder(Fixtures.preset("WEITUO"), Fixtures.shangba())
            .clock(Fixtures.clock(T0)).build());
    assertThat(e.violations()).extracting(InvalidValueException.Violation::path)
        .containsExactly("/ladder/tiers/0/level");
    assertThat(e.getMessage()).isEqualTo("Tier GRID names level GRID, which scheme SHANGBA does not have");
    assertThatThrownBy(() -> Docket.builder(Fixtures.preset("SHANGBA"), Fixtures.shangba())
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
    assertThat(Docket.builder(Fixtures.preset("SHANGBA"), Fixtures.shangba())
        .clock(Fixtures.clock(T0)).build().lastInstant()).isEqualTo(Optional.empty());
  }
}

package io.github.xiangzhi.mediation.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.testkit.core.CoreGens;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.matter.Docket;
import io.github.xiangzhi.mediation.matter.Feedback;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.MatterState;
import io.github.xiangzhi.mediation.matter.Outcome;
import io.github.xiangzhi.mediation.matter.Satisfaction;
import io.github.xiangzhi.mediation.matter.Severity;
import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeliberationTest {

  interface Io<T> {
    T get() throws Exception;
  }

  static <T> T unchecked(Io<T> io) {
    try {
      return io.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static final MatterId M = MatterId.of("m-1");

  @Test
  void R_MED_6_theOneThreeSixCycleHasSixStepsInThreePhases() {
    Procedure p = Fixtures.preset("WEITUO").procedure("ONE_THREE_SIX").orElseThrow();
    assertThat(p.steps()).extracting(s -> s.displayName(Locale.CHINA))
        .containsExactly("提", "分", "议", "办", "督", "评");
    assertThat(p.steps()).extracting(s -> s.displayName(Locale.ENGLISH))
        .containsExactly("propose", "triage", "deliberate", "act", "supervise", "evaluate");
    assertThat(p.phases()).extracting(Phase::code).containsExactly("BEFORE", "DURING", "AFTER");
    assertThat(p.steps().stream().map(s -> s.phase().orElseThrow())
        .collect(Collectors.toList()))
        .containsExactly("BEFORE", "BEFORE", "DURING", "DURING", "AFTER", "AFTER");
    assertThat(Fixtures.preset("WEITUO").procedure("SEVEN_STEPS").orElseThrow().steps())
        .hasSize(7);
  }

  @Test
  void R_MED_6_shangbasFiveStepsWaitForTheMonthlyMeeting() {
    MediationPolicy shangba = Fixtures.preset("SHANGBA");
    Procedure five = shangba.procedure("FIVE_STEPS").orElseThrow();
    assertThat(five.steps()).extracting(s -> s.displayName(Locale.CHINA)).containsExactly(
        "群众提事项", "两委列议题", "定期召集议", "议定分类办", "办后大家评");
    Docket d = TestDockets.docket(shangba, Fixtures.shangba(), Fixtures.at("2024-09-02"));
    // 农房改造 in 新上村一组: a village matter, handled by the village through the five steps
    d.open(TestDockets.report("m-1", MatterKind.COLLECTIVE, Severity.ORDINARY, "xinshang-1"),
        Fixtures.at("2024-09-02"));
    d.file(M, Fixtures.at("2024-09-02"));
    assertThat(d.matter(M).tier()).contains("VILLAGE");
    d.assign(M, Fixtures.staff("vc-1", "VILLAGE_CADRE"), Fixtures.at("2024-09-03"));
    d.step(M, "RAISE", Fixtures.at("2024-09-04"));
    d.step(M, "AGENDA", Fixtures.at("2024-09-05"));
    // 一月一议 on the 15th: Sunday 15 September 2024 falls in the Mid-Autumn holiday (15 to 17),
    // so the meeting is held on Wednesday 18 September
    Deliberation walk = d.deliberation(M).orElseThrow();
    assertThat(walk.next().orElseThrow().code()).isEqualTo("DELIBERATE");
    assertThat(walk.meetingDate(d.calendar())).contains(LocalDate.of(2024, 9, 18));
    DeliberationException early = catchThrowableOfType(DeliberationException.class,
        () -> d.step(M, "DELIBERATE", Fixtures.at("2024-09-13")));
    assertThat(early.getMessage()).isEqualTo(
        "Matter 'm-1': step DELIBERATE of FIVE_STEPS is held at the monthly meeting of 2024-09-18, not before");
    assertThat(d.historySize(M)).isEqualTo(5);
    d.step(M, "DELIBERATE", Fixtures.at("2024-09-18"));
    d.investigate(M, Fixtures.at("2024-09-19"));
    d.step(M, "ACT", Fixtures.at("2024-09-20"));
    d.step(M, "EVALUATE", Fixtures.at("2024-09-27"));
    assertThat(d.deliberation(M).orElseThrow().finished()).isTrue();
    assertThatThrownBy(() -> d.step(M, "EVALUATE", Fixtures.at("2024-09-27")))
        .isInstanceOf(DeliberationException.class)
        .hasMessage("Matter 'm-1': every step of FIVE_STEPS is done; EVALUATE cannot follow");
    d.resolve(M, Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED), Fixtures.at("2024-09-27"));
    assertThat(d.matter(M).stepsDone()).isEqualTo(5);
    assertThat(d.state(M)).isEqualTo(MatterState.RESOLVED);
  }

  @Test
  void R_MED_6_noStepIsSkippedAndOnlyMattersWithAProcedureHaveSteps() {
    Docket d = TestDockets.weituo(Fixtures.at("2024-03-04"));
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-2"),
        Fixtures.at("2024-03-04"));
    d.file(M, Fixtures.at("2024-03-04"));
    d.assign(M, Fixtures.staff("gw-1", "GRID_WORKER"), Fixtures.at("2024-03-04"));
    d.step(M, "PROPOSE", Fixtures.at("2024-03-04"));
    assertThatThrownBy(() -> d.step(M, "DELIBERATE", Fixtures.at("2024-03-05")))
        .isInstanceOf(DeliberationException.class)
        .hasMessage("Matter 'm-1': the next step of ONE_THREE_SIX is SORT, not DELIBERATE");
    assertThat(d.deliberation(M).orElseThrow().done()).hasSize(1);
    d.open(TestDockets.report("m-2", MatterKind.LABOUR, Severity.ORDINARY, "liwan-2"),
        Fixtures.at("2024-03-05"));
    d.file(MatterId.of("m-2"), Fixtures.at("2024-03-05"));
    d.assign(MatterId.of("m-2"), Fixtures.staff("t-1", "TOWN_DEPARTMENT"),
        Fixtures.at("2024-03-05"));
    assertThat(d.deliberation(MatterId.of("m-2"))).isEmpty();
    assertThatThrownBy(() -> d.step(MatterId.of("m-2"), "PROPOSE", Fixtures.at("2024-03-05")))
        .isInstanceOf(DeliberationException.class)
        .hasMessageContaining("follows no deliberation procedure");
  }

  @Test
  void R_MED_6_theMeetingIsTheFirstShiftedMeetingDayOnOrAfterADay() {
    qt().withExamples(Examples.of(300)).forAll(CoreGens.calendars(), integers().between(0, 700),
        integers().between(1, 28)).checkAssert((calendar, offset, day) -> {
          Procedure p = Procedure.builder().code("P").name("程序").meetingDay(day)
              .addSteps(Step.builder().code("A").name("议").atMeeting(true).build()).build();
          LocalDate from = LocalDate.of(2023, 6, 1).plusDays(offset);
          LocalDate naive = null;
          for (LocalDate month = from.withDayOfMonth(1); naive == null;
              month = month.plusMonths(1)) {
            LocalDate shifted = month.withDayOfMonth(day);
            while (!calendar.isWorkingDay(shifted)) {
              shifted = shifted.plusDays(1);
            }
            if (!shifted.isBefore(from)) {
              naive = shifted;
            }
          }
          assertThat(p.meetingOnOrAfter(from, calendar)).contains(naive);
        });
  }

  @Test
  void aWalkIsAValueThatChecksItsSteps() {
    Procedure p = Fixtures.preset("WEITUO").procedure("ONE_THREE_SIX").orElseThrow();
    Deliberation walk = Deliberation.begin(M, p, Fixtures.at("2024-03-04"));
    Deliberation one = walk.complete("PROPOSE", Fixtures.at("2024-03-04"),
        GovernanceCalendar.standard());
    assertThat(walk.done()).isEmpty();
    assertThat(one.done()).extracting(CompletedStep::step).containsExactly("PROPOSE");
    assertThat(one.next().orElseThrow().code()).isEqualTo("SORT");
    assertThat(one.meetingDate(GovernanceCalendar.standard())).isEmpty();
    // a walk read back from JSON is checked like one built in code
    com.fasterxml.jackson.databind.ObjectMapper json =
        io.github.xiangzhi.core.json.XiangzhiJson.newMapper();
    com.fasterxml.jackson.databind.node.ObjectNode tree = json.valueToTree(one);
    assertThat(unchecked(() -> json.treeToValue(tree, Deliberation.class))).isEqualTo(one);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("done").get(0)).put("step", "SORT");
    assertThatThrownBy(() -> json.treeToValue(tree, Deliberation.class))
        .hasRootCauseInstanceOf(io.github.xiangzhi.core.InvalidValueException.class)
        .rootCause().hasMessage("Matter 'm-1': the next step of ONE_THREE_SIX is PROPOSE, not SORT");
  }
}

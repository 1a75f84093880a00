package io.github.xiangzhi.mediation.deliberation;

import static io.github.xiangzhi.testkit.core.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A procedure's checks, each on its own: steps, phases in order, the meeting day. */
class ProcedureChecksTest {


  static Step step(String code, String phase) {
    return Step.builder().code(code).name(code).phase(phase).build();
  }

  static Phase phase(String code) {
    return Phase.builder().code(code).name(code).build();
  }

  static Procedure.Builder oneThreeSix() {
    return Procedure.builder().code("ONE_THREE_SIX").name("136")
        .addPhases(phase("BEFORE"), phase("DURING"), phase("AFTER"));
  }

  @Test
  void R_MED_6_stepsFollowThePhasesInOrderAndAPhaseMayHoldSeveralSteps() {
    Procedure p = oneThreeSix().addSteps(step("PROPOSE", "BEFORE"), step("SORT", "BEFORE"),
        step("DELIBERATE", "DURING"), step("EVALUATE", "AFTER")).build();
    assertThat(p.indexOf("PROPOSE")).isZero();
    assertThat(p.indexOf("EVALUATE")).isEqualTo(3);
    assertThat(p.indexOf("VOTE")).isEqualTo(-1);
    assertThat(problems(() -> oneThreeSix().addSteps(step("PROPOSE", "BEFORE"),
        step("EVALUATE", "AFTER"), step("DELIBERATE", "DURING")).build()))
        .containsExactly("/steps/2/phase mediation.procedure.phase.order");
    assertThat(problems(() -> oneThreeSix().addSteps(step("PROPOSE", "BEFORE"),
        step("ACT", "LATER")).build()))
        .containsExactly("/steps/1/phase mediation.procedure.phase.unknown");
    assertThat(problems(() -> oneThreeSix().addSteps(step("PROPOSE", "BEFORE"),
        Step.builder().code("ACT").name("办").build()).build()))
        .containsExactly("/steps/1/phase mediation.procedure.phase.missing");
  }

  @Test
  void R_MED_6_aProcedureHasUniquelyCodedStepsAndPhases() {
    assertThat(problems(() -> Procedure.builder().code("five steps").name(" ").build()))
        .containsExactly("/code core.code.syntax", "/name core.blank",
            "/steps mediation.procedure.empty");
    assertThat(problems(() -> oneThreeSix().addPhases(phase("BEFORE"))
        .addSteps(step("PROPOSE", "BEFORE"), step("PROPOSE", "BEFORE")).build()))
        .containsExactly("/steps/1/code core.duplicate", "/phases/3/code core.duplicate");
    // no phases: steps need none
    assertThat(Procedure.builder().code("FIVE_STEPS").name("五步").addSteps(
        Step.builder().code("RAISE").name("提").build()).build().phases()).isEmpty();
  }

  @Test
  void R_MED_6_aStepAtTheMeetingNeedsAMeetingDayFromTheFirstToThe28th() {
    Step vote = Step.builder().code("DECIDE").name("议").atMeeting(true).build();
    assertThat(problems(() -> Procedure.builder().code("FIVE").name("五").addSteps(vote)
        .build())).containsExactly("/steps/0/atMeeting mediation.procedure.meeting.missing");
    for (int day : new int[] {0, 29}) {
      assertThat(problems(() -> Procedure.builder().code("FIVE").name("五").addSteps(vote)
          .meetingDay(day).build())).as("day %d", day)
          .containsExactly("/meetingDay mediation.procedure.meeting.day");
    }
    for (int day : new int[] {1, 28}) {
      assertThat(Procedure.builder().code("FIVE").name("五").addSteps(vote).meetingDay(day)
          .build().meetingDay()).contains(day);
    }
  }

  @Test
  void stepsAndPhasesAreNamedByCode() {
    assertThat(problems(() -> Step.builder().code("act").name(" ").phase("during").build()))
        .containsExactly("/code core.code.syntax", "/name core.blank", "/phase core.code.syntax");
    assertThat(problems(() -> Phase.builder().code("before").name("").build()))
        .containsExactly("/code core.code.syntax", "/name core.blank");
  }

  @Test
  void R_MED_6_aWalkIsFinishedOnlyWhenEveryStepIsDoneAndHoldsNoMore() {
    Procedure two = Procedure.builder().code("TWO").name("二").addSteps(
        Step.builder().code("PROPOSE").name("提").build(),
        Step.builder().code("ACT").name("办").build()).build();
    Instant at = Instant.parse("2024-03-04T02:00:00Z");
    GovernanceCalendar calendar = GovernanceCalendar.standard();
    Deliberation walk = Deliberation.begin(MatterId.of("m-1"), two, at);
    Deliberation half = walk.complete("PROPOSE", at, calendar);
    Deliberation done = half.complete("ACT", at.plusSeconds(60), calendar);
    assertThat(walk.finished()).isFalse();
    assertThat(half.finished()).isFalse();
    assertThat(done.finished()).isTrue();
    assertThat(done.next()).isEmpty();
    assertThat(done.lastAt()).isEqualTo(at.plusSeconds(60));
    assertThat(problems(() -> ImmutableDeliberation.builder().from(done)
        .addDone(CompletedStep.of("ACT", at.plusSeconds(120))).build()))
        .containsExactly("/done mediation.step.finished");
  }
}

package io.github.xiangzhi.mediation.matter;

import static io.github.xiangzhi.testkit.mediation.TestDockets.APPLICANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * R-MED-4: every state against every event, as a table. "-" marks an event the state refuses with
 * an {@link IllegalTransitionException} naming the state, leaving the matter as it was.
 */
class TransitionMatrixTest {

  static final String[] TABLE = {
      "state         | FILE  | ASSIGN   | INVESTIGATE   | STEP          | RESOLVE  | ARCHIVE  | ESCALATE  | WITHDRAW  | REOPEN   | MARK_DUPLICATE",
      "REPORTED      | FILED | -        | -             | -             | -        | -        | -         | WITHDRAWN | -        | DUPLICATE",
      "FILED         | -     | ASSIGNED | -             | -             | -        | -        | ESCALATED | WITHDRAWN | -        | DUPLICATE",
      "ASSIGNED      | -     | ASSIGNED | INVESTIGATING | ASSIGNED      | -        | -        | ESCALATED | WITHDRAWN | -        | -",
      "INVESTIGATING | -     | -        | -             | INVESTIGATING | RESOLVED | -        | ESCALATED | WITHDRAWN | -        | -",
      "ESCALATED     | -     | ASSIGNED | -             | -             | -        | -        | ESCALATED | WITHDRAWN | -        | -",
      "REOPENED      | -     | ASSIGNED | -             | -             | -        | -        | ESCALATED | WITHDRAWN | -        | -",
      "RESOLVED      | -     | -        | -             | -             | -        | ARCHIVED | -         | -         | REOPENED | -",
      "WITHDRAWN     | -     | -        | -             | -             | -        | ARCHIVED | -         | -         | -        | -",
      "DUPLICATE     | -     | -        | -             | -             | -        | ARCHIVED | -         | -         | -        | -",
      "ARCHIVED      | -     | -        | -             | -             | -        | -        | -         | -         | -        | -",
  };

  static final MatterId M = MatterId.of("m-1");
  static final MatterId ORIGINAL = MatterId.of("m-0");

  /** A docket, a matter, and the next instant to act at. */
  static final class World {
    final Docket docket = TestDockets.weituo(Fixtures.at("2024-03-04"));
    final StaffMember handler = TestDockets.everyone(docket.policy());
    Instant now = Fixtures.at("2024-03-04");

    Instant tick() {
      now = now.plus(Duration.ofHours(1));
      return now;
    }
  }

  /** Drives m-1 into {@code state}: a neighbour dispute, so 民事 with the 1-3-6 steps. */
  static World into(MatterState state) {
    World w = new World();
    Docket d = w.docket;
    d.open(TestDockets.report("m-0", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"),
        w.tick());
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"),
        w.tick());
    switch (state) {
      case REPORTED:
        break;
      case FILED:
        d.file(M, w.tick());
        break;
      case ASSIGNED:
        d.file(M, w.tick());
        d.assign(M, w.handler, w.tick());
        break;
      case INVESTIGATING:
        d.file(M, w.tick());
        d.assign(M, w.handler, w.tick());
        d.investigate(M, w.tick());
        break;
      case ESCALATED:
        d.file(M, w.tick());
        d.escalate(M, EscalationReason.FAILED, w.tick());
        break;
      case REOPENED:
      case RESOLVED:
      case ARCHIVED:
        d.file(M, w.tick());
        d.assign(M, w.handler, w.tick());
        d.investigate(M, w.tick());
        d.resolve(M, Feedback.of(Outcome.SETTLED, Satisfaction.SATISFIED), w.tick());
        if (state == MatterState.REOPENED) {
          d.reopen(M, APPLICANT, w.tick());
        } else if (state == MatterState.ARCHIVED) {
          d.archive(M, w.tick());
        }
        break;
      case WITHDRAWN:
        d.withdraw(M, APPLICANT, w.tick());
        break;
      case DUPLICATE:
        d.markDuplicate(M, ORIGINAL, w.tick());
        break;
      default:
        throw new AssertionError(state);
    }
    assertThat(d.state(M)).isEqualTo(state);
    return w;
  }

  /** The event applied with valid arguments. */
  static BiConsumer<World, Instant> command(EventType event) {
    switch (event) {
      case FILE:
        return (w, at) -> w.docket.file(M, at);
      case ASSIGN:
        return (w, at) -> w.docket.assign(M, w.handler, at);
      case INVESTIGATE:
        return (w, at) -> w.docket.investigate(M, at);
      case STEP:
        return (w, at) -> w.docket.step(M, "PROPOSE", at);
      case RESOLVE:
        return (w, at) -> w.docket.resolve(M, Feedback.of(Outcome.SETTLED,
            Satisfaction.SATISFIED), at);
      case ARCHIVE:
        return (w, at) -> w.docket.archive(M, at);
      case ESCALATE:
        return (w, at) -> w.docket.escalate(M, EscalationReason.FAILED, at);
      case WITHDRAW:
        return (w, at) -> w.docket.withdraw(M, APPLICANT, at);
      case REOPEN:
        return (w, at) -> w.docket.reopen(M, APPLICANT, at);
      case MARK_DUPLICATE:
        return (w, at) -> w.docket.markDuplicate(M, ORIGINAL, at);
      default:
        throw new AssertionError(event);
    }
  }

  static String[] cells(String row) {
    String[] cells = row.split("\\|");
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].trim();
    }
    return cells;
  }

  @TestFactory
  List<DynamicTest> R_MED_4_everyStateAgainstEveryEvent() {
    String[] header = cells(TABLE[0]);
    List<DynamicTest> tests = new ArrayList<>();
    assertThat(TABLE).hasSize(MatterState.values().length + 1);
    assertThat(header).hasSize(EventType.values().length); // every event but REPORT, plus "state"
    for (int r = 1; r < TABLE.length; r++) {
      String[] row = cells(TABLE[r]);
      MatterState state = MatterState.valueOf(row[0]);
      for (int c = 1; c < header.length; c++) {
        EventType event = EventType.valueOf(header[c]);
        Optional<MatterState> expected =
            row[c].equals("-") ? Optional.empty() : Optional.of(MatterState.valueOf(row[c]));
        tests.add(DynamicTest.dynamicTest(state + " × " + event + " → " + row[c],
            () -> check(state, event, expected)));
      }
    }
    return tests;
  }

  static void check(MatterState state, EventType event, Optional<MatterState> expected) {
    assertThat(Transitions.next(state, event)).isEqualTo(expected);
    World w = into(state);
    Instant at = w.tick();
    if (expected.isPresent()) {
      int before = w.docket.historySize(M);
      command(event).accept(w, at);
      assertThat(w.docket.state(M)).isEqualTo(expected.get());
      assertThat(w.docket.historySize(M)).isEqualTo(before + 1);
      assertThat(w.docket.matter(M).state()).isEqualTo(expected.get()); // the snapshot agrees
      return;
    }
    Matter before = w.docket.matter(M);
    Optional<Instant> lastBefore = w.docket.lastInstant();
    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
        () -> command(event).accept(w, at));
    assertThat(e).as("%s must refuse %s", state, event).isNotNull();
    assertThat(e.state()).isEqualTo(state);
    assertThat(e.event()).isEqualTo(event);
    assertThat(e.matter()).isEqualTo(M);
    assertThat(e.getMessage()).contains("'m-1'").contains(state.text(Locale.ENGLISH));
    assertThat(w.docket.matter(M)).isEqualTo(before); // nothing changed
    assertThat(w.docket.lastInstant()).isEqualTo(lastBefore);
  }

  @Test
  void R_MED_4_aReportForAMatterThatExistsIsRefused() {
    for (MatterState state : MatterState.values()) {
      World w = into(state);
      Matter before = w.docket.matter(M);
      assertThatThrownBy(() -> w.docket.open(TestDockets.report("m-1", MatterKind.LAND,
          Severity.ORDINARY, "liwan-2"), w.tick()))
          .isInstanceOf(MatterException.class).hasMessage("Matter 'm-1' already exists");
      assertThat(w.docket.matter(M)).isEqualTo(before);
    }
  }

  @Test
  void R_MED_4_archivedMattersNeverChangeAndSaySoInChinese() {
    World w = into(MatterState.ARCHIVED);
    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
        () -> w.docket.reopen(M, APPLICANT, w.tick()));
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("事项“m-1”已归档,不能进行“重新办理”");
    assertThat(e.getMessage()).isEqualTo("Matter 'm-1' is archived: it does not allow the event \"reopen\"");
  }
}

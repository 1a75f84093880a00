package io.github.xiangzhi.mediation.deliberation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 议事程序 — a deliberation procedure (R-MED-6) as a configurable step sequence that a
 * village-affairs matter walks through in order: 004's "136" (one governance committee, three
 * phases, six steps 提 分 议 办 督 评), the two committees' seven steps (七步走), 002's five steps
 * (群众提事项 → 两委列议题 → 定期召集议 → 议定分类办 → 办后大家评).
 *
 * <p>Steps held at the meeting fall on the monthly deliberation meeting (一月一议): the {@link
 * #meetingDay()} of each month, or the next working day when that day is not one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedure.class)
@JsonDeserialize(as = ImmutableProcedure.class)
public abstract class Procedure implements Named {

  /** The procedure's code: {@code ONE_THREE_SIX}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 136·红细胞·微治理. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The phases, in order; may be empty. */
  public abstract ImmutableList<Phase> phases();

  /** The steps, in the order they are done. */
  public abstract ImmutableList<Step> steps();

  /** The day of the month of the deliberation meeting (1 to 28), if steps are held at it. */
  public abstract Optional<Integer> meetingDay();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a procedure; {@code build()} checks steps, phases and the meeting day. */
  public static final class Builder extends ImmutableProcedure.Builder {}

  /** The position of step {@code code}, or -1. */
  public int indexOf(String code) {
    for (int i = 0; i < steps().size(); i++) {
      if (steps().get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first deliberation meeting on or after {@code day}: the meeting day of {@code day}'s
   * month or of the next, moved to the next working day of {@code calendar} when it is not one.
   * Empty when the procedure has no meeting day.
   */
  public Optional<LocalDate> meetingOnOrAfter(LocalDate day, GovernanceCalendar calendar) {
    if (meetingDay().isEmpty()) {
      return Optional.empty();
    }
    LocalDate meeting = meetingIn(day.withDayOfMonth(1), calendar);
    if (meeting.isBefore(day)) {
      meeting = meetingIn(day.withDayOfMonth(1).plusMonths(1), calendar);
    }
    return Optional.of(meeting);
  }

  private LocalDate meetingIn(LocalDate firstOfMonth, GovernanceCalendar calendar) {
    LocalDate planned = firstOfMonth.withDayOfMonth(meetingDay().get());
    return calendar.isWorkingDay(planned) ? planned : calendar.plusWorkingDays(planned, 1);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(!steps().isEmpty(), "/steps", "mediation.procedure.empty", code());
    checks.unique("/steps", steps(), Step::code, "code");
    checks.unique("/phases", phases(), Phase::code, "code");
    Map<String, Integer> phaseIndex = new HashMap<>();
    for (int i = 0; i < phases().size(); i++) {
      phaseIndex.putIfAbsent(phases().get(i).code(), i);
    }
    int lastPhase = -1;
    for (int i = 0; i < steps().size(); i++) {
      Step step = steps().get(i);
      if (step.phase().isPresent()) {
        Integer p = phaseIndex.get(step.phase().get());
        if (checks.check(p != null, "/steps/" + i + "/phase", "mediation.procedure.phase.unknown",
            code(), step.phase().get())) {
          checks.check(p >= lastPhase, "/steps/" + i + "/phase",
              "mediation.procedure.phase.order", code(), step.code(), step.phase().get());
          lastPhase = Math.max(lastPhase, p);
        }
      } else {
        checks.check(phases().isEmpty(), "/steps/" + i + "/phase",
            "mediation.procedure.phase.missing", code(), step.code());
      }
      checks.check(!step.atMeeting() || meetingDay().isPresent(), "/steps/" + i + "/atMeeting",
          "mediation.procedure.meeting.missing", code(), step.code());
    }
    meetingDay().ifPresent(d -> checks.check(d >= 1 && d <= 28, "/meetingDay",
        "mediation.procedure.meeting.day", code(), d));
    checks.throwIfAny();
  }
}

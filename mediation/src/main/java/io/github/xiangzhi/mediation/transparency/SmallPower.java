package io.github.xiangzhi.mediation.transparency;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.text.Named;
import io.github.xiangzhi.mediation.deliberation.CompletedStep;
import io.github.xiangzhi.mediation.deliberation.Deliberation;
import io.github.xiangzhi.mediation.deliberation.Procedure;
import io.github.xiangzhi.mediation.deliberation.Step;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 小微权力 — one entry of the small-power list (小微权力清单, 002: "梳理小微权力清单,建立健全小微权力运行和
 * 监督机制"): a power of the village (惠农资金发放, 村集体资产出租…), the body that exercises it (by code
 * or kind: {@code TWO_COMMITTEES}) and its procedure steps.
 *
 * <p>A matter of that kind follows the steps exactly as a deliberation does (R-MED-6): the
 * mediation section offers the power's steps as a {@linkplain #procedure() procedure} of the same
 * code, so a triage class naming it sends its matters through them and the docket refuses a step
 * skipped, repeated or out of order. Records kept elsewhere are checked with {@link #audit}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSmallPower.class)
@JsonDeserialize(as = ImmutableSmallPower.class)
public abstract class SmallPower implements Named {

  @Override
  public abstract String code();

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The kind of affairs it touches: 村务, 财务. */
  public abstract Optional<AffairKind> kind();

  /** The body that exercises it, by code or kind: {@code TWO_COMMITTEES}. */
  public abstract String body();

  /** The procedure steps, in order. */
  public abstract ImmutableList<Step> steps();

  /** The source documents, such as {@code 002}. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a small power. */
  public static final class Builder extends ImmutableSmallPower.Builder {}

  /** The steps as a procedure of the same code and names. */
  @Value.Lazy
  public Procedure procedure() {
    return Procedure.builder().code(code()).name(name()).nameEn(nameEn()).steps(steps()).build();
  }

  /** A matter's walk through the steps, beginning at {@code at}. */
  public Deliberation begin(MatterId matter, Instant at) {
    return Deliberation.begin(matter, procedure(), at);
  }

  /**
   * The problems of a recorded exercise of this power, steps in the order done: a step skipped,
   * repeated or out of order ({@code /done/2/step}), a step before the previous one ({@code
   * /done/2/at}), more steps than the power has. Empty when the record followed the steps so far.
   */
  public List<InvalidValueException.Violation> audit(MatterId matter, Instant began,
      List<CompletedStep> done) {
    ValueChecks checks = new ValueChecks();
    Instant last = began;
    for (int i = 0; i < done.size(); i++) {
      CompletedStep d = done.get(i);
      if (i >= steps().size()) {
        checks.check(false, "/done/" + i + "/step", "mediation.step.finished", matter, code(),
            d.step());
        continue;
      }
      String expected = steps().get(i).code();
      checks.check(d.step().equals(expected), "/done/" + i + "/step", "mediation.step.order",
          matter, code(), expected, d.step());
      checks.check(!d.at().isBefore(last), "/done/" + i + "/at", "mediation.clock.backwards",
          d.at(), last);
      last = d.at();
    }
    try {
      checks.throwIfAny();
      return List.of();
    } catch (InvalidValueException e) {
      return e.violations();
    }
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(Codes.isCode(body()), "/body", "core.code.syntax", body());
    checks.check(!steps().isEmpty(), "/steps", "mediation.smallPower.empty", code());
    checks.unique("/steps", steps(), Step::code, "code");
    for (int i = 0; i < steps().size(); i++) {
      checks.check(!steps().get(i).atMeeting(), "/steps/" + i + "/atMeeting",
          "mediation.smallPower.meeting", code(), steps().get(i).code());
    }
    checks.throwIfAny();
  }
}

package io.github.xiangzhi.mediation.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 步骤 — one step of a deliberation procedure: 提 (propose), 分 (triage), 议 (deliberate), 办 (act),
 * 督 (supervise), 评 (evaluate); or 002's 群众提事项 … 办后大家评. A step {@linkplain #atMeeting() held
 * at the meeting} is done at the monthly deliberation meeting (一月一议).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStep.class)
@JsonDeserialize(as = ImmutableStep.class)
public abstract class Step implements Named {

  /** The step's code: {@code DELIBERATE}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 议. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The code of the phase the step belongs to, if the procedure has phases. */
  public abstract Optional<String> phase();

  /** True when the step is done at the monthly deliberation meeting. */
  @JsonProperty
  @Value.Default
  public boolean atMeeting() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a step. */
  public static final class Builder extends ImmutableStep.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    phase().ifPresent(p -> checks.check(Codes.isCode(p), "/phase", "core.code.syntax", p));
    checks.throwIfAny();
  }
}

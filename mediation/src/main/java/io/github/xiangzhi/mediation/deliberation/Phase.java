package io.github.xiangzhi.mediation.deliberation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 阶段 — a phase of a deliberation procedure: 004's "136" has three, 事前 (before: analysis), 事中
 * (during: carrying out) and 事后 (after: supervision).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePhase.class)
@JsonDeserialize(as = ImmutablePhase.class)
public abstract class Phase implements Named {

  /** The phase's code: {@code BEFORE}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 事前. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a phase. */
  public static final class Builder extends ImmutablePhase.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}

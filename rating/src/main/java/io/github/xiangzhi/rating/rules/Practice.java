package io.github.xiangzhi.rating.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 风俗 — one practice of "十抵制十提倡" (000): resisted (大操大办, 人情攀比, 封建迷信…) or promoted (婚事新办,
 * 丧事简办, 孝亲敬老…), with what a recorded case means elsewhere: the conduct kind it puts on the
 * red or black list ({@link #conductKind()}, R-PTS-3), the star scheme's fact it sets ({@link
 * #fact()}, which vetoes and bonuses trigger on) and the points event it raises ({@link
 * #eventKind()}, which a points rule earns or deducts).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePractice.class)
@JsonDeserialize(as = ImmutablePractice.class)
public abstract class Practice implements Named {

  @Override
  public abstract String code();

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The red/black list conduct kind a case records: {@code EXTRAVAGANT_CEREMONY}. */
  public abstract Optional<String> conductKind();

  /** The star scheme's fact a case sets: {@code VILLAGE_RULES_BREACH}. */
  public abstract Optional<String> fact();

  /** The points event kind a case raises: {@code VILLAGE_RULES_BREACH}. */
  public abstract Optional<String> eventKind();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a practice. */
  public static final class Builder extends ImmutablePractice.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    conductKind().ifPresent(k -> checks.check(Codes.isCode(k), "/conductKind",
        "core.code.syntax", k));
    fact().ifPresent(f -> checks.check(Codes.isCode(f), "/fact", "core.code.syntax", f));
    eventKind().ifPresent(k -> checks.check(Codes.isCode(k), "/eventKind", "core.code.syntax",
        k));
    checks.throwIfAny();
  }
}

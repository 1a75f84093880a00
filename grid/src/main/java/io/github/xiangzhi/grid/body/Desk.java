package io.github.xiangzhi.grid.body;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 科室 — a desk of a body: the 组织 (organisation) and 宣传 (publicity) desks of the 党群办, which
 * 000's work list names as 党群办(组织) and 党群办(宣传). A reference names it as {@code
 * PARTY_MASS_OFFICE/PUBLICITY} ({@link BodyRef}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDesk.class)
@JsonDeserialize(as = ImmutableDesk.class)
public abstract class Desk implements Named {

  /** The desk's code within its body: {@code PUBLICITY}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 宣传. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** A desk. */
  public static Desk of(String code, String name, String nameEn) {
    return builder().code(code).name(name).nameEn(nameEn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a desk. */
  public static final class Builder extends ImmutableDesk.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}

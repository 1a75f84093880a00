package io.github.xiangzhi.grid.hierarchy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 单元分组 — a group of units, such as 试点村 ({@code PILOT_VILLAGE}) or 重点网格, that units name
 * in {@link Unit#groups()}: DHIS2's organisation-unit group. Groups stand alone or belong to a
 * {@link GroupSet}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitGroup.class)
@JsonDeserialize(as = ImmutableUnitGroup.class)
public abstract class UnitGroup implements Named {

  /** The group's code: {@code PILOT_VILLAGE}. */
  @Override
  public abstract String code();

  /** The group's name: 试点村. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The group {@code code} called {@code name} (Chinese) and {@code nameEn}. */
  public static UnitGroup of(String code, String name, String nameEn) {
    return builder().code(code).name(name).nameEn(nameEn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a group. */
  public static final class Builder extends ImmutableUnitGroup.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}

package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 巡逻部位类型 — a kind of place route patrols pass (000 线上巡: 交通要道、娱乐场所、重点企业).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSiteKind.class)
@JsonDeserialize(as = ImmutableSiteKind.class)
public abstract class SiteKind implements Named {

  /** The kind's code: {@code ROAD}. */
  @Override
  public abstract String code();

  /** The kind as the source writes it: 交通要道. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The kind {@code code}. */
  public static SiteKind of(String code, String name, String nameEn) {
    return ImmutableSiteKind.builder().code(code).name(name).nameEn(nameEn).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}

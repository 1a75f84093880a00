package io.github.xiangzhi.patrol.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 联巡内容 — one item of the area-patrol checklist (000 面上巡: 森林防火、秸秆禁烧、信访矛盾隐患排查、
 * 人居环境整治、地质灾害防范、交通安全, R-PAT-1). An item with seasons is checked only within them,
 * such as the straw-burning ban at harvest; an item without is checked all year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChecklistItem.class)
@JsonDeserialize(as = ImmutableChecklistItem.class)
public abstract class ChecklistItem implements Named {

  /** The item's code: {@code STRAW_BURNING}. */
  @Override
  public abstract String code();

  /** The item as the source writes it: 秸秆禁烧. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The seasons in which the item is checked; empty for all year. */
  public abstract ImmutableList<Season> seasons();

  /** An item checked all year. */
  public static ChecklistItem of(String code, String name, String nameEn) {
    return builder().code(code).name(name).nameEn(nameEn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a checklist item. */
  public static final class Builder extends ImmutableChecklistItem.Builder {}

  /** True when the item is checked on {@code date}. */
  public final boolean activeOn(LocalDate date) {
    if (seasons().isEmpty()) {
      return true;
    }
    for (Season season : seasons()) {
      if (season.contains(date)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}

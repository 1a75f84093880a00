package io.github.xiangzhi.mediation.triage;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 事项分类 — one class of three-way triage (R-MED-5) with its route. 004 (渭沱镇): "属于自治单元内的
 * '民事',充分发挥网格红细胞'协商议事团'作用,友好协商办理;属于村级组织的'村事',提交村两委按'七步走'
 * 流程组织实施;属于政府承担的'政事',移交镇政府,由相关职能部门依法依规限时承办".
 *
 * <p>A class may send its matters to a {@link #tier()} of the ladder (else graded intake decides),
 * to a {@link #body()} there, through a deliberation {@link #procedure()}, and within its own
 * {@link #limitDays()} instead of the tier's (限时承办).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAffairClass.class)
@JsonDeserialize(as = ImmutableAffairClass.class)
public abstract class AffairClass implements Named {

  /** The class's code: {@code CIVIL}, {@code VILLAGE}, {@code GOVERNMENT}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 民事. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The tier its matters start at; absent to let graded intake decide. */
  public abstract Optional<String> tier();

  /** The body that handles them there: {@code CONSULTATION_GROUP} (协商议事团). */
  public abstract Optional<String> body();

  /** The deliberation procedure they walk through: {@code SEVEN_STEPS}. */
  public abstract Optional<String> procedure();

  /** A time limit in working days that replaces the entry tier's (限时承办). */
  public abstract Optional<Integer> limitDays();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a class. */
  public static final class Builder extends ImmutableAffairClass.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    tier().ifPresent(t -> checks.check(Codes.isCode(t), "/tier", "core.code.syntax", t));
    body().ifPresent(b -> checks.check(Codes.isCode(b), "/body", "core.code.syntax", b));
    procedure().ifPresent(p -> checks.check(Codes.isCode(p), "/procedure", "core.code.syntax", p));
    limitDays().ifPresent(d -> checks.check(d > 0, "/limitDays", "mediation.tier.limit", code(),
        d));
    checks.throwIfAny();
  }
}

package io.github.xiangzhi.grid.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 治理模式环节 — one link of a local governance model under which a work list groups its tasks:
 * 000's 联网 (network), 联巡 (patrol), 联调 (mediation), 联育 (education); 001's 数字化自治,
 * 星级化德治, 网格化法治.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLink.class)
@JsonDeserialize(as = ImmutableLink.class)
public abstract class Link implements Named {

  /** The link's code: {@code NETWORK}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 联网. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** A link. */
  public static Link of(String code, String name, String nameEn) {
    return builder().code(code).name(name).nameEn(nameEn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a link. */
  public static final class Builder extends ImmutableLink.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.throwIfAny();
  }
}

package io.github.xiangzhi.grid.level;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 层级体系 — the ordered levels of a county's hierarchy (R-GRID-1), from the top: Anlan's party
 * five levels 村党委→党支部→党小组(网格长)→党员中心户(院落长)→户长, Changzhi's
 * 市→县(区)→乡镇(街道)→村(社区)→网格, Shangba's 镇→村→组.
 *
 * <p>{@link #levels()} are the levels units sit at. Households attach to leaf units; where the
 * households themselves form the scheme's last level (Anlan's 户长), {@link #householdLevel()}
 * names it. A unit's parent sits at a higher level, and every level between them must be
 * {@linkplain Level#skippable() skippable}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLevelScheme.class)
@JsonDeserialize(as = ImmutableLevelScheme.class)
public abstract class LevelScheme implements Named {

  /** The scheme's code: {@code CHANGZHI}. */
  @Override
  public abstract String code();

  /** The scheme's name: 市—县—乡—村—网格五级通道. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The unit levels, from the top. */
  public abstract ImmutableList<Level> levels();

  /** The level the households themselves form, where the scheme counts one (户长). */
  public abstract Optional<Level> householdLevel();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a scheme; {@code build()} checks that level codes are unique. */
  public static final class Builder extends ImmutableLevelScheme.Builder {}

  @Value.Lazy
  ImmutableMap<String, Integer> indexByCode() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < levels().size(); i++) {
      index.put(levels().get(i).code(), i);
    }
    return ImmutableMap.copyOf(index);
  }

  /** The position of the level {@code code} from the top (0), or -1 when the scheme lacks it. */
  public int indexOf(String code) {
    Integer i = indexByCode().get(code);
    return i == null ? -1 : i;
  }

  /**
   * The position of the level {@code code} from the top (0).
   *
   * @throws UnknownLevelException if the scheme lacks it
   */
  public int require(String code) {
    int i = indexOf(checkNotNull(code, "code"));
    if (i < 0) {
      throw new UnknownLevelException(code, this);
    }
    return i;
  }

  /** The level {@code code}, if the scheme has it. */
  public Optional<Level> level(String code) {
    int i = indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(levels().get(i));
  }

  /** The number of unit levels. */
  public int depth() {
    return levels().size();
  }

  /**
   * True when a unit at level {@code child} may have a parent at level {@code parent}: the
   * parent's level is higher, and every level between them is skippable.
   */
  public boolean allowsParent(String parent, String child) {
    int p = indexOf(parent);
    int c = indexOf(child);
    if (p < 0 || c < 0 || p >= c) {
      return false;
    }
    for (int i = p + 1; i < c; i++) {
      if (!levels().get(i).skippable()) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!levels().isEmpty(), "/levels", "grid.scheme.empty", code());
    checks.unique("/levels", levels(), Level::code, "code");
    if (householdLevel().isPresent()) {
      String household = householdLevel().get().code();
      checks.check(levels().stream().noneMatch(l -> l.code().equals(household)),
          "/householdLevel/code", "core.duplicate", "code", household, "levels");
    }
    checks.throwIfAny();
  }
}

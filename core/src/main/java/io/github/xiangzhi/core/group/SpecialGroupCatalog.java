package io.github.xiangzhi.core.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.xiangzhi.core.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The special-group categories of a county: the profile section {@code specialGroups}
 * (R-CORE-4). Codes are unique.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialGroupCatalog.class)
@JsonDeserialize(as = ImmutableSpecialGroupCatalog.class)
public abstract class SpecialGroupCatalog {

  /** The categories in the order the profile lists them. */
  public abstract ImmutableList<SpecialGroupCategory> categories();

  /** A catalog of {@code categories}. */
  public static SpecialGroupCatalog of(Iterable<? extends SpecialGroupCategory> categories) {
    return ImmutableSpecialGroupCatalog.builder().categories(categories).build();
  }

  /** The empty catalog. */
  public static SpecialGroupCatalog empty() {
    return ImmutableSpecialGroupCatalog.builder().build();
  }

  @Value.Lazy
  ImmutableMap<String, SpecialGroupCategory> byCode() {
    return Maps.uniqueIndex(categories(), SpecialGroupCategory::code);
  }

  /** The category with {@code code}, if any. */
  public Optional<SpecialGroupCategory> category(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /** True when the catalog has a category with {@code code}. */
  public boolean contains(String code) {
    return byCode().containsKey(code);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.unique("/categories", categories(), SpecialGroupCategory::code, "code");
    checks.throwIfAny();
  }
}

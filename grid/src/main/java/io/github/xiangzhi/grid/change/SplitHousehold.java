package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * 分户 — divides {@link #household()} into new households (the head died and the family divides;
 * a grown son sets up his own household): each {@link HouseholdPart} is registered at the divided
 * household's unit or its own. The divided household ends unless {@link #continues()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSplitHousehold.class)
@JsonDeserialize(as = ImmutableSplitHousehold.class)
public abstract class SplitHousehold extends HierarchyChange {

  /** The household divided. */
  public abstract HouseholdId household();

  /** The new households. */
  public abstract ImmutableList<HouseholdPart> into();

  /** True when the divided household carries on beside the new ones; false by default. */
  @JsonProperty
  @Value.Default
  public boolean continues() {
    return false;
  }

  /** Divides {@code household} into {@code parts}; it ends. */
  public static SplitHousehold of(HouseholdId household, HouseholdPart... parts) {
    return ImmutableSplitHousehold.builder().household(household).addInto(parts).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a split. */
  public static final class Builder extends ImmutableSplitHousehold.Builder {}

  @Override
  public Kind kind() {
    return Kind.SPLIT_HOUSEHOLD;
  }

  @Override
  public List<UnitId> units() {
    List<UnitId> out = new ArrayList<>();
    into().forEach(p -> p.unit().ifPresent(out::add));
    return out;
  }

  @Override
  public List<HouseholdId> households() {
    List<HouseholdId> out = new ArrayList<>();
    out.add(household());
    into().forEach(p -> out.add(p.household()));
    return out;
  }

  @Override
  public String describe(Locale locale) {
    List<String> parts = new ArrayList<>();
    into().forEach(p -> parts.add(p.household().value()));
    return Messages.format(locale, continues() ? "grid.change.describe.SPLIT_HOUSEHOLD.continues"
        : "grid.change.describe.SPLIT_HOUSEHOLD", household(), parts);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!into().isEmpty(), "/into", "grid.change.split.empty", household());
    checks.unique("/into", into(), HouseholdPart::household, "household");
    for (int i = 0; i < into().size(); i++) {
      checks.check(!into().get(i).household().equals(household()), "/into/" + i + "/household",
          "grid.change.split.self", household());
    }
    checks.throwIfAny();
  }
}

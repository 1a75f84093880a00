package io.github.xiangzhi.grid.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 合并 — merges {@link #from()} into {@link #into()} (004: "拆乡并镇", two villages become one):
 * every unit directly under {@code from} moves under {@code into}, every household attached to
 * {@code from} moves to {@code into}, so no household is lost; then {@code from} is removed, or,
 * with {@link #closeOn()}, kept as an empty unit closed on that day for the record.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMergeUnits.class)
@JsonDeserialize(as = ImmutableMergeUnits.class)
public abstract class MergeUnits extends HierarchyChange {

  /** The unit merged away. */
  public abstract UnitId from();

  /** The unit that takes over its units and households. */
  public abstract UnitId into();

  /** The day {@code from} closes, if it is kept closed rather than removed. */
  public abstract Optional<LocalDate> closeOn();

  /** Merges {@code from} into {@code into}, removing {@code from}. */
  public static MergeUnits of(UnitId from, UnitId into) {
    return ImmutableMergeUnits.builder().from(from).into(into).build();
  }

  /** Merges {@code from} into {@code into}, keeping {@code from} closed on {@code day}. */
  public static MergeUnits closing(UnitId from, UnitId into, LocalDate day) {
    return ImmutableMergeUnits.builder().from(from).into(into).closeOn(day).build();
  }

  @Override
  public Kind kind() {
    return Kind.MERGE_UNITS;
  }

  @Override
  public List<UnitId> units() {
    return List.of(from(), into());
  }

  @Override
  public List<HouseholdId> households() {
    return List.of();
  }

  @Override
  public String describe(Locale locale) {
    return Messages.format(locale, "grid.change.describe.MERGE_UNITS", from(), into(),
        closeOn().map(LocalDate::toString).orElse("-"));
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!from().equals(into()), "/into", "grid.change.merge.self", from());
    checks.throwIfAny();
  }
}

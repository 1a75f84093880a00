package io.github.xiangzhi.grid.staff;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Share;
import java.util.List;

/**
 * How one {@link StaffingRule} fares: how many units (or people) were checked, how many meet it,
 * the exact coverage share, and every violation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleResult {
  private final StaffingRule rule;
  private final int checked;
  private final int met;
  private final ImmutableList<StaffingViolation> violations;

  RuleResult(StaffingRule rule, int checked, int met, List<StaffingViolation> violations) {
    this.rule = rule;
    this.checked = checked;
    this.met = met;
    this.violations = ImmutableList.copyOf(violations);
  }

  /** The rule. */
  public StaffingRule rule() {
    return rule;
  }

  /** The number of units (people, for a person rule) checked. */
  public int checked() {
    return checked;
  }

  /** The number that meet the rule. */
  public int met() {
    return met;
  }

  /** {@code met/checked} exactly: 100% when nothing was checked. */
  public Share coverage() {
    return checked == 0 ? Share.ALL : Share.of(met, checked);
  }

  /** True when the coverage reaches the rule's target (always, when nothing was checked). */
  public boolean passed() {
    return checked == 0 || rule.target().isMetBy(met, checked);
  }

  /** Every unit or person that does not meet the rule. */
  public List<StaffingViolation> violations() {
    return violations;
  }

  @Override
  public String toString() {
    return rule.code() + ": " + met + "/" + checked + " (" + coverage() + ")"
        + (passed() ? "" : " below " + rule.target());
  }
}

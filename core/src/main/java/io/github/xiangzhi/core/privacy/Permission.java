package io.github.xiangzhi.core.privacy;

/** What a caller may see of personal data beyond the masked default. */
public enum Permission {
  /** Full resident identity numbers. */
  RESIDENT_ID,
  /** Membership of special groups of {@link Sensitivity#GENERAL} sensitivity. */
  SPECIAL_GROUPS,
  /**
   * Membership of special groups of {@link Sensitivity#SENSITIVE} sensitivity — health,
   * criminal-justice and minors' data; implies {@link #SPECIAL_GROUPS}.
   */
  SENSITIVE_SPECIAL_GROUPS
}

package io.github.xiangzhi.rating.star;

/** The kinds of {@link StarReason}: what a line of a household's explanation is about. */
public enum ReasonKind {
  /** An indicator scored its full points. */
  INDICATOR_MET,
  /** A per-unit indicator scored some but not all of its points. */
  INDICATOR_PARTIAL,
  /** An indicator scored nothing for the value given. */
  INDICATOR_UNMET,
  /** An indicator scored nothing: the household has no value for it. */
  INDICATOR_MISSING,
  /** A bonus added points to a category (加分倾斜). */
  BONUS,
  /** A category's score reached its pass mark. */
  CATEGORY_EARNED,
  /** A category's score stayed below its pass mark. */
  CATEGORY_NOT_MET,
  /** An earned category fell beyond the maximum number of stars. */
  CAPPED,
  /** A veto held and withheld categories or every star (一票否决). */
  VETO,
  /** A required category was not held, so no star is. */
  REQUIRED_MISSING
}

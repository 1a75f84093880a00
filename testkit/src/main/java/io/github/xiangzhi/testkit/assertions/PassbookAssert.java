package io.github.xiangzhi.testkit.assertions;

import io.github.xiangzhi.rating.points.PassbookLine;
import io.github.xiangzhi.rating.points.PassbookStatement;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on a {@link PassbookStatement} (积分存折). */
public final class PassbookAssert extends AbstractObjectAssert<PassbookAssert, PassbookStatement> {

  PassbookAssert(PassbookStatement actual) {
    super(actual, PassbookAssert.class);
  }

  /** The statement closes at {@code points}. */
  public PassbookAssert closesAt(long points) {
    isNotNull();
    if (actual.closing() != points) {
      failWithMessage("Expected the passbook of %s for %s to close at %s but it closes at %s",
          actual.household(), actual.period(), points, actual.closing());
    }
    return this;
  }

  /**
   * The statement adds up: each line's balance is the previous one plus its change, from the
   * opening to the closing balance.
   */
  public PassbookAssert addsUp() {
    isNotNull();
    long balance = actual.opening();
    for (PassbookLine line : actual.lines()) {
      balance += line.change();
      if (line.balance() != balance) {
        failWithMessage("Passbook of %s: line %s shows balance %s, expected %s",
            actual.household(), line.posting().id(), line.balance(), balance);
      }
    }
    if (balance != actual.closing()) {
      failWithMessage("Passbook of %s: the lines end at %s but the closing balance is %s",
          actual.household(), balance, actual.closing());
    }
    return this;
  }

  /** The statement has {@code count} lines. */
  public PassbookAssert hasLines(int count) {
    isNotNull();
    if (actual.lines().size() != count) {
      failWithMessage("Expected %s passbook lines but found %s: %s", count, actual.lines().size(),
          actual.lines());
    }
    return this;
  }
}

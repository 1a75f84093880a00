package io.github.xiangzhi.rating.points;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;

/**
 * The kinds of account of the points ledger. Every point is issued from a {@link #POOL} and ends
 * in exactly one of the others, so at every moment points issued = held + redeemed + expired +
 * reversed (R-PTS-2).
 */
public enum AccountKind implements LocalizedText {
  /** 积分存折 — a household's passbook: the points it holds. Owned by a household. */
  HOUSEHOLD("household"),
  /**
   * 积分发放池 — a village's or town's issuing pool. Pools only ever pay out: a pool's balance is
   * minus the points it has issued.
   */
  POOL("pool"),
  /** 积分超市 — a village's or town's points supermarket: the points redeemed there. */
  SUPERMARKET("supermarket"),
  /** 过期积分 — the ledger's account of expired points. */
  EXPIRY("expiry"),
  /**
   * 冲减积分 — the ledger's account of points taken back from households: deductions (扣分),
   * corrections of earnings, and captured holds.
   */
  REVERSAL("reversal");

  private final String prefix;

  AccountKind(String prefix) {
    this.prefix = prefix;
  }

  /** The account id's prefix: {@code household}, {@code pool}, …. */
  public String prefix() {
    return prefix;
  }

  /** True for the ledger's own accounts, {@link #EXPIRY} and {@link #REVERSAL}. */
  public boolean isSystem() {
    return this == EXPIRY || this == REVERSAL;
  }

  @Override
  public String text(Locale locale) {
    return Messages.format(locale, "rating.points.accountKind." + name());
  }
}

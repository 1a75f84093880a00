package io.github.xiangzhi.grid.level;

import io.github.xiangzhi.core.XiangzhiException;

/** 未知层级 — a level code that the level scheme does not have. */
public final class UnknownLevelException extends XiangzhiException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /** The level {@code code} is not in {@code scheme}. */
  public UnknownLevelException(String code, LevelScheme scheme) {
    super("grid.level.unknown", code, scheme.code());
    this.code = code;
  }

  /** The level code that was not found. */
  public String code() {
    return code;
  }
}

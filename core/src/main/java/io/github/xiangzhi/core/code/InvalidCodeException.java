package io.github.xiangzhi.core.code;

import io.github.xiangzhi.core.InvalidValueException;

/**
 * A division code, resident id or credit code that does not follow its standard. The message
 * names the standard, the reason and, for resident ids, only the masked input.
 */
public final class InvalidCodeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Why a code was rejected. */
  public enum Reason {
    /** Not the number of characters the standard requires. */
    LENGTH,
    /** A character outside the standard's alphabet at a position. */
    CHARACTER,
    /** A province (first two digits) that GB/T 2260 does not assign. */
    PROVINCE,
    /** Levels that do not nest, such as a township under no county. */
    STRUCTURE,
    /** A birth date that does not exist. */
    DATE,
    /** The check character is not the one the others compute. */
    CHECK_CHARACTER
  }

  private final CodeType codeType;
  private final Reason reason;

  InvalidCodeException(CodeType codeType, Reason reason, String shownInput, Object... details) {
    super("core.code." + reason.name(), arguments(codeType, shownInput, details));
    this.codeType = codeType;
    this.reason = reason;
  }

  private static Object[] arguments(CodeType codeType, String shownInput, Object... details) {
    Object[] all = new Object[details.length + 2];
    all[0] = codeType;
    all[1] = shownInput;
    System.arraycopy(details, 0, all, 2, details.length);
    return all;
  }

  /** The standard the input was read against. */
  public CodeType codeType() {
    return codeType;
  }

  /** Why it was rejected. */
  public Reason reason() {
    return reason;
  }
}

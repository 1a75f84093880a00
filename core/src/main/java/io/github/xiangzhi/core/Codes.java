package io.github.xiangzhi.core;

/**
 * The syntax of configuration codes — level, category, tier and body codes: upper-case English
 * letters, digits and underscores, starting with a letter, at most 64 characters
 * ({@code LEFT_BEHIND_ELDERLY}). Identifiers and codes stay English; names carry the Chinese.
 */
public final class Codes {
  private Codes() {}

  /** The syntax as a regular expression. */
  public static final String PATTERN = "^[A-Z][A-Z0-9_]{0,63}$";

  /** True when {@code s} is a valid code. */
  public static boolean isCode(String s) {
    if (s.isEmpty() || s.length() > 64 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }
}

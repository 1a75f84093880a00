package io.github.xiangzhi.core.profile;

/**
 * Where a section's checks report problems. Paths are JSON pointers relative to the section
 * ({@code /units/3/parent}); the loader puts the section's name before them and finds the line and
 * column in the source.
 */
public interface ProblemReporter {

  /** Reports a problem at {@code path} with a message key of the section's bundle. */
  void report(String path, String messageKey, Object... arguments);
}

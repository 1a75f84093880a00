package io.github.xiangzhi.core.id;

/** Shared facts about identifiers. */
final class Ids {
  private Ids() {}

  /** The identifier syntax as a JSON Schema pattern. */
  static final String PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{N}._:/-]{0,63}$";
}

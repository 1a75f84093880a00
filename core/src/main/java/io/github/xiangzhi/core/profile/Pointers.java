package io.github.xiangzhi.core.profile;

import com.fasterxml.jackson.core.JsonPointer;

/** JSON pointers (RFC 6901) as the loader writes them. */
final class Pointers {
  private Pointers() {}

  /** The pointer segment for a field name: {@code ~} and {@code /} escaped (by Jackson). */
  static String field(String name) {
    return JsonPointer.empty().appendProperty(name).toString();
  }

  /** The pointer segment for an array index. */
  static String index(int i) {
    return "/" + i;
  }

  /** The parent pointer: {@code /a/b} for {@code /a/b/c}, empty for a top-level field. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}

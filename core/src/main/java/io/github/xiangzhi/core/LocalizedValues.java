package io.github.xiangzhi.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Turns message arguments into an immutable list; a null argument is shown as "null". */
final class LocalizedValues {
  private LocalizedValues() {}

  static ImmutableList<Object> arguments(List<Object> arguments) {
    ImmutableList.Builder<Object> out = ImmutableList.builderWithExpectedSize(arguments.size());
    for (Object argument : arguments) {
      out.add(argument == null ? "null" : argument);
    }
    return out.build();
  }
}

package io.github.xiangzhi.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Turns message arguments into an immutable list: a null argument is shown as "null", and text
 * longer than {@value #LONGEST} characters is cut, so a message never echoes a huge input.
 */
final class LocalizedValues {
  private LocalizedValues() {}

  static final int LONGEST = 80;

  static ImmutableList<Object> arguments(List<Object> arguments) {
    ImmutableList.Builder<Object> out = ImmutableList.builderWithExpectedSize(arguments.size());
    for (Object argument : arguments) {
      if (argument == null) {
        out.add("null");
      } else if (argument instanceof CharSequence && ((CharSequence) argument).length() > LONGEST) {
        out.add(((CharSequence) argument).subSequence(0, LONGEST - 1) + "…");
      } else {
        out.add(argument);
      }
    }
    return out.build();
  }
}

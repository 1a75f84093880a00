package io.github.xiangzhi.core.json;

import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of JSON value in the user's language: JSON Schema's words ({@code object}, {@code
 * array}, {@code string}, ...) as problems about a value of the wrong type name them, 对象, 列表,
 * 文本... in Chinese.
 */
public final class JsonTypes {
  private static final Set<String> KNOWN =
      Set.of("object", "array", "string", "number", "integer", "boolean", "null");

  private JsonTypes() {}

  /**
   * {@code words} — one kind, or several joined by {@code " | "} — as a text rendered in each
   * locale; a word that is not one of JSON Schema's kinds (a type's name) is shown as it is.
   */
  public static LocalizedText label(String words) {
    List<String> kinds = List.of(words.split(" \\| ", -1));
    return LocalizedText.rendered(locale -> render(kinds, locale));
  }

  private static String render(List<String> kinds, Locale locale) {
    StringBuilder out = new StringBuilder();
    for (String kind : kinds) {
      if (out.length() > 0) {
        out.append(Messages.format(locale, "core.jsonType.or"));
      }
      out.append(KNOWN.contains(kind) ? Messages.format(locale, "core.jsonType." + kind) : kind);
    }
    return out.toString();
  }
}

package io.github.xiangzhi.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.function.Function;

/** A {@link LocalizedText} rendered by a function, printed in English. */
final class RenderedText implements LocalizedText {
  private final Function<Locale, String> render;

  RenderedText(Function<Locale, String> render) {
    this.render = checkNotNull(render, "render");
  }

  @Override
  public String text(Locale locale) {
    return render.apply(locale);
  }

  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}

package io.github.xiangzhi.rating.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 条款 — a numbered article of the village rules: "第三条 婚事新办、丧事简办……".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
public abstract class Article {

  /** The article's number, from 1. */
  public abstract int no();

  /** Its heading, if any: 移风易俗. */
  public abstract Optional<String> title();

  /** Its text. */
  public abstract String text();

  /** An article. */
  public static Article of(int no, String title, String text) {
    return builder().no(no).title(Optional.ofNullable(title)).text(text).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an article. */
  public static final class Builder extends ImmutableArticle.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(no() >= 1, "/no", "rating.rules.article.no", no());
    checks.check(!text().isBlank(), "/text", "core.blank", "text");
    checks.throwIfAny();
  }
}

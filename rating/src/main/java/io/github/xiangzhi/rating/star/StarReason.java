package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.text.LocalizedText;
import io.github.xiangzhi.core.text.Messages;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 评定理由 — one line of the explanation of a household's stars: which indicator passed or failed
 * and with what value, which bonus applied, which veto held. Shown to people through {@link
 * #text(Locale)}, from the bundles.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStarReason.class)
@JsonDeserialize(as = ImmutableStarReason.class)
public abstract class StarReason implements LocalizedText {

  /** What the line is about. */
  public abstract ReasonKind kind();

  /** The category concerned; empty for a veto on every star. */
  public abstract Optional<String> category();

  /** The indicator, bonus, veto or required category the line names. */
  public abstract Optional<String> subject();

  /** The points scored or added (0 where none). */
  @JsonProperty
  @Value.Default
  public int points() {
    return 0;
  }

  /** The most points, or the pass mark, the points are measured against (0 where none). */
  @JsonProperty
  @Value.Default
  public int limit() {
    return 0;
  }

  /** The household's value, as text, where the line is about a value. */
  public abstract Optional<String> value();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a reason. */
  public static final class Builder extends ImmutableStarReason.Builder {}

  /**
   * The line in {@code locale}'s language, such as "LOVE_PARTY_AND_COUNTRY: indicator
   * COLLECTIVE_ACTIVITIES = 2 scored 20 of 40 points".
   */
  @Override
  public String text(Locale locale) {
    String key = kind() == ReasonKind.VETO && category().isEmpty() ? "VETO_ALL" : kind().name();
    return Messages.format(locale, "rating.star.reason." + key, category().orElse(""),
        subject().orElse(""), points(), limit(), value().orElse(""));
  }

  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}

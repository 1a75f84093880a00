package io.github.xiangzhi.core.time;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 调休上班日 — a weekend day on which people work to make up for a holiday, such as Sunday 4
 * February 2024 before the Spring Festival.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMakeUpWorkday.class)
@JsonDeserialize(as = ImmutableMakeUpWorkday.class)
public abstract class MakeUpWorkday {

  /** The day worked. */
  public abstract LocalDate date();

  /** The holiday it makes up for: 春节. */
  public abstract String name();

  /** The notice that announced it. */
  public abstract Optional<String> source();

  /** A make-up workday on {@code date} for the holiday {@code name}. */
  public static MakeUpWorkday of(LocalDate date, String name) {
    return ImmutableMakeUpWorkday.builder().date(date).name(name).build();
  }
}

package io.github.xiangzhi.core.time;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.ValueChecks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 法定节假日 — a public holiday as a span of days off, {@link #from()} to {@link #to()} inclusive,
 * such as the Spring Festival break of 2024, 10 to 17 February.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHoliday.class)
@JsonDeserialize(as = ImmutableHoliday.class)
public abstract class Holiday {

  /** The holiday's name as announced: 春节. */
  public abstract String name();

  /** The first day off. */
  public abstract LocalDate from();

  /** The last day off, inclusive; {@link #from()} for a single day. */
  public abstract LocalDate to();

  /** The notice that announced it, such as 国办发明电〔2023〕7号. */
  public abstract Optional<String> source();

  /** A holiday from {@code from} to {@code to} inclusive. */
  public static Holiday of(String name, LocalDate from, LocalDate to) {
    return ImmutableHoliday.builder().name(name).from(from).to(to).build();
  }

  /** True when {@code date} is one of its days. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from()) && !date.isAfter(to());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!to().isBefore(from()), "/to", "core.calendar.holidayOrder", name(), from(), to());
    checks.check(
        !to().isAfter(from().plusDays(366)), "/to", "core.calendar.holidayLength", name(), from(),
        to());
    checks.throwIfAny();
  }
}

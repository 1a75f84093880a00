package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * 积分存折对账单 — a household's passbook (积分存折, 004) for one period: the balance when the
 * period began, every posting recorded in it with the balance after, and the balance when it
 * ended. The lines add up: opening + the changes = closing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePassbookStatement.class)
@JsonDeserialize(as = ImmutablePassbookStatement.class)
public abstract class PassbookStatement {

  /** The household. */
  public abstract HouseholdId household();

  /** The period, in {@link #zone()}. */
  public abstract GovernancePeriod period();

  /** The zone the period's days begin in. */
  public abstract ZoneId zone();

  /** The balance before the period's first instant. */
  public abstract long opening();

  /** The postings recorded in the period, in order. */
  public abstract ImmutableList<PassbookLine> lines();

  /** The balance after the period's last instant. */
  public abstract long closing();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a statement; {@code build()} checks that the lines add up. */
  public static final class Builder extends ImmutablePassbookStatement.Builder {}

  /** The points that arrived in the period. */
  public long credited() {
    return lines().stream().mapToLong(PassbookLine::change).filter(c -> c > 0).sum();
  }

  /** The points that left in the period, as a positive number. */
  public long debited() {
    return -lines().stream().mapToLong(PassbookLine::change).filter(c -> c < 0).sum();
  }

  /** The statement as people read it, a line per posting, in {@code locale}'s language. */
  public String render(Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(Messages.format(locale, "rating.points.statement.title", household(), period()))
        .append('\n');
    out.append(Messages.format(locale, "rating.points.statement.opening", opening()))
        .append('\n');
    for (PassbookLine line : lines()) {
      Posting p = line.posting();
      String what = p.rule().or(p::item).or(p::memo).orElse("");
      out.append(Messages.format(locale, "rating.points.statement.line",
          LocalDate.ofInstant(p.recordedAt(), zone()), p.type(),
          (line.change() > 0 ? "+" : "") + line.change(), line.balance(), what, p.id()))
          .append('\n');
    }
    out.append(Messages.format(locale, "rating.points.statement.closing", closing()))
        .append('\n');
    return out.toString();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    long balance = opening();
    for (int i = 0; i < lines().size(); i++) {
      PassbookLine line = lines().get(i);
      balance += line.change();
      checks.check(line.balance() == balance, "/lines/" + i + "/balance",
          "rating.points.statement.unbalanced", line.balance(), balance);
    }
    checks.check(closing() == balance, "/closing", "rating.points.statement.unbalanced",
        closing(), balance);
    checks.throwIfAny();
  }
}

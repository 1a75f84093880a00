package io.github.xiangzhi.mediation.transparency;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 一晒一督报告 — for the villages on a day: the items due to be posted and not posted (应晒未晒),
 * postings put up after their due day (迟晒), postings taken down before their minimum days
 * (公开时间不足), review periods without a supervision review (未督), and reviews that found the
 * postings not in order.
 *
 * <p>An item is due for each of its periods that began on or after the period containing {@code
 * since}: within {@link PostingItem#withinWorkingDays()} working days after the period's last day,
 * counted on the governance calendar (holidays and make-up workdays included); it is missing on
 * {@code asOf} when that day has passed and the village has no posting of it for that period. A
 * review period counts once it has ended before {@code asOf}.
 *
 * <p>Performance notes: O(villages × items × periods + postings + reviews).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransparencyReport {
  private final LocalDate asOf;
  private final ImmutableList<DuePosting> notPosted;
  private final ImmutableList<Posting> late;
  private final ImmutableList<Posting> tooShort;
  private final ImmutableList<UnreviewedPeriod> unreviewed;
  private final ImmutableList<SupervisionReview> failedReviews;

  private TransparencyReport(LocalDate asOf, ImmutableList<DuePosting> notPosted,
      ImmutableList<Posting> late, ImmutableList<Posting> tooShort,
      ImmutableList<UnreviewedPeriod> unreviewed, ImmutableList<SupervisionReview> failed) {
    this.asOf = asOf;
    this.notPosted = notPosted;
    this.late = late;
    this.tooShort = tooShort;
    this.unreviewed = unreviewed;
    this.failedReviews = failed;
  }

  /**
   * The report of {@code villages} from {@code since} to {@code asOf}.
   *
   * @throws InvalidValueException naming every posting or review of an unknown item or of a village
   *     not in {@code villages}, with paths {@code /postings/3/item}, {@code /reviews/0/unit};
   *     nothing is reported then
   */
  public static TransparencyReport compile(TransparencyRules rules, List<UnitId> villages,
      List<Posting> postings, List<SupervisionReview> reviews, GovernanceCalendar calendar,
      LocalDate since, LocalDate asOf) {
    checkNotNull(rules, "rules");
    checkNotNull(calendar, "calendar");
    checkArgument(!asOf.isBefore(since), "asOf %s is before since %s", asOf, since);
    Set<UnitId> known = new LinkedHashSet<>(villages);
    ValueChecks checks = new ValueChecks();
    for (int i = 0; i < postings.size(); i++) {
      Posting p = postings.get(i);
      checks.check(rules.item(p.item()).isPresent(), "/postings/" + i + "/item",
          "mediation.posting.item.unknown", p.item());
      checks.check(known.contains(p.unit()), "/postings/" + i + "/unit",
          "mediation.posting.unit.unknown", p.item(), p.unit());
    }
    for (int i = 0; i < reviews.size(); i++) {
      SupervisionReview r = reviews.get(i);
      checks.check(known.contains(r.unit()), "/reviews/" + i + "/unit",
          "mediation.review.unit.unknown", r.by(), r.unit());
    }
    checks.throwIfAny();

    Map<String, Posting> posted = new HashMap<>();
    ImmutableList.Builder<Posting> late = ImmutableList.builder();
    ImmutableList.Builder<Posting> shortOnes = ImmutableList.builder();
    for (Posting p : postings) {
      posted.putIfAbsent(key(p.unit(), p.item(), p.covers()), p);
      PostingItem item = rules.item(p.item()).orElseThrow();
      if (p.postedOn().isAfter(dueBy(item, p.covers(), calendar))) {
        late.add(p);
      }
      if (p.days() < item.minDays()) {
        shortOnes.add(p);
      }
    }
    ImmutableList.Builder<DuePosting> missing = ImmutableList.builder();
    for (UnitId village : known) {
      for (PostingItem item : rules.items()) {
        for (GovernancePeriod period = GovernancePeriod.containing(item.every(), since);
            period.end().isBefore(asOf); period = period.next()) {
          LocalDate due = dueBy(item, period, calendar);
          if (due.isBefore(asOf) && !posted.containsKey(key(village, item.code(), period))) {
            missing.add(DuePosting.of(village, item.code(), period, due));
          }
        }
      }
    }
    Set<String> reviewed = new HashSet<>();
    ImmutableList.Builder<SupervisionReview> failed = ImmutableList.builder();
    for (SupervisionReview r : reviews) {
      if (!r.on().isAfter(asOf)) {
        reviewed.add(r.unit() + "|" + GovernancePeriod.containing(rules.reviewEvery(), r.on()));
        if (!r.inOrder()) {
          failed.add(r);
        }
      }
    }
    ImmutableList.Builder<UnreviewedPeriod> unreviewed = ImmutableList.builder();
    for (UnitId village : known) {
      for (GovernancePeriod period = GovernancePeriod.containing(rules.reviewEvery(), since);
          period.end().isBefore(asOf); period = period.next()) {
        if (!reviewed.contains(village + "|" + period)) {
          unreviewed.add(UnreviewedPeriod.of(village, period));
        }
      }
    }
    return new TransparencyReport(asOf, missing.build(), late.build(), shortOnes.build(),
        unreviewed.build(), failed.build());
  }

  /** The last day on which {@code item} for {@code period} is posted on time. */
  public static LocalDate dueBy(PostingItem item, GovernancePeriod period,
      GovernanceCalendar calendar) {
    return calendar.plusWorkingDays(period.end(), item.withinWorkingDays());
  }

  private static String key(UnitId unit, String item, GovernancePeriod period) {
    return unit + "|" + item + "|" + period;
  }

  /** The day of the report. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The items due and not posted, by village, item, then period. */
  public List<DuePosting> notPosted() {
    return notPosted;
  }

  /** The postings put up after their due day, in the order given. */
  public List<Posting> late() {
    return late;
  }

  /** The postings up for fewer days than their item asks, in the order given. */
  public List<Posting> tooShort() {
    return tooShort;
  }

  /** The review periods that ended without a review, by village then period. */
  public List<UnreviewedPeriod> unreviewed() {
    return unreviewed;
  }

  /** The reviews that found the postings not in order. */
  public List<SupervisionReview> failedReviews() {
    return failedReviews;
  }

  /** True when nothing is missing, late, short or unreviewed and no review failed. */
  public boolean isClear() {
    return notPosted.isEmpty() && late.isEmpty() && tooShort.isEmpty() && unreviewed.isEmpty()
        && failedReviews.isEmpty();
  }

  /** The report as lines of text in {@code locale}'s language. */
  public List<String> lines(Locale locale) {
    List<String> out = new ArrayList<>();
    out.add(Messages.format(locale, "mediation.transparency.title", asOf));
    for (DuePosting d : notPosted) {
      out.add("  " + Messages.format(locale, "mediation.transparency.notPosted", d.unit(),
          d.item(), d.period(), d.dueBy()));
    }
    for (Posting p : late) {
      out.add("  " + Messages.format(locale, "mediation.transparency.late", p.unit(), p.item(),
          p.covers(), p.postedOn()));
    }
    for (Posting p : tooShort) {
      out.add("  " + Messages.format(locale, "mediation.transparency.short", p.unit(), p.item(),
          p.covers(), p.days()));
    }
    for (UnreviewedPeriod u : unreviewed) {
      out.add("  " + Messages.format(locale, "mediation.transparency.unreviewed", u.unit(),
          u.period()));
    }
    for (SupervisionReview r : failedReviews) {
      out.add("  " + Messages.format(locale, "mediation.transparency.failed", r.unit(), r.by(),
          r.on(), r.note().orElse("")));
    }
    if (isClear()) {
      out.add("  " + Messages.format(locale, "mediation.transparency.clear"));
    }
    return out;
  }

  @Override
  public String toString() {
    return String.join("\n", lines(Locale.ENGLISH));
  }
}

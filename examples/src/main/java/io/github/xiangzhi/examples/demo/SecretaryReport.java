package io.github.xiangzhi.examples.demo;

import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.mediation.metrics.TierOutcome;
import io.github.xiangzhi.mediation.metrics.UnitOutcome;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.audit.Tally;
import io.github.xiangzhi.rating.points.PassbookStatement;
import io.github.xiangzhi.rating.points.PointsTotals;
import io.github.xiangzhi.rating.points.RankedHousehold;
import io.github.xiangzhi.rating.star.target.TargetCheck;
import io.github.xiangzhi.rating.star.target.TargetKind;
import io.github.xiangzhi.rating.star.target.UnitTargets;
import io.github.xiangzhi.rating.star.target.VillageRecognition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 年度工作报告 — the governance year as a township party secretary would read it: the villages'
 * targets with their shortfalls, the honour boards, the points bank, matters by tier with their
 * resolution rates, and patrol coverage. Every label comes from the bundles, in the reader's
 * language; no household is named by anything but its id, and no special-group membership
 * appears.
 */
public final class SecretaryReport {
  private SecretaryReport() {}

  /** The report as lines of text in {@code locale}'s language. */
  public static List<String> lines(GovernanceYear year, Locale locale) {
    List<String> out = new ArrayList<>();
    SyntheticTown town = year.town();
    out.add(text(locale, "cli.demo.report.title", year.profile().info().name(), year.year(),
        year.profile().info().model().orElse("-")));
    out.add(text(locale, "cli.demo.report.town", town.villages().size(),
        town.hierarchy().unitCount(), town.hierarchy().householdCount(),
        town.staffing().members().size(), year.seed()));
    rating(year, locale, out);
    points(year, locale, out);
    mediation(year, locale, out);
    patrol(year, locale, out);
    workLists(year, locale, out);
    return out;
  }

  private static void rating(GovernanceYear year, Locale locale, List<String> out) {
    out.add("");
    out.add(text(locale, "cli.demo.rating.heading"));
    if (year.rating().isEmpty()) {
      out.add("  " + text(locale, "cli.demo.section.absent", "rating"));
      return;
    }
    RatingYear.Outcome rating = year.rating().get();
    out.add("  " + text(locale, "cli.demo.rating.rules",
        percent(rating.targets.rules().participation()),
        percent(rating.targets.rules().starred()), rating.targets.rules().highStars(),
        percent(rating.targets.rules().highStarred())));
    int compliant = 0;
    for (UnitId village : year.town().villages()) {
      UnitTargets t = rating.targets.unit(village).orElseThrow();
      compliant += t.meetsAll() ? 1 : 0;
      out.add("  " + text(locale, "cli.demo.rating.village", t.name(),
          check(t, TargetKind.PARTICIPATION, locale), check(t, TargetKind.STARRED, locale),
          check(t, TargetKind.HIGH_STARRED, locale)));
    }
    out.add("  " + text(locale, "cli.demo.rating.compliant", compliant,
        year.town().villages().size()));
    long added = rating.adjustment.changes().stream().mapToLong(c -> c.added().size()).sum();
    long removed = rating.adjustment.changes().stream().mapToLong(c -> c.removed().size()).sum();
    out.add("  " + text(locale, "cli.demo.rating.adjustment", added, removed));
    out.add("  " + text(locale, "cli.demo.rating.objections", rating.objections, rating.upheld));
    out.add("  " + text(locale, "cli.demo.rating.honour"));
    for (Map.Entry<UnitId, VillageRecognition> e : rating.recognition.entrySet()) {
      VillageRecognition r = e.getValue();
      String name = year.town().hierarchy().unit(e.getKey()).name();
      List<String> first = new ArrayList<>();
      r.honourBoard().stream().limit(3).forEach(h -> first.add(h.household().value() + "("
          + text(locale, "cli.demo.stars", h.total()) + ")"));
      out.add("    " + text(locale, "cli.demo.rating.board", name, r.honourBoard().size(),
          r.plaques().size(), first.isEmpty() ? "-" : String.join(", ", first)));
    }
  }

  private static String check(UnitTargets t, TargetKind kind, Locale locale) {
    TargetCheck c = t.check(kind).orElseThrow();
    switch (c.status()) {
      case MET:
        return text(locale, "cli.demo.check.met", c.percent());
      case NOT_MET:
        return text(locale, "cli.demo.check.short." + kind.name(), c.percent(), c.shortfall());
      default:
        return text(locale, "cli.demo.check.noBase");
    }
  }

  private static void points(GovernanceYear year, Locale locale, List<String> out) {
    out.add("");
    out.add(text(locale, "cli.demo.points.heading"));
    if (year.points().isEmpty()) {
      out.add("  " + text(locale, "cli.demo.section.absent", "points"));
      return;
    }
    PointsYear.Outcome points = year.points().get();
    PointsTotals t = points.totals;
    out.add("  " + text(locale, "cli.demo.points.totals", t.issued(), t.held(), t.redeemed(),
        t.expired(), t.reversed(), text(locale, t.isConserved() ? "cli.demo.yes" : "cli.demo.no")));
    out.add("  " + text(locale, "cli.demo.points.events", points.recorded, points.refused,
        points.redemptions, points.redeemedPoints));
    out.add("  " + text(locale, "cli.demo.points.models"));
    for (UnitId village : year.town().villages()) {
      List<String> top = new ArrayList<>();
      for (RankedHousehold r : points.ranking.top(village, 3)) {
        top.add(r.rank() + ". " + r.household().value() + " " + r.points());
      }
      out.add("    " + year.town().hierarchy().unit(village).name() + ": "
          + (top.isEmpty() ? "-" : String.join(",  ", top)));
    }
    Optional<PassbookStatement> sample = points.sample;
    sample.ifPresent(s -> {
      out.add("  " + text(locale, "cli.demo.points.passbook", s.household().value(),
          s.opening(), s.lines().size(), s.closing()));
    });
  }

  private static void mediation(GovernanceYear year, Locale locale, List<String> out) {
    out.add("");
    out.add(text(locale, "cli.demo.mediation.heading"));
    if (year.mediation().isEmpty()) {
      out.add("  " + text(locale, "cli.demo.section.absent", "mediation"));
      return;
    }
    MediationYear.Outcome m = year.mediation().get();
    List<UnitId> roots = year.town().hierarchy().roots();
    for (UnitId root : roots) {
      UnitOutcome o = m.metrics.outcome(root);
      out.add("  " + text(locale, "cli.demo.mediation.cases",
          year.town().hierarchy().unit(root).name(), o.cases(), o.previousCases(),
          o.yearOnYearPercent().map(p -> p.toPlainString() + "%").orElse("-"), o.resolved(),
          o.medianDays().map(String::valueOf).orElse("-"),
          o.p90Days().map(String::valueOf).orElse("-"),
          o.satisfactionRate().map(SecretaryReport::percent).orElse("-"),
          o.deadlineCompliance().map(SecretaryReport::percent).orElse("-")));
      for (Tier tier : year.profile().section(
          io.github.xiangzhi.mediation.MediationPolicy.class).orElseThrow().ladder().chain()) {
        Optional<TierOutcome> t = o.tier(tier.code());
        if (t.isEmpty()) {
          continue;
        }
        out.add("    " + text(locale, "cli.demo.mediation.tier", tier.displayName(locale),
            t.get().started(), t.get().resolvedHere(),
            t.get().resolutionRate().map(SecretaryReport::percent).orElse("-"),
            t.get().reached(), t.get().resolvedAt(),
            t.get().containment().map(SecretaryReport::percent).orElse("-")));
      }
    }
    out.add("  " + text(locale, "cli.demo.mediation.escalations", m.escalatedOverdue,
        m.escalatedFailed));
  }

  private static void patrol(GovernanceYear year, Locale locale, List<String> out) {
    out.add("");
    out.add(text(locale, "cli.demo.patrol.heading"));
    if (year.patrol().isEmpty()) {
      out.add("  " + text(locale, "cli.demo.section.absent", "patrol"));
      return;
    }
    PatrolYear.Outcome p = year.patrol().get();
    Tally total = p.audit.total();
    out.add("  " + text(locale, "cli.demo.patrol.total", total.scheduled(), total.onTime(),
        total.late(), total.missed(), percent(total.onTime(), total.scheduled())));
    for (PatrolKind kind : PatrolKind.values()) {
      Tally t = p.audit.byKind().get(kind);
      if (t == null || t.scheduled() == 0) {
        continue;
      }
      out.add("    " + text(locale, "cli.demo.patrol.kind", kind.text(locale), t.scheduled(),
          t.onTime(), t.late(), t.missed()));
    }
    out.add("  " + text(locale, "cli.demo.patrol.overdue", p.audit.overdue().size(),
        p.audit.rejected().size()));
    out.add("  " + text(locale, "cli.demo.patrol.plan",
        p.plan.workload().maxMinRatio().isPresent()
            ? BigDecimal.valueOf(p.plan.workload().maxMinRatio().getAsDouble())
                .setScale(2, RoundingMode.HALF_UP).toPlainString() : "-",
        p.plan.infeasibilities().size(), p.roster.memberships().size()));
  }

  private static void workLists(GovernanceYear year, Locale locale, List<String> out) {
    if (year.workLists().isEmpty()) {
      return;
    }
    out.add("");
    out.add(text(locale, "cli.demo.workList.heading"));
    for (io.github.xiangzhi.grid.worklist.AccountabilityReport report : year.workLists()) {
      long done = report.list().tasks().stream()
          .filter(t -> t.reports().stream().anyMatch(r -> r.done())).count();
      out.add("  " + text(locale, "cli.demo.workList.done", done, report.list().tasks().size()));
      report.lines(locale).forEach(l -> out.add("  " + l));
    }
  }

  /** A share as a percentage with one decimal, rounded down (89.97% shows as 89.9%). */
  static String percent(Share share) {
    return BigDecimal.valueOf(share.numerator()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(share.denominator()), 1, RoundingMode.DOWN).toPlainString()
        + "%";
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "-" : percent(Share.of(part, whole));
  }

  private static String text(Locale locale, String key, Object... arguments) {
    return Messages.format(locale, key, arguments);
  }
}

package io.github.xiangzhi.rating.star;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.id.HouseholdId;

/** The one {@link StarEngine}: stateless, over each scheme's compiled form. */
final class DefaultStarEngine implements StarEngine {
  static final DefaultStarEngine INSTANCE = new DefaultStarEngine();

  private DefaultStarEngine() {}

  @Override
  public StarResult evaluate(StarScheme scheme, HouseholdId household, Evidence evidence) {
    checkNotNull(scheme, "scheme");
    checkNotNull(household, "household");
    checkNotNull(evidence, "evidence");
    CompiledScheme s = scheme.compiled();
    int[] row = s.row(household.value(), evidence);
    int categories = s.categoryCount;
    int[] score = new int[categories];
    int[] bonus = new int[categories];
    ImmutableList.Builder<StarReason> reasons = ImmutableList.builder();
    long earned = 0;
    for (int c = 0; c < categories; c++) {
      String category = s.categoryCodes[c];
      for (int i = s.categoryStart[c]; i < s.categoryStart[c + 1]; i++) {
        int input = s.indicatorInput[i];
        int value = row[input];
        int points = s.points(i, value);
        int max = s.indicators[i].maxPoints();
        ReasonKind kind = value == CompiledScheme.MISSING ? ReasonKind.INDICATOR_MISSING
            : points == max ? ReasonKind.INDICATOR_MET
            : points == 0 ? ReasonKind.INDICATOR_UNMET : ReasonKind.INDICATOR_PARTIAL;
        StarReason.Builder reason = StarReason.builder().kind(kind).category(category)
            .subject(s.indicators[i].code()).points(points).limit(max);
        if (value != CompiledScheme.MISSING) {
          reason.value(s.show(input, value));
        }
        reasons.add(reason.build());
        score[c] += points;
      }
      for (int slot = s.bonusStart[c]; slot < s.bonusStart[c + 1]; slot++) {
        if (CompiledScheme.flagHolds(row[s.bonusInput[slot]])) {
          bonus[c] += s.bonusPoints[slot];
          reasons.add(StarReason.builder().kind(ReasonKind.BONUS).category(category)
              .subject(scheme.bonuses().get(s.bonusOf[slot]).code())
              .points(s.bonusPoints[slot]).build());
        }
      }
      score[c] += bonus[c];
      boolean met = score[c] >= s.passMark[c];
      if (met) {
        earned |= 1L << c;
      }
      reasons.add(StarReason.builder()
          .kind(met ? ReasonKind.CATEGORY_EARNED : ReasonKind.CATEGORY_NOT_MET)
          .category(category).points(score[c]).limit(s.passMark[c]).build());
    }
    long capped = s.cap(earned);
    for (long cut = earned & ~capped; cut != 0; cut &= cut - 1) {
      int c = Long.numberOfTrailingZeros(cut);
      reasons.add(StarReason.builder().kind(ReasonKind.CAPPED).category(s.categoryCodes[c])
          .limit(s.maxStars).build());
    }
    long kept = capped;
    for (int v = 0; v < s.vetoInput.length; v++) {
      int value = row[s.vetoInput[v]];
      if (!s.vetoHolds(v, value)) {
        continue;
      }
      Veto veto = scheme.vetoes().get(v);
      String shown = s.show(s.vetoInput[v], value);
      if (veto.everyStar()) {
        reasons.add(StarReason.builder().kind(ReasonKind.VETO).subject(veto.code())
            .value(shown).build());
      } else {
        for (String category : veto.categories()) {
          reasons.add(StarReason.builder().kind(ReasonKind.VETO).category(category)
              .subject(veto.code()).value(shown).build());
        }
      }
      kept &= ~s.vetoMask[v];
    }
    long held = s.gate(kept);
    if (held != kept) {
      for (long missing = s.requiredMask & ~kept; missing != 0; missing &= missing - 1) {
        int c = Long.numberOfTrailingZeros(missing);
        reasons.add(StarReason.builder().kind(ReasonKind.REQUIRED_MISSING)
            .subject(s.categoryCodes[c]).build());
      }
    }
    ImmutableSet.Builder<String> stars = ImmutableSet.builder();
    ImmutableList.Builder<CategoryOutcome> outcomes = ImmutableList.builder();
    for (int c = 0; c < categories; c++) {
      long bit = 1L << c;
      CategoryStatus status = (earned & bit) == 0 ? CategoryStatus.NOT_MET
          : (capped & bit) == 0 ? CategoryStatus.CAPPED
          : (kept & bit) == 0 ? CategoryStatus.VETOED
          : (held & bit) == 0 ? CategoryStatus.WITHHELD : CategoryStatus.EARNED;
      if (status == CategoryStatus.EARNED) {
        stars.add(s.categoryCodes[c]);
      }
      outcomes.add(CategoryOutcome.builder().category(s.categoryCodes[c]).score(score[c])
          .bonus(bonus[c]).passMark(s.passMark[c]).status(status).build());
    }
    return StarResult.builder().household(household).scheme(scheme.code()).stars(stars.build())
        .outcomes(outcomes.build()).reasons(reasons.build()).build();
  }

  @Override
  public StarTable evaluateAll(StarScheme scheme, EvidenceTable evidence) {
    int n = evidence.households();
    byte[] totals = new byte[n];
    long[] masks = new long[n];
    evaluateInto(scheme, evidence, totals, masks);
    return new ArrayStarTable(scheme, totals, masks);
  }

  @Override
  public void evaluateInto(StarScheme scheme, EvidenceTable evidence, byte[] totals,
      long[] masks) {
    checkNotNull(scheme, "scheme");
    checkNotNull(evidence, "evidence");
    checkArgument(evidence.scheme() == scheme || evidence.scheme().equals(scheme),
        "the evidence table was built for scheme %s, not %s", evidence.scheme().code(),
        scheme.code());
    int n = evidence.households();
    checkArgument(totals.length >= n && masks.length >= n,
        "the arrays hold %s and %s households, the table %s", totals.length, masks.length, n);
    ColumnarEvidenceTable table = columnar(evidence);
    table.scheme.evaluate(table.columns, n, new int[Math.min(n, CompiledScheme.BLOCK)], masks,
        totals);
  }

  private static ColumnarEvidenceTable columnar(EvidenceTable evidence) {
    if (evidence instanceof ColumnarEvidenceTable) {
      return (ColumnarEvidenceTable) evidence;
    }
    EvidenceTable.Builder copy = EvidenceTable.builder(evidence.scheme(), evidence.households());
    for (int h = 0; h < evidence.households(); h++) {
      copy.put(h, evidence.evidence(h));
    }
    return (ColumnarEvidenceTable) copy.build();
  }
}

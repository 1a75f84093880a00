package io.github.xiangzhi.rating.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.event.ConductEvent;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.text.Named;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.points.PointsRule;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.ValueType;
import io.github.xiangzhi.rating.star.conduct.ConductRecord;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 村规民约 — the profile section {@code villageRules}: numbered {@linkplain #articles() articles}
 * and 000's "十抵制十提倡" — the practices {@linkplain #resisted() resisted} (大操大办, 人情攀比, 封建迷信)
 * and {@linkplain #promoted() promoted} (婚事新办, 丧事简办, 孝亲敬老).
 *
 * <p>Recorded {@link RulesCase cases} — a violation of a resisted practice, a commendation for a
 * promoted one — feed the rest of rating through each practice's mapping: {@link
 * #conductRecords} for the red/black list (R-PTS-3), {@link #evidence} for the star engine (facts
 * on which vetoes and bonuses trigger), {@link #events} and {@link #awards} for the points rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVillageRules.class)
@JsonDeserialize(as = ImmutableVillageRules.class)
public abstract class VillageRules implements Named {

  /** The event source the cases' points events carry. */
  public static final String SOURCE = "VILLAGE_RULES";

  @Override
  public abstract String code();

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The numbered articles, in order. */
  public abstract ImmutableList<Article> articles();

  /** 十抵制 — the practices resisted. */
  public abstract ImmutableList<Practice> resisted();

  /** 十提倡 — the practices promoted. */
  public abstract ImmutableList<Practice> promoted();

  /** The source documents, such as {@code 000}. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds village rules; {@code build()} checks numbers and codes. */
  public static final class Builder extends ImmutableVillageRules.Builder {}

  @Value.Lazy
  Map<String, Practice> practices() {
    Map<String, Practice> out = new LinkedHashMap<>();
    resisted().forEach(p -> out.putIfAbsent(p.code(), p));
    promoted().forEach(p -> out.putIfAbsent(p.code(), p));
    return out;
  }

  /** The practice {@code code}, resisted or promoted, if any. */
  public Optional<Practice> practice(String code) {
    return Optional.ofNullable(practices().get(code));
  }

  /**
   * Whether a case under {@code practice} is a violation (a resisted practice) or a commendation.
   *
   * @throws InvalidValueException if the rules have no such practice
   */
  public CaseKind kindOf(String practice) {
    InvalidValueException.check(practices().containsKey(practice),
        "rating.rules.practice.unknown", practice);
    return resisted().stream().anyMatch(p -> p.code().equals(practice)) ? CaseKind.VIOLATION
        : CaseKind.COMMENDATION;
  }

  /**
   * Checks {@code cases} against the rules, with paths by index: an unknown practice ({@code
   * /2/practice}), an article the rules lack ({@code /2/article}), an id given twice.
   *
   * @throws InvalidValueException naming every problem
   */
  public void validate(List<RulesCase> cases) {
    ValueChecks checks = new ValueChecks();
    checks.unique("", cases, RulesCase::id, "id");
    Set<Integer> numbers = new HashSet<>();
    articles().forEach(a -> numbers.add(a.no()));
    for (int i = 0; i < cases.size(); i++) {
      RulesCase c = cases.get(i);
      checks.check(practices().containsKey(c.practice()), "/" + i + "/practice",
          "rating.rules.practice.unknown", c.practice());
      if (c.article().isPresent()) {
        checks.check(numbers.contains(c.article().get()), "/" + i + "/article",
            "rating.rules.article.unknown", c.id(), c.article().get());
      }
    }
    checks.throwIfAny();
  }

  /**
   * The red/black list records of {@code cases} (R-PTS-3): each case whose practice names a
   * conduct kind, as a record of that kind with the case's id, household, time and note.
   *
   * @throws InvalidValueException as {@link #validate} does
   */
  public List<ConductRecord> conductRecords(List<RulesCase> cases) {
    validate(cases);
    List<ConductRecord> out = new ArrayList<>();
    for (RulesCase c : cases) {
      Optional<String> kind = practices().get(c.practice()).conductKind();
      if (kind.isPresent()) {
        out.add(ConductRecord.builder().id(c.id()).household(c.household()).kind(kind.get())
            .occurredAt(c.occurredAt()).note(c.note()).build());
      }
    }
    return out;
  }

  /**
   * The star engine's evidence for {@code household} in {@code period} (its days in {@code
   * zone}): for each fact a practice names, the household's cases under it — a yes-or-no fact is
   * set when there is one, a count or number fact to how many. The scheme's vetoes and bonuses
   * then trigger on these facts.
   *
   * @throws InvalidValueException as {@link #validate} does, or naming a fact the scheme lacks
   *     ({@code /resisted/1/fact})
   */
  public Evidence evidence(List<RulesCase> cases, HouseholdId household,
      GovernancePeriod period, ZoneId zone, StarScheme scheme) {
    checkNotNull(scheme, "scheme");
    validate(cases);
    factProblems(scheme).throwIfAny();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Practice p : practices().values()) {
      p.fact().ifPresent(f -> counts.putIfAbsent(f, 0L));
    }
    for (RulesCase c : cases) {
      Optional<String> fact = practices().get(c.practice()).fact();
      if (fact.isPresent() && c.household().equals(household)
          && period.contains(c.occurredAt(), zone)) {
        counts.merge(fact.get(), 1L, Long::sum);
      }
    }
    Evidence.Builder evidence = Evidence.builder();
    counts.forEach((fact, n) -> {
      ValueType type = scheme.inputs().get(fact);
      if (type == ValueType.BOOLEAN) {
        evidence.set(fact, n > 0);
      } else if (type == ValueType.COUNT) {
        evidence.set(fact, (long) n);
      } else {
        evidence.set(fact, BigDecimal.valueOf(n));
      }
    });
    return evidence.build();
  }

  /** Every fact a practice names that {@code scheme} lacks, with its path. */
  ValueChecks factProblems(StarScheme scheme) {
    ValueChecks checks = new ValueChecks();
    factProblems(checks, "/resisted/", resisted(), scheme);
    factProblems(checks, "/promoted/", promoted(), scheme);
    return checks;
  }

  private static void factProblems(ValueChecks checks, String path, List<Practice> practices,
      StarScheme scheme) {
    for (int i = 0; i < practices.size(); i++) {
      Optional<String> fact = practices.get(i).fact();
      if (fact.isPresent()) {
        checks.check(scheme.inputs().containsKey(fact.get()), path + i + "/fact",
            "rating.rules.fact.unknown", fact.get());
      }
    }
  }

  /**
   * The points events of {@code cases}: each case whose practice names an event kind, as an event
   * of that kind with the case's id, household, time and note, source {@link #SOURCE} and the
   * article as its reference. A points ledger records them as any other conduct.
   *
   * @throws InvalidValueException as {@link #validate} does
   */
  public List<ConductEvent> events(List<RulesCase> cases) {
    validate(cases);
    List<ConductEvent> out = new ArrayList<>();
    for (RulesCase c : cases) {
      Optional<String> kind = practices().get(c.practice()).eventKind();
      if (kind.isPresent()) {
        ConductEvent.Builder e = ConductEvent.builder().id(c.id()).household(c.household())
            .kind(kind.get()).occurredAt(c.occurredAt()).source(SOURCE).note(c.note());
        c.article().ifPresent(a -> e.reference(code() + "#" + a));
        out.add(e.build());
      }
    }
    return out;
  }

  /**
   * The points {@code policy} gives for {@code cases}: for each case whose event kind has a rule,
   * the rule's points, negative for a deduction rule. Caps over a period are the ledger's to apply
   * when it records the {@linkplain #events events}.
   *
   * @throws InvalidValueException as {@link #validate} does
   */
  public List<PointsAward> awards(List<RulesCase> cases, PointsPolicy policy) {
    checkNotNull(policy, "policy");
    List<PointsAward> out = new ArrayList<>();
    for (ConductEvent e : events(cases)) {
      Optional<PointsRule> rule = policy.ruleFor(e.kind());
      if (rule.isPresent()) {
        // one case, one occurrence: events() gives its events no quantity
        long points = rule.get().points();
        out.add(PointsAward.of(e.id(), e.household(), rule.get().code(),
            policy.isDeduction(rule.get()) ? -points : points));
      }
    }
    return out;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.unique("/articles", articles(), Article::no, "no");
    checks.unique("/resisted", resisted(), Practice::code, "code");
    checks.unique("/promoted", promoted(), Practice::code, "code");
    Set<String> resistedCodes = new HashSet<>();
    resisted().forEach(p -> resistedCodes.add(p.code()));
    for (int i = 0; i < promoted().size(); i++) {
      checks.check(!resistedCodes.contains(promoted().get(i).code()), "/promoted/" + i + "/code",
          "rating.rules.practice.both", promoted().get(i).code());
    }
    checks.throwIfAny();
  }
}

package io.github.xiangzhi.mediation.ladder;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.mediation.matter.MatterKind;
import io.github.xiangzhi.mediation.matter.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * 调解阶梯 — the escalation ladder (R-MED-1, R-MED-2): tiers linked by {@link Tier#escalatesTo()}
 * into one chain from the bottom (微事不出网格) to the top (大事不出镇街, or the district court when
 * necessary), and the entry rules of graded intake: a matter starts at the tier of the first
 * {@linkplain #entryRules() rule} it matches, else at {@link #entryTier()}. Matters only ever move
 * up the chain.
 *
 * <p>The ladder is checked when built: tier codes are unique, every tier named exists, the links
 * have no cycle and form a single chain (one top, no tier escalated into from two), no two
 * internal tiers share a level, and no internal tier sits above an external one. Whether the
 * levels exist in the county's scheme and rise along the chain is checked against the scheme by
 * the profile section (when it names one) and by the docket (against its hierarchy).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLadder.class)
@JsonDeserialize(as = ImmutableLadder.class)
public abstract class Ladder {

  /** The tiers, in any order; the links decide the chain. */
  public abstract ImmutableList<Tier> tiers();

  /** The tier a matter starts at when no entry rule applies: usually the bottom tier. */
  public abstract String entryTier();

  /** The rules of graded intake, first match wins. */
  public abstract ImmutableList<EntryRule> entryRules();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a ladder; {@code build()} checks the links and references. */
  public static final class Builder extends ImmutableLadder.Builder {}

  @Value.Lazy
  ImmutableMap<String, Tier> byCode() {
    Map<String, Tier> map = new HashMap<>();
    for (Tier t : tiers()) {
      map.putIfAbsent(t.code(), t);
    }
    return ImmutableMap.copyOf(map);
  }

  @Value.Lazy
  ImmutableList<Tier> computeChain() {
    Set<String> escalatedInto = new HashSet<>();
    for (Tier t : tiers()) {
      t.escalatesTo().ifPresent(escalatedInto::add);
    }
    Tier bottom = tiers().stream().filter(t -> !escalatedInto.contains(t.code())).findFirst()
        .orElseThrow();
    List<Tier> chain = new ArrayList<>();
    for (Tier t = bottom; t != null; t = t.escalatesTo().map(byCode()::get).orElse(null)) {
      chain.add(t);
    }
    return ImmutableList.copyOf(chain);
  }

  /** The tiers from the bottom of the chain to the top. */
  public List<Tier> chain() {
    return computeChain();
  }

  /** The tier {@code code}, if the ladder has it. */
  public Optional<Tier> tier(String code) {
    return Optional.ofNullable(byCode().get(code));
  }

  @Value.Lazy
  ImmutableMap<String, Integer> ranks() {
    ImmutableMap.Builder<String, Integer> out = ImmutableMap.builder();
    for (int i = 0; i < chain().size(); i++) {
      out.put(chain().get(i).code(), i);
    }
    return out.buildOrThrow();
  }

  /**
   * The position of tier {@code code} in the chain, 0 at the bottom, or -1 when the ladder lacks
   * it. Escalation always raises the rank.
   */
  public int rank(String code) {
    Integer r = ranks().get(code);
    return r == null ? -1 : r;
  }

  /** The tier above {@code code}, empty at the top. */
  public Optional<Tier> above(String code) {
    return tier(code).flatMap(Tier::escalatesTo).flatMap(this::tier);
  }

  /**
   * The tier a matter of {@code severity} and {@code kind} starts at (R-MED-2): the first entry
   * rule it matches, else {@link #entryTier()}.
   */
  public Tier entryFor(Severity severity, MatterKind kind) {
    for (EntryRule rule : entryRules()) {
      if (rule.matches(severity, kind)) {
        return byCode().get(rule.tier());
      }
    }
    return byCode().get(entryTier());
  }

  /**
   * What is wrong with the ladder's levels in {@code scheme}: an internal tier whose level the
   * scheme lacks, or a tier whose level is not above the level of the tier below it (escalation
   * must move a matter up the hierarchy, never down or sideways). Paths are relative to the
   * ladder; empty when the ladder fits the scheme.
   */
  public List<InvalidValueException.Violation> problemsWith(LevelScheme scheme) {
    List<InvalidValueException.Violation> out = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < tiers().size(); i++) {
      index.putIfAbsent(tiers().get(i).code(), i);
    }
    Tier below = null;
    for (Tier tier : chain()) {
      if (tier.level().isEmpty()) {
        continue;
      }
      String path = "/tiers/" + index.get(tier.code()) + "/level";
      String level = tier.level().get();
      if (scheme.indexOf(level) < 0) {
        out.add(new InvalidValueException.Violation(path, "mediation.tier.level.unknown",
            List.of(tier.code(), level, scheme.code())));
        continue;
      }
      if (below != null && scheme.indexOf(level) >= scheme.indexOf(below.level().get())) {
        out.add(new InvalidValueException.Violation(path, "mediation.ladder.level.order",
            List.of(tier.code(), level, below.code(), below.level().get(), scheme.code())));
      }
      below = tier;
    }
    return out;
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(!tiers().isEmpty(), "/tiers", "mediation.ladder.empty");
    checks.unique("/tiers", tiers(), Tier::code, "code");
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < tiers().size(); i++) {
      index.putIfAbsent(tiers().get(i).code(), i);
    }
    Map<String, Integer> into = new HashMap<>();
    List<String> tops = new ArrayList<>();
    for (int i = 0; i < tiers().size(); i++) {
      Tier t = tiers().get(i);
      if (t.escalatesTo().isEmpty()) {
        tops.add(t.code());
        continue;
      }
      String next = t.escalatesTo().get();
      if (!checks.check(index.containsKey(next), "/tiers/" + i + "/escalatesTo",
          "mediation.ladder.tier.unknown", next)) {
        continue;
      }
      Integer other = into.putIfAbsent(next, i);
      checks.check(other == null, "/tiers/" + i + "/escalatesTo", "mediation.ladder.branch",
          next, other == null ? "" : tiers().get(other).code(), t.code());
    }
    boolean cyclic = reportCycles(index, checks);
    if (!tiers().isEmpty() && !cyclic) {
      checks.check(tops.size() == 1, "/tiers", "mediation.ladder.tops", tops);
    }
    if (checks.check(Codes.isCode(entryTier()), "/entryTier", "core.code.syntax", entryTier())) {
      checks.check(index.containsKey(entryTier()), "/entryTier", "mediation.ladder.tier.unknown",
          entryTier());
    }
    for (int i = 0; i < entryRules().size(); i++) {
      String tier = entryRules().get(i).tier();
      checks.check(index.containsKey(tier), "/entryRules/" + i + "/tier",
          "mediation.ladder.tier.unknown", tier);
    }
    Map<String, String> levels = new HashMap<>();
    for (int i = 0; i < tiers().size(); i++) {
      Tier t = tiers().get(i);
      if (t.level().isPresent()) {
        String earlier = levels.putIfAbsent(t.level().get(), t.code());
        checks.check(earlier == null, "/tiers/" + i + "/level", "mediation.ladder.level.shared",
            t.level().get(), earlier, t.code());
      }
      if (t.external() && t.escalatesTo().isPresent() && index.containsKey(t.escalatesTo().get())) {
        Tier next = tiers().get(index.get(t.escalatesTo().get()));
        checks.check(next.external(), "/tiers/" + i + "/escalatesTo",
            "mediation.ladder.externalBelow", t.code(), next.code());
      }
    }
    checks.throwIfAny();
  }

  /** Reports each cycle of links once, at its tier with the smallest code; true if any. */
  private boolean reportCycles(Map<String, Integer> index, ValueChecks checks) {
    Set<String> done = new HashSet<>();
    boolean any = false;
    for (Tier start : tiers()) {
      Map<String, Integer> seen = new HashMap<>();
      List<String> walk = new ArrayList<>();
      String at = start.code();
      while (at != null && !done.contains(at) && !seen.containsKey(at) && index.containsKey(at)) {
        seen.put(at, walk.size());
        walk.add(at);
        at = tiers().get(index.get(at)).escalatesTo().orElse(null);
      }
      if (at != null && seen.containsKey(at)) {
        TreeSet<String> cycle = new TreeSet<>(walk.subList(seen.get(at), walk.size()));
        checks.check(false, "/tiers/" + index.get(cycle.first()) + "/escalatesTo",
            "mediation.ladder.cycle", List.copyOf(cycle));
        any = true;
      }
      done.addAll(walk);
    }
    return any;
  }
}

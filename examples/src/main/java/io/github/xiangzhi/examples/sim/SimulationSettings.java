package io.github.xiangzhi.examples.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.rating.star.Fact;
import io.github.xiangzhi.rating.star.StarScheme;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 模拟参数 — the profile section {@code simulation}: the parameters of the policy-threshold
 * simulator's household model. Every parameter has a default (the constants below, all OUR
 * CHOICE: the sources give no figures), so a profile needs the section only to change them, and
 * {@code xiangzhi simulate --set simulation.propensity=0.6} changes one for a run.
 *
 * <pre>
 * simulation:
 *   propensity: 0.72                        # median chance of meeting an indicator, year one
 *   propensities:                           # per category, by code
 *     - {code: LAW_ABIDING, value: 0.9}
 *   participation: 0.95                     # median chance of taking part in a year's rating
 *   householdSpread: 0.8                    # logistic scale of households' differences
 *   villageSpread: 0.6                      # logistic scale of villages' differences
 *   improvement: 0.05                       # share of the gap to certainty closed each year
 *   tagShare: 0.05                          # share of households with a yes-or-no tag ...
 *   tags: [{code: VETERAN_HOUSEHOLD, value: 0.06}]   # ... such as 退役军人户, by fact code
 *   eventRate: 0.01                         # yearly chance of a yes-or-no event ...
 *   events: [{code: BLACK_LIST, value: 0.02}]        # ... such as a black-list entry
 *   householdsPerVillage: 300               # village size when --villages is not given
 * </pre>
 *
 * <p>How the parameters drive the model is described on {@link Simulation}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSimulationSettings.class)
@JsonDeserialize(as = ImmutableSimulationSettings.class)
public abstract class SimulationSettings {

  /** Default median propensity of a category: 0.72. */
  public static final double DEFAULT_PROPENSITY = 0.72;
  /** Default median participation propensity: 0.95. */
  public static final double DEFAULT_PARTICIPATION = 0.95;
  /** Default logistic scale of the differences between households of a village: 0.8. */
  public static final double DEFAULT_HOUSEHOLD_SPREAD = 0.8;
  /** Default logistic scale of the differences between villages: 0.6. */
  public static final double DEFAULT_VILLAGE_SPREAD = 0.6;
  /** Default share of the gap to certainty closed each year (the campaign's pull): 0.05. */
  public static final double DEFAULT_IMPROVEMENT = 0.05;
  /** Default share of households holding a yes-or-no tag not named in {@link #tags()}: 0.05. */
  public static final double DEFAULT_TAG_SHARE = 0.05;
  /** Default yearly chance of a yes-or-no event not named in {@link #events()}: 0.01. */
  public static final double DEFAULT_EVENT_RATE = 0.01;
  /** Default households per village when the village count is not given: 300. */
  public static final int DEFAULT_HOUSEHOLDS_PER_VILLAGE = 300;
  /** The largest spread accepted. */
  public static final double MAX_SPREAD = 10;

  /**
   * Built-in tag shares for the Changzhi preset's facts, used when neither {@link #tags()} nor a
   * profile names them: 退役军人户 6%, 道德模范户 2%.
   */
  public static final ImmutableMap<String, Double> DEFAULT_TAG_SHARES =
      ImmutableMap.of("VETERAN_HOUSEHOLD", 0.06, "MORAL_MODEL_HOUSEHOLD", 0.02);
  /**
   * Built-in yearly event rates for the Changzhi preset's facts: a criminal conviction 0.2%, an
   * entry on the moral black list 2%.
   */
  public static final ImmutableMap<String, Double> DEFAULT_EVENT_RATES =
      ImmutableMap.of("CRIMINAL_CONVICTION", 0.002, "BLACK_LIST", 0.02);

  /** The median propensity of a category not named in {@link #propensities()}. */
  @JsonProperty
  @Value.Default
  public double propensity() {
    return DEFAULT_PROPENSITY;
  }

  /** Median propensities by category code. */
  public abstract ImmutableList<SimulationRate> propensities();

  /** The median participation propensity. */
  @JsonProperty
  @Value.Default
  public double participation() {
    return DEFAULT_PARTICIPATION;
  }

  /** The logistic scale of households' differences within a village (0: none). */
  @JsonProperty
  @Value.Default
  public double householdSpread() {
    return DEFAULT_HOUSEHOLD_SPREAD;
  }

  /** The logistic scale of villages' differences (0: none). */
  @JsonProperty
  @Value.Default
  public double villageSpread() {
    return DEFAULT_VILLAGE_SPREAD;
  }

  /** The share of the gap to certainty each propensity closes every year (0: none). */
  @JsonProperty
  @Value.Default
  public double improvement() {
    return DEFAULT_IMPROVEMENT;
  }

  /** The share of households holding a yes-or-no tag not named in {@link #tags()}. */
  @JsonProperty
  @Value.Default
  public double tagShare() {
    return DEFAULT_TAG_SHARE;
  }

  /** Shares of households holding a tag, by fact code. */
  public abstract ImmutableList<SimulationRate> tags();

  /** The yearly chance of a yes-or-no event not named in {@link #events()}. */
  @JsonProperty
  @Value.Default
  public double eventRate() {
    return DEFAULT_EVENT_RATE;
  }

  /** Yearly chances of an event, by fact code. */
  public abstract ImmutableList<SimulationRate> events();

  /** The households of a village when the command line gives no village count. */
  @JsonProperty
  @Value.Default
  public int householdsPerVillage() {
    return DEFAULT_HOUSEHOLDS_PER_VILLAGE;
  }

  /** The defaults. */
  public static SimulationSettings defaults() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds settings; {@code build()} checks every range. */
  public static final class Builder extends ImmutableSimulationSettings.Builder {}

  /** The median propensity of category {@code code}. */
  public double propensity(String code) {
    return rate(propensities(), code).orElse(propensity());
  }

  private static Optional<Double> rate(List<SimulationRate> rates, String code) {
    return rates.stream().filter(r -> r.code().equals(code)).map(SimulationRate::value)
        .findFirst();
  }

  /** The share of households tagged with the yes-or-no fact {@code code}. */
  public double tagShare(String code) {
    return rate(tags(), code).orElse(DEFAULT_TAG_SHARES.getOrDefault(code, tagShare()));
  }

  /** The yearly chance of the yes-or-no event {@code code}. */
  public double eventRate(String code) {
    return rate(events(), code).orElse(DEFAULT_EVENT_RATES.getOrDefault(code, eventRate()));
  }

  /**
   * Checks the codes these settings name against {@code scheme}: every key of {@link
   * #propensities()} must be a category, every key of {@link #tags()} and {@link #events()} a
   * fact. Paths are relative to the section.
   */
  public void checkAgainst(StarScheme scheme, ValueChecks checks) {
    for (int i = 0; i < propensities().size(); i++) {
      String code = propensities().get(i).code();
      checks.check(scheme.indexOf(code) >= 0, "/propensities/" + i + "/code",
          "cli.simulate.settings.category", code, scheme.code());
    }
    facts(checks, "/tags/", tags(), scheme);
    facts(checks, "/events/", events(), scheme);
  }

  private static void facts(ValueChecks checks, String path, List<SimulationRate> rates,
      StarScheme scheme) {
    for (int i = 0; i < rates.size(); i++) {
      String code = rates.get(i).code();
      checks.check(scheme.facts().stream().map(Fact::code).anyMatch(code::equals),
          path + i + "/code", "cli.simulate.settings.fact", code, scheme.code());
    }
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    probability(checks, "/propensity", propensity());
    probability(checks, "/participation", participation());
    probability(checks, "/improvement", improvement());
    probability(checks, "/tagShare", tagShare());
    probability(checks, "/eventRate", eventRate());
    spread(checks, "/householdSpread", householdSpread());
    spread(checks, "/villageSpread", villageSpread());
    codes(checks, "/propensities", propensities());
    codes(checks, "/tags", tags());
    codes(checks, "/events", events());
    checks.check(householdsPerVillage() >= 1, "/householdsPerVillage",
        "cli.simulate.settings.householdsPerVillage", householdsPerVillage());
    checks.throwIfAny();
  }

  private static void probability(ValueChecks checks, String path, double value) {
    checks.check(value >= 0 && value <= 1, path, "cli.simulate.settings.probability", value);
  }

  private static void spread(ValueChecks checks, String path, double value) {
    checks.check(value >= 0 && value <= MAX_SPREAD, path, "cli.simulate.settings.spread", value,
        MAX_SPREAD);
  }

  private static void codes(ValueChecks checks, String path, List<SimulationRate> rates) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rates.size(); i++) {
      checks.check(seen.add(rates.get(i).code()), path + "/" + i + "/code",
          "cli.simulate.settings.twice", rates.get(i).code());
    }
  }
}

package io.github.xiangzhi.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.testkit.grid.GridGens;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * 层级生成器 — random hierarchies (units and households) of a level scheme, as a QuickTheories
 * {@link Gen} configured fluently:
 *
 * <pre>{@code
 * qt().forAll(Hierarchies.of(LevelSchemes.source("CHANGZHI").orElseThrow()).households(1_000))
 *     .checkAssert(h -> assertThat(h.householdCount()).isEqualTo(1_000));
 * qt().forAll(Hierarchies.anyScheme().units(80).households(0, 300)).check(...);
 * }</pre>
 *
 * <p>Each hierarchy has one to three roots at the top level, every further unit under a random
 * unit of a level it may sit under, and the households on random leaves. Its units carry division
 * codes, opening days, groups of declared group sets and, rarely and only where no household is,
 * closing days ({@code GridGens.builder}), so coverage finds no gap in it but empty grids. The
 * whole of it is drawn from one seed, so QuickTheories shrinks the seed and the sizes. This
 * class is immutable and thread-safe.
 */
public final class Hierarchies implements Gen<Hierarchy> {
  private final Optional<LevelScheme> scheme;
  private final int maxUnits;
  private final int minHouseholds;
  private final int maxHouseholds;

  private Hierarchies(Optional<LevelScheme> scheme, int maxUnits, int minHouseholds,
      int maxHouseholds) {
    this.scheme = scheme;
    this.maxUnits = maxUnits;
    this.minHouseholds = minHouseholds;
    this.maxHouseholds = maxHouseholds;
  }

  /** Hierarchies of {@code scheme}: up to 80 units and 300 households unless told otherwise. */
  public static Hierarchies of(LevelScheme scheme) {
    return new Hierarchies(Optional.of(scheme), 80, 0, 300);
  }

  /** Hierarchies of grid's built-in scheme {@code code} ({@code CHANGZHI}, {@code WEITUO}, …). */
  public static Hierarchies of(String schemeCode) {
    return of(LevelSchemes.source(schemeCode).orElseThrow(() -> new IllegalArgumentException(
        "grid has no built-in level scheme " + schemeCode)));
  }

  /** Hierarchies of random schemes of one to five levels, some skippable. */
  public static Hierarchies anyScheme() {
    return new Hierarchies(Optional.empty(), 80, 0, 300);
  }

  /** Random level schemes of one to five levels, some skippable. */
  public static Gen<LevelScheme> schemes() {
    return GridGens.schemes();
  }

  /** The same, with one to {@code max} units. */
  public Hierarchies units(int max) {
    checkArgument(max >= 1, "at least one unit: %s", max);
    return new Hierarchies(scheme, max, minHouseholds, maxHouseholds);
  }

  /** The same, with exactly {@code count} households. */
  public Hierarchies households(int count) {
    return households(count, count);
  }

  /** The same, with {@code min} to {@code max} households. */
  public Hierarchies households(int min, int max) {
    checkArgument(min >= 0 && min <= max, "households between %s and %s", min, max);
    return new Hierarchies(scheme, maxUnits, min, max);
  }

  private Gen<Hierarchy> gen() {
    return longs().all().zip(integers().between(1, maxUnits),
        integers().between(minHouseholds, maxHouseholds),
        (seed, units, households) -> GridGens.hierarchy(
            scheme.orElseGet(() -> GridGens.scheme(seed)), seed, units, households));
  }

  @Override
  public Hierarchy generate(RandomnessSource in) {
    return gen().generate(in);
  }
}

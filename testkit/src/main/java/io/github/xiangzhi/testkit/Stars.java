package io.github.xiangzhi.testkit;

import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.rating.star.Evidence;
import io.github.xiangzhi.rating.star.EvidenceTable;
import io.github.xiangzhi.rating.star.StarScheme;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.testkit.rating.StarGens;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * 星级生成器 — random star schemes, evidence fitting a scheme, and households with evidence:
 *
 * <pre>{@code
 * qt().forAll(Stars.schemes()).check(...);
 * qt().forAll(Stars.households(scheme, Hierarchies.of("CHANGZHI").households(1_000)))
 *     .checkAssert(county -> ... county.table() ...);
 * }</pre>
 */
public final class Stars {
  private Stars() {}

  /** Random schemes, some with vetoes: one to six categories of every indicator type. */
  public static Gen<StarScheme> schemes() {
    return StarGens.schemes();
  }

  /** Random schemes without vetoes. */
  public static Gen<StarScheme> schemesWithoutVetoes() {
    return StarGens.schemesWithoutVetoes();
  }

  /** The Changzhi preset of the {@code rating} section (十星级文明户). */
  public static RatingPolicy changzhi() {
    return StarGens.changzhi();
  }

  /** Random evidence for {@code scheme}: each input has a value with probability two in three. */
  public static Gen<Evidence> evidence(StarScheme scheme) {
    return longs().all().map(seed -> StarGens.evidence(scheme, seed));
  }

  /** Every household of a random hierarchy of {@code hierarchies}, with random evidence. */
  public static Gen<HouseholdsWithEvidence> households(StarScheme scheme,
      Gen<Hierarchy> hierarchies) {
    return hierarchies.zip(longs().all(), (h, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      ImmutableMap.Builder<HouseholdId, Evidence> evidence = ImmutableMap.builder();
      for (HouseholdId household : h.households()) {
        evidence.put(household, StarGens.evidence(scheme, random.nextLong()));
      }
      return new HouseholdsWithEvidence(scheme, h, evidence.buildOrThrow());
    });
  }

  /**
   * A hierarchy's households with evidence for one scheme.
   *
   * @param scheme the scheme the evidence fits
   * @param hierarchy the households' hierarchy
   * @param evidence the evidence of every household of the hierarchy
   */
  public record HouseholdsWithEvidence(StarScheme scheme, Hierarchy hierarchy,
      ImmutableMap<HouseholdId, Evidence> evidence) {

    /** The evidence as a table in the hierarchy's household positions, for the batch engine. */
    public EvidenceTable table() {
      return EvidenceTable.of(scheme, hierarchy, evidence);
    }
  }
}

package io.github.xiangzhi.bench;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic county for the hierarchy benchmarks, the same for every benchmark from one seed:
 * one county, 20 townships × 25 villages × 20 grids (10,521 units, Changzhi's levels below the
 * city), 100 households per grid (1,000,000 households). Unit ids are DHIS2-style uids (eleven
 * letters and digits, a letter first), so the baseline's materialised paths ({@code /uid/uid/…},
 * as DHIS2 stores them) are built from the same ids. Household ids are eighteen-digit numbers
 * shaped like household register codes (county, township, village, grid, sequence). Household
 * rows come shuffled, as a merged register would.
 */
final class SyntheticCounty {
  static final long SEED = 20261122L;
  static final int TOWNSHIPS = 20;
  static final int VILLAGES = 25;
  static final int GRIDS = 20;
  static final int HOUSEHOLDS = 100;

  final LevelScheme scheme = LevelSchemes.source("CHANGZHI").orElseThrow();
  final List<Unit> units = new ArrayList<>();
  final HouseholdId[] households;
  final UnitId[] householdUnits;

  SyntheticCounty(int townships) {
    SplittableRandom random = new SplittableRandom(SEED);
    Set<String> used = new HashSet<>();
    Unit county = Unit.root(uid(random, used), "COUNTY", "示例县");
    units.add(county);
    int count = townships * VILLAGES * GRIDS * HOUSEHOLDS;
    households = new HouseholdId[count];
    householdUnits = new UnitId[count];
    int h = 0;
    for (int t = 0; t < townships; t++) {
      Unit township = Unit.of(uid(random, used), county.id().value(), "TOWNSHIP", "镇" + t);
      units.add(township);
      for (int v = 0; v < VILLAGES; v++) {
        Unit village = Unit.of(uid(random, used), township.id().value(), "VILLAGE", "村" + v);
        units.add(village);
        for (int g = 0; g < GRIDS; g++) {
          Unit grid = Unit.of(uid(random, used), village.id().value(), "GRID", "网格" + g);
          units.add(grid);
          for (int k = 0; k < HOUSEHOLDS; k++) {
            households[h] = HouseholdId.of(String.format(Locale.ROOT, "500113%03d%03d%02d%04d",
                t + 1, v + 1, g + 1, k + 1));
            householdUnits[h] = grid.id();
            h++;
          }
        }
      }
    }
    for (int i = count - 1; i > 0; i--) { // Fisher–Yates, seeded
      int j = random.nextInt(i + 1);
      HouseholdId id = households[i];
      households[i] = households[j];
      households[j] = id;
      UnitId unit = householdUnits[i];
      householdUnits[i] = householdUnits[j];
      householdUnits[j] = unit;
    }
  }

  SyntheticCounty() {
    this(TOWNSHIPS);
  }

  /** A builder holding every unit and household row. */
  HierarchyBuilder builder() {
    HierarchyBuilder b = Hierarchy.builder(scheme);
    b.addUnits(units);
    for (int i = 0; i < households.length; i++) {
      b.addHousehold(households[i], householdUnits[i]);
    }
    return b;
  }

  Hierarchy build() {
    return builder().build();
  }

  /**
   * DHIS2's materialised path of every unit, by the hierarchy's pre-order position: {@code
   * /county/township/village/grid}.
   */
  static String[] paths(Hierarchy h) {
    String[] paths = new String[h.unitCount()];
    for (int u = 0; u < h.unitCount(); u++) {
      int parent = h.parentIndex(u);
      paths[u] = (parent < 0 ? "" : paths[parent]) + "/" + h.unitAt(u).value();
    }
    return paths;
  }

  private static final String FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String REST = FIRST + "0123456789";

  /** A DHIS2-style uid: a letter, then ten letters or digits. */
  private static String uid(SplittableRandom random, Set<String> used) {
    while (true) {
      StringBuilder uid = new StringBuilder(11);
      uid.append(FIRST.charAt(random.nextInt(FIRST.length())));
      for (int i = 1; i < 11; i++) {
        uid.append(REST.charAt(random.nextInt(REST.length())));
      }
      if (used.add(uid.toString())) {
        return uid.toString();
      }
    }
  }
}

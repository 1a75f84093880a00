package io.github.xiangzhi.testkit.grid;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.element.ElementKind;
import io.github.xiangzhi.grid.element.ElementType;
import io.github.xiangzhi.grid.element.GridElement;
import io.github.xiangzhi.grid.hierarchy.GroupSet;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem.Kind;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.hierarchy.UnitGroup;
import io.github.xiangzhi.grid.level.Level;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.RoleQuota;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.grid.staff.StaffingRule;
import io.github.xiangzhi.testkit.core.CoreGens;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for grid's values: random level schemes and random hierarchies of any
 * scheme, reused by every module that needs a county to test on.
 */
public final class GridGens {
  private GridGens() {}

  /**
   * Examples per property: enough to reach the corners of hierarchies of up to 80 units (every
   * generator draws its scheme, shape and planting from one seed), few enough that the module's
   * tests stay well under a minute on a shared two-core machine.
   */
  public static final int EXAMPLES = 200;

  /**
   * The level schemes of the five source documents ({@code ANLAN}, {@code CHANGZHI}, {@code
   * SHANGBA}, {@code GONGXIAN} and {@code WEITUO}), in source order: deeper than most random
   * schemes, none skippable, and Anlan's with a household level.
   */
  public static final List<LevelScheme> PRESETS = List.of("ANLAN", "CHANGZHI", "SHANGBA",
      "GONGXIAN", "WEITUO").stream().map(code -> LevelSchemes.source(code).orElseThrow()).toList();

  /** Random schemes of one to five levels, some skippable, and, one in four, a preset. */
  public static Gen<LevelScheme> schemes() {
    return longs().all().map(GridGens::schemeOrPreset);
  }

  /**
   * The scheme seed {@code seed} draws for {@link #schemes()} and {@link #hierarchies()}: one of
   * {@link #PRESETS} for one seed in four, else {@link #scheme(long)}.
   */
  public static LevelScheme schemeOrPreset(long seed) {
    if (Math.floorMod(seed, 4) != 3) {
      return scheme(seed);
    }
    return PRESETS.get((int) Math.floorMod(seed >> 2, (long) PRESETS.size()));
  }

  /** The scheme seed {@code seed} gives. */
  public static LevelScheme scheme(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int depth = random.nextInt(1, 6);
    LevelScheme.Builder b = LevelScheme.builder().code("S" + Math.floorMod(seed, 1000)).name("随机");
    for (int i = 0; i < depth; i++) {
      b.addLevels(Level.builder().code("L" + i).name("层级" + i)
          .skippable(i > 0 && i < depth - 1 && random.nextInt(3) == 0).build());
    }
    return b.build();
  }

  /**
   * Random hierarchies of random schemes and of the presets ({@link #schemeOrPreset}): up to 80
   * units and 300 households, their units with the attributes of {@link #builder}, and no gap in
   * coverage but empty grids.
   */
  public static Gen<Hierarchy> hierarchies() {
    return hierarchies(false);
  }

  /**
   * Random hierarchies as {@link #hierarchies()}, with the gaps in coverage that units'
   * attributes make planted when {@code attributeGaps} ({@link #builder(LevelScheme, long, int,
   * int, boolean)}).
   */
  public static Gen<Hierarchy> hierarchies(boolean attributeGaps) {
    return longs().all().zip(integers().between(1, 80), integers().between(0, 300),
        (seed, units, households) -> hierarchy(schemeOrPreset(seed), seed, units, households,
            attributeGaps));
  }

  /** Random hierarchies of {@code scheme}. */
  public static Gen<Hierarchy> hierarchies(LevelScheme scheme, int maxUnits, int maxHouseholds) {
    return longs().all().zip(integers().between(1, maxUnits),
        integers().between(0, maxHouseholds),
        (seed, units, households) -> hierarchy(scheme, seed, units, households));
  }

  /**
   * The pieces {@link #awkwardNames()} joins: blanks that a careless reader trims (space, tab, a
   * control character), whitespace it must not trim (the ideographic and the no-break space),
   * commas, quotes, LF, CR and CRLF, a {@code #} and a {@code ;}, and Chinese text.
   */
  public static final List<String> AWKWARD_PIECES = List.of(" ", "  ", "\t", "\u0001", "\u3000",
      "\u00A0", ",", "\"", "\"\"", "\n", "\r", "\r\n", "#", ";", "李湾村", "七星", "一网格", "x");

  /**
   * Names a {@link Unit} accepts that text formats find awkward: one to six of {@link
   * #AWKWARD_PIECES} joined, so they begin or end with blanks, hold commas, quotes and line
   * breaks (a blank or {@code #} line among them), and mix Chinese text in; a name that would be
   * blank gets {@code 村} after it. Shrinks towards short names.
   */
  public static Gen<String> awkwardNames() {
    return lists().of(arbitrary().pick(AWKWARD_PIECES)).ofSizeBetween(1, 6).map(pieces -> {
      String name = String.join("", pieces);
      return name.isBlank() ? name + "村" : name;
    });
  }

  /** Random hierarchies, as {@link #hierarchies()}, whose units bear {@link #awkwardNames()}. */
  public static Gen<Hierarchy> hierarchiesWithAwkwardNames() {
    return hierarchies().zip(lists().of(awkwardNames()).ofSizeBetween(1, 20), GridGens::renamed);
  }

  /** {@code h} with its units, in pre-order, renamed from {@code names} in turn, cycling. */
  public static Hierarchy renamed(Hierarchy h, List<String> names) {
    HierarchyBuilder b = Hierarchy.builder(h.scheme());
    h.groupSets().forEach(b::addGroupSet);
    h.groups().forEach(b::addGroup);
    List<Unit> units = h.units();
    for (int i = 0; i < units.size(); i++) {
      b.addUnit(units.get(i).withName(names.get(i % names.size())));
    }
    h.households().forEach(id -> b.addHousehold(id, h.unitOf(id).orElseThrow()));
    return b.build();
  }

  /**
   * A hierarchy of about {@code units} units of {@code scheme}, seeded: one to three roots at the
   * top level, each further unit under a random unit of a level it may sit under, then {@code
   * households} households on random leaves; the units bear the attributes of {@link #builder}.
   */
  public static Hierarchy hierarchy(LevelScheme scheme, long seed, int units, int households) {
    return builder(scheme, seed, units, households).build();
  }

  /** The hierarchy of {@link #builder(LevelScheme, long, int, int, boolean)}. */
  public static Hierarchy hierarchy(LevelScheme scheme, long seed, int units, int households,
      boolean attributeGaps) {
    return builder(scheme, seed, units, households, attributeGaps).build();
  }

  /**
   * The builder {@link #hierarchy} builds from: the rows of {@link #builder(LevelScheme, long,
   * int, int, boolean)} without gaps in coverage but empty grids.
   */
  public static HierarchyBuilder builder(LevelScheme scheme, long seed, int units, int households) {
    return builder(scheme, seed, units, households, false);
  }

  /**
   * The first day a generated unit opens or closes on, give or take a year (a unit of a closing
   * subtree closes up to a year before its parent, and opens by then).
   */
  public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

  /** The last day a generated unit opens on (it may close up to a few years later). */
  public static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);

  /** Free group codes units name when the hierarchy declares no group. */
  public static final List<String> FREE_GROUPS = List.of("TAG_A", "TAG_B", "TAG_C");

  /**
   * The rows of a hierarchy of about {@code units} units of {@code scheme}, seeded, as {@link
   * #hierarchy} describes, and the units' attributes: about half the units have a division code
   * (any of {@code CoreGens.divisionCodes()}) and half an opening day between {@link #FIRST_DAY}
   * and {@link #LAST_DAY}; three hierarchies in four declare one or two group sets (of one to three
   * groups, most exclusive, half compulsory, some for one or two levels only), and some declare
   * groups of no set; units are in the groups of the sets that classify their level (every unit
   * in one group of a compulsory set), now and then in another; where nothing is declared, half
   * the hierarchies' units name {@link #FREE_GROUPS} freely. A few subtrees without households
   * close: each unit on or before its parent, never before it opened.
   *
   * <p>Without {@code attributeGaps} that leaves no gap in coverage on any day but empty grids
   * (leaves without households). With it, some units close whatever they hold (a closed unit with
   * households), some units of a closing subtree stay open (an open unit under a closed one), and
   * some units of a compulsory set's levels are in none of its groups (unclassified). The
   * hierarchy builds either way. The tree and its households are drawn exactly as without
   * attributes, so a seed gives the same shape in both.
   */
  public static HierarchyBuilder builder(LevelScheme scheme, long seed, int units, int households,
      boolean attributeGaps) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Unit> placed = new ArrayList<>();
    int roots = Math.min(units, random.nextInt(1, 4));
    for (int i = 0; i < roots; i++) {
      placed.add(Unit.root("u" + placed.size(), scheme.levels().get(0).code(),
          "单元" + placed.size()));
    }
    int misses = 0;
    while (placed.size() < units && scheme.depth() > 1) {
      Unit parent = placed.get(random.nextInt(placed.size()));
      int parentLevel = scheme.indexOf(parent.level());
      List<String> allowed = new ArrayList<>();
      for (Level level : scheme.levels()) {
        if (scheme.allowsParent(parent.level(), level.code())) {
          allowed.add(level.code());
        }
      }
      if (allowed.isEmpty() || parentLevel == scheme.depth() - 1) {
        if (++misses > 50) {
          break; // every placed unit is at the lowest level, or nearly
        }
        continue;
      }
      misses = 0;
      String level = allowed.get(random.nextInt(allowed.size()));
      placed.add(Unit.of("u" + placed.size(), parent.id().value(), level, "单元" + placed.size()));
    }
    Set<UnitId> parents = new HashSet<>();
    placed.forEach(u -> u.parent().ifPresent(parents::add));
    List<UnitId> leaves = new ArrayList<>();
    for (Unit u : placed) {
      if (!parents.contains(u.id())) {
        leaves.add(u.id());
      }
    }
    Map<HouseholdId, UnitId> rows = new LinkedHashMap<>();
    for (int h = 0; h < households; h++) {
      rows.put(HouseholdId.of("h" + h), leaves.get(random.nextInt(leaves.size())));
    }
    SplittableRandom attributes = new SplittableRandom(seed ^ ATTRIBUTES);
    Groups groups = Groups.declare(scheme, attributes);
    List<Unit> attributed = attributed(placed, rows, groups, attributes, attributeGaps);
    HierarchyBuilder b = Hierarchy.builder(scheme);
    groups.sets.forEach(b::addGroupSet);
    groups.loose.forEach(b::addGroup);
    b.addUnits(attributed);
    rows.forEach(b::addHousehold);
    return b;
  }

  /** Salts the seed of the attributes' draws, so the tree's draws stay as they were. */
  private static final long ATTRIBUTES = 0x2545F4914F6CDD1DL;

  /** A day between {@link #FIRST_DAY} and {@link #LAST_DAY}. */
  static LocalDate day(SplittableRandom random) {
    return FIRST_DAY.plusDays(random.nextLong(FIRST_DAY.until(LAST_DAY, ChronoUnit.DAYS) + 1));
  }

  /** The groups a hierarchy declares, and whether its units name free groups instead. */
  static final class Groups {
    final List<GroupSet> sets;
    final List<UnitGroup> loose;
    final boolean free;

    Groups(List<GroupSet> sets, List<UnitGroup> loose, boolean free) {
      this.sets = sets;
      this.loose = loose;
      this.free = free;
    }

    /** The groups {@code h} declares, as {@link #declare} would have drawn them. */
    static Groups of(Hierarchy h) {
      Set<String> inSets = new HashSet<>();
      h.groupSets().forEach(s -> s.groups().forEach(g -> inSets.add(g.code())));
      List<UnitGroup> loose = new ArrayList<>();
      for (UnitGroup group : h.groups()) {
        if (!inSets.contains(group.code())) {
          loose.add(group);
        }
      }
      return new Groups(h.groupSets(), loose, h.groups().isEmpty());
    }

    static Groups declare(LevelScheme scheme, SplittableRandom random) {
      List<GroupSet> sets = new ArrayList<>();
      int count = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 3);
      for (int s = 0; s < count; s++) {
        GroupSet.Builder set = GroupSet.builder().code("SET_" + s).name("分组集" + s);
        if (random.nextBoolean()) {
          set.nameEn("group set " + s);
        }
        int groups = random.nextInt(1, 4);
        for (int g = 0; g < groups; g++) {
          UnitGroup.Builder group = UnitGroup.builder().code("S" + s + "_G" + g)
              .name("分组" + s + "-" + g);
          if (random.nextBoolean()) {
            group.nameEn("group " + s + "-" + g);
          }
          set.addGroups(group.build());
        }
        set.exclusive(random.nextInt(4) != 0).compulsory(random.nextBoolean());
        if (random.nextInt(3) != 0) {
          for (int l = random.nextInt(1, 3); l > 0; l--) {
            set.addLevels(scheme.levels().get(random.nextInt(scheme.depth())).code());
          }
        }
        sets.add(set.build());
      }
      List<UnitGroup> loose = new ArrayList<>();
      for (int g = random.nextInt(3) == 0 ? random.nextInt(1, 3) : 0; g > 0; g--) {
        loose.add(UnitGroup.of("LOOSE_" + g, "独立分组" + g, "loose group " + g));
      }
      boolean free = sets.isEmpty() && loose.isEmpty() && random.nextBoolean();
      return new Groups(sets, loose, free);
    }

    /**
     * Groups for a unit at {@code level}: one of each compulsory set that classifies the level
     * (unless {@code unclassified}), sometimes one of another set that classifies it or, rarely,
     * of a set that does not; a second of a set that is not exclusive now and then; each loose
     * group one time in four; free groups where nothing is declared and the hierarchy names them.
     */
    Set<String> draw(String level, SplittableRandom random, boolean unclassified) {
      Set<String> out = new LinkedHashSet<>();
      for (GroupSet set : sets) {
        int want;
        if (set.appliesTo(level)) {
          want = set.compulsory() ? (unclassified ? 0 : 1) : (random.nextInt(3) == 0 ? 1 : 0);
        } else {
          want = random.nextInt(10) == 0 ? 1 : 0;
        }
        if (want > 0 && !set.exclusive() && random.nextInt(3) == 0) {
          want++;
        }
        List<UnitGroup> pool = new ArrayList<>(set.groups());
        for (; want > 0 && !pool.isEmpty(); want--) {
          out.add(pool.remove(random.nextInt(pool.size())).code());
        }
      }
      for (UnitGroup group : loose) {
        if (random.nextInt(4) == 0) {
          out.add(group.code());
        }
      }
      if (free) {
        for (String group : FREE_GROUPS) {
          if (random.nextInt(4) == 0) {
            out.add(group);
          }
        }
      }
      return out;
    }
  }

  /**
   * {@code placed} (parents before children) with division codes, opening and closing days and
   * groups, as {@link #builder(LevelScheme, long, int, int, boolean)} describes.
   */
  private static List<Unit> attributed(List<Unit> placed, Map<HouseholdId, UnitId> rows,
      Groups groups, SplittableRandom random, boolean gaps) {
    Map<UnitId, UnitId> parentOf = new HashMap<>();
    placed.forEach(u -> u.parent().ifPresent(p -> parentOf.put(u.id(), p)));
    Set<UnitId> holding = new HashSet<>(); // units with households in their subtree
    for (UnitId at : rows.values()) {
      for (UnitId u = at; u != null && holding.add(u); u = parentOf.get(u)) {
        // marks the unit and its ancestors
      }
    }
    Map<UnitId, LocalDate> closing = new HashMap<>(); // subtrees closing, by their units' days
    List<Unit> out = new ArrayList<>();
    for (Unit unit : placed) {
      Unit.Builder b = Unit.builder().from(unit);
      if (random.nextBoolean()) {
        b.division(CoreGens.divisionCode(random));
      }
      LocalDate opened = random.nextBoolean() ? day(random) : null;
      LocalDate parentCloses = unit.parent().map(closing::get).orElse(null);
      LocalDate closed = null;
      if (parentCloses != null && !(gaps && random.nextInt(3) == 0)) {
        // in a closing subtree: on or before the parent, opened by then
        closed = parentCloses.minusDays(random.nextInt(0, 400));
        closing.put(unit.id(), closed);
      } else if (!holding.contains(unit.id()) && random.nextInt(12) == 0
          || gaps && random.nextInt(15) == 0) {
        closed = opened == null ? day(random) : opened.plusDays(random.nextInt(0, 365 * 12));
        if (!holding.contains(unit.id())) {
          closing.put(unit.id(), closed);
        }
      }
      if (opened != null && closed != null && opened.isAfter(closed)) {
        opened = closed;
      }
      b.opened(Optional.ofNullable(opened)).closed(Optional.ofNullable(closed));
      b.groups(groups.draw(unit.level(), random, gaps && random.nextInt(8) == 0));
      out.add(b.build());
    }
    return out;
  }

  /**
   * {@code h} with the groups and group sets {@code like} declares instead of its own, and each
   * unit's groups drawn again from them as {@link #builder} draws them, seeded: two random
   * hierarchies of one scheme made comparable for a change set, which cannot change what is
   * declared.
   */
  public static Hierarchy regrouped(Hierarchy h, Hierarchy like, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Groups groups = Groups.of(like);
    HierarchyBuilder b = Hierarchy.builder(h.scheme());
    groups.sets.forEach(b::addGroupSet);
    groups.loose.forEach(b::addGroup);
    for (Unit unit : h.units()) {
      b.addUnit(Unit.builder().from(unit).groups(groups.draw(unit.level(), random, false))
          .build());
    }
    h.households().forEach(id -> b.addHousehold(id, h.unitOf(id).orElseThrow()));
    return b.build();
  }

  /**
   * Random rows with every kind of coverage gap planted, checked on {@code on}: see {@link
   * #plantGaps}.
   */
  public static Gen<PlantedGaps> plantedGaps(LocalDate on) {
    return longs().all().zip(integers().between(2, 60), integers().between(1, 200),
        (seed, units, households) -> plantGaps(scheme(seed), seed, units, households, on));
  }

  /**
   * The rows of {@link #builder} with gaps planted, seeded, and every gap a coverage check of them
   * on {@code on} must name (R-GRID-2). Planted: one to three registered households in no unit; a
   * household in a second leaf; a household given twice for its own leaf; a held household the
   * register lacks; a unit under an unknown parent; a leaf closed before {@code on} that still
   * holds households; an inner unit closed by {@code on} with open units under it; a unit at the
   * top level under another unit (its level out of order); a root below the top root level (a
   * unit cut off from the tree); and two units that are each other's parent (a cycle, which the
   * rows' check reports as the builder would); a unit stripped of its group of a compulsory set
   * that classifies it, and a compulsory set of the top level declared ({@code PLANTED}), which
   * no unit is in (unclassified units). Each is planted where the random tree allows it
   * (no second leaf, no inner unit, a one-level scheme: not planted). Empty grids are whatever
   * open leaves the generator and the planting leave without households, and the generator's own
   * closed units and their opening days count as they fall on {@code on}.
   */
  public static PlantedGaps plantGaps(LevelScheme scheme, long seed, int units, int households,
      LocalDate on) {
    HierarchyBuilder b = builder(scheme, seed, units, households);
    Hierarchy valid = b.build();
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    String top = scheme.levels().get(0).code();
    // the units the check reaches from the roots, and the rows of each household
    Map<UnitId, Unit> reached = new LinkedHashMap<>();
    valid.units().forEach(u -> reached.put(u.id(), u));
    Map<HouseholdId, List<UnitId>> rows = new LinkedHashMap<>();
    valid.households().forEach(id -> rows.computeIfAbsent(id, k -> new ArrayList<>())
        .add(valid.unitOf(id).orElseThrow()));
    Set<HouseholdId> register = new LinkedHashSet<>(valid.households());
    List<String> gaps = new ArrayList<>();
    List<UnitId> leaves = new ArrayList<>();
    List<UnitId> inner = new ArrayList<>();
    for (Unit unit : valid.units()) {
      (valid.isLeaf(unit.id()) ? leaves : inner).add(unit.id());
    }
    // registered households in no unit
    int unattached = random.nextInt(1, 4);
    for (int i = 0; i < unattached; i++) {
      register.add(HouseholdId.of("gap-" + i));
      gaps.add(PlantedGaps.gap(Kind.HOUSEHOLD_UNATTACHED, "gap-" + i));
    }
    // a household in a second leaf
    HouseholdId twice = null;
    if (leaves.size() > 1 && valid.householdCount() > 0) {
      twice = valid.householdAt(random.nextInt(valid.householdCount()));
      UnitId home = valid.unitOf(twice).orElseThrow();
      List<UnitId> others = new ArrayList<>(leaves);
      others.remove(home);
      UnitId other = others.get(random.nextInt(others.size()));
      b.addHousehold(twice, other);
      rows.get(twice).add(other);
      gaps.add(PlantedGaps.gap(Kind.HOUSEHOLD_IN_TWO_UNITS, twice.value()));
    }
    // another household given twice for its own leaf
    if (valid.householdCount() > 1) {
      int i = random.nextInt(valid.householdCount());
      HouseholdId again = valid.householdAt(i);
      if (again.equals(twice)) {
        again = valid.householdAt((i + 1) % valid.householdCount());
      }
      UnitId home = valid.unitOf(again).orElseThrow();
      b.addHousehold(again, home);
      rows.get(again).add(home);
      gaps.add(PlantedGaps.gap(Kind.HOUSEHOLD_DUPLICATE_ROW, again.value()));
    }
    // a held household the register does not list
    UnitId extraAt = leaves.get(random.nextInt(leaves.size()));
    b.addHousehold(HouseholdId.of("extra"), extraAt);
    rows.put(HouseholdId.of("extra"), new ArrayList<>(List.of(extraAt)));
    gaps.add(PlantedGaps.gap(Kind.HOUSEHOLD_UNREGISTERED, "extra"));
    // an orphan: its parent does not exist, so the check does not reach it
    b.addUnit(Unit.of("orphan", "nowhere", top, "孤"));
    gaps.add(PlantedGaps.gap(Kind.UNKNOWN_PARENT, "orphan"));
    // a leaf closed before the day that still holds households
    List<UnitId> holding = new ArrayList<>();
    for (UnitId leaf : leaves) {
      if (!valid.households(leaf).isEmpty()) {
        holding.add(leaf);
      }
    }
    UnitId closedLeaf = holding.isEmpty() ? null : holding.get(random.nextInt(holding.size()));
    if (closedLeaf != null) {
      close(b, reached, closedLeaf, on.minusDays(random.nextInt(1, 31)));
    }
    // an inner unit closed by the day (on it, or before) with an open unit under it
    List<UnitId> closable = new ArrayList<>();
    for (UnitId unit : inner) {
      if (valid.children(unit).stream().anyMatch(c -> !c.equals(closedLeaf))) {
        closable.add(unit);
      }
    }
    if (!closable.isEmpty()) {
      close(b, reached, closable.get(random.nextInt(closable.size())),
          on.minusDays(random.nextInt(0, 4)));
    }
    // a unit of the top level under a unit without households of its own: level out of order
    List<UnitId> hosts = new ArrayList<>();
    for (UnitId unit : reached.keySet()) {
      if (rows.values().stream().noneMatch(at -> at.contains(unit))) {
        hosts.add(unit);
      }
    }
    UnitId host;
    if (hosts.isEmpty()) {
      Unit root = Unit.root("host", top, "宿主");
      b.addUnit(root);
      reached.put(root.id(), root);
      host = root.id();
    } else {
      host = hosts.get(random.nextInt(hosts.size()));
    }
    Unit misplaced = Unit.of("misplaced", host.value(), top, "错位");
    b.addUnit(misplaced).addHousehold(HouseholdId.of("astray"), misplaced.id());
    reached.put(misplaced.id(), misplaced);
    rows.put(HouseholdId.of("astray"), new ArrayList<>(List.of(misplaced.id())));
    register.add(HouseholdId.of("astray"));
    gaps.add(PlantedGaps.gap(Kind.LEVEL_ORDER, "misplaced"));
    // a root below the top root level, holding a household: cut off from the tree
    if (scheme.depth() > 1) {
      String level = scheme.levels().get(random.nextInt(1, scheme.depth())).code();
      Unit stray = Unit.root("stray", level, "脱离");
      b.addUnit(stray).addHousehold(HouseholdId.of("stray-h"), stray.id());
      reached.put(stray.id(), stray);
      rows.put(HouseholdId.of("stray-h"), new ArrayList<>(List.of(stray.id())));
      register.add(HouseholdId.of("stray-h"));
    }
    // a cycle; at the top level, each also sits under a unit of its own level
    b.addUnit(Unit.of("loop-a", "loop-b", top, "环甲")).addUnit(Unit.of("loop-b", "loop-a", top,
        "环乙"));
    gaps.add(PlantedGaps.gap(Kind.CYCLE, "loop-a,loop-b"));
    gaps.add(PlantedGaps.gap(Kind.LEVEL_ORDER, "loop-a"));
    gaps.add(PlantedGaps.gap(Kind.LEVEL_ORDER, "loop-b"));
    // a unit in no group of a compulsory set that classifies its level: one stripped of its
    // group where a compulsory set of the generator classifies an open unit, and every open unit
    // at the top level once a compulsory set of that level is declared (the misplaced unit at
    // least)
    List<Unit> classified = new ArrayList<>();
    for (Unit unit : reached.values()) {
      boolean closed = unit.closed().isPresent() && !unit.closed().get().isAfter(on);
      if (!closed && b.groupSets().stream().anyMatch(set -> set.compulsory()
          && set.appliesTo(unit.level()) && set.groups().stream()
              .anyMatch(g -> unit.groups().contains(g.code())))) {
        classified.add(unit);
      }
    }
    if (!classified.isEmpty()) {
      Unit unit = classified.get(random.nextInt(classified.size()));
      Set<String> kept = new LinkedHashSet<>(unit.groups());
      b.groupSets().stream().filter(GroupSet::compulsory).filter(set -> set.appliesTo(unit.level()))
          .forEach(set -> set.groups().forEach(g -> kept.remove(g.code())));
      Unit stripped = Unit.builder().from(unit).groups(kept).build();
      b.putUnit(stripped);
      reached.put(stripped.id(), stripped);
    }
    if (b.groupSets().isEmpty() && valid.groups().isEmpty()) {
      // units name groups freely until one is declared: declare theirs too
      reached.values().forEach(u -> u.groups().forEach(g -> b.addGroup(
          UnitGroup.of(g, "标签" + g, "tag " + g))));
    }
    b.addGroupSet(GroupSet.builder().code("PLANTED").name("补种分组集").compulsory(true)
        .addGroups(UnitGroup.of("PLANTED_G", "补种分组", "planted group")).addLevels(top).build());
    // what the planting leaves: empty grids, closed units with households, open under closed,
    // unclassified units
    Map<UnitId, Integer> children = new HashMap<>();
    reached.values().forEach(u -> u.parent().ifPresent(p -> children.merge(p, 1, Integer::sum)));
    Map<UnitId, Integer> within = new HashMap<>();
    rows.values().forEach(at -> at.forEach(unit -> {
      for (UnitId u = unit; u != null; u = reached.get(u).parent().orElse(null)) {
        within.merge(u, 1, Integer::sum);
      }
    }));
    for (Unit unit : reached.values()) {
      boolean closed = unit.closed().isPresent() && !unit.closed().get().isAfter(on);
      boolean holds = rows.values().stream().anyMatch(at -> at.contains(unit.id()));
      if (!children.containsKey(unit.id()) && !holds && !closed && unit.isOpenOn(on)) {
        gaps.add(PlantedGaps.gap(Kind.EMPTY_GRID, unit.id().value()));
      }
      if (closed && within.containsKey(unit.id())) {
        gaps.add(PlantedGaps.gap(Kind.CLOSED_UNIT_WITH_HOUSEHOLDS, unit.id().value()));
      }
      Unit parent = unit.parent().map(reached::get).orElse(null);
      if (unit.isOpenOn(on) && parent != null && parent.closed().isPresent()
          && !parent.closed().get().isAfter(on)) {
        gaps.add(PlantedGaps.gap(Kind.OPEN_UNDER_CLOSED, unit.id().value()));
      }
      for (GroupSet set : b.groupSets()) {
        if (unit.isOpenOn(on) && set.compulsory() && set.appliesTo(unit.level())
            && set.groups().stream().noneMatch(g -> unit.groups().contains(g.code()))) {
          gaps.add(PlantedGaps.gap(Kind.UNCLASSIFIED_UNIT, unit.id().value()));
        }
      }
    }
    // the stray root is cut off when a root open on the day sits above it (the top root may
    // have closed by then, or not opened yet)
    Unit stray = reached.get(UnitId.of("stray"));
    if (stray != null && stray.isOpenOn(on) && reached.values().stream()
        .filter(u -> u.parent().isEmpty() && u.isOpenOn(on))
        .anyMatch(u -> scheme.indexOf(u.level()) < scheme.indexOf(stray.level()))) {
      gaps.add(PlantedGaps.gap(Kind.ROOT_BELOW_TOP, "stray"));
    }
    long covered = register.stream()
        .filter(id -> rows.containsKey(id) && new HashSet<>(rows.get(id)).size() == 1).count();
    gaps.sort(null);
    return new PlantedGaps(b, List.copyOf(register), on, List.copyOf(gaps), covered);
  }

  private static void close(HierarchyBuilder b, Map<UnitId, Unit> reached, UnitId unit,
      LocalDate on) {
    Unit open = reached.get(unit);
    Unit closed = Unit.builder().from(open).closed(on)
        .opened(open.opened().map(day -> day.isAfter(on) ? on : day)).build();
    b.putUnit(closed);
    reached.put(unit, closed);
  }

  /** One element type of each kind. */
  public static List<ElementType> elementTypes() {
    List<ElementType> types = new ArrayList<>();
    for (ElementKind kind : ElementKind.values()) {
      types.add(ElementType.of("T_" + kind.name(), "类型" + kind.ordinal(), kind));
    }
    return types;
  }

  /**
   * Up to {@code count} elements of {@link #elementTypes()} on random units of {@code h}, seeded;
   * a person element on a leaf with households names one of them.
   */
  public static List<GridElement> elements(Hierarchy h, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ElementType> types = elementTypes();
    List<GridElement> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UnitId unit = h.unitAt(random.nextInt(h.unitCount()));
      ElementType type = types.get(random.nextInt(types.size()));
      GridElement.Builder b = GridElement.builder().id(
          io.github.xiangzhi.grid.element.ElementId.of("e" + i)).type(type.code()).unit(unit)
          .label("要素" + i);
      List<HouseholdId> within = h.householdsWithin(unit);
      if (type.kind() == ElementKind.PERSON && !within.isEmpty()) {
        b.household(within.get(random.nextInt(within.size()))).person(PersonId.of("p" + i));
      }
      out.add(b.build());
    }
    return out;
  }

  /** A register of the households of {@code h}: all of them, in order. */
  public static List<HouseholdId> register(Hierarchy h) {
    return new ArrayList<>(h.households());
  }

  /** Five roles, two of them legal-service roles. */
  public static List<Role> roles() {
    return List.of(Role.of("GRID_WORKER", "网格员", "grid worker"),
        Role.builder().code("POLICE").name("网格驻警员").legalService(true).build(),
        Role.builder().code("LAWYER").name("律师").legalService(true).build(),
        Role.of("CADRE", "村干部", "village cadre"),
        Role.of("WORTHY", "乡贤", "local worthy"));
  }

  /**
   * Random staff of {@link #roles()} over {@code h}, seeded: up to 15 people holding one or two
   * roles each, assigned to up to four random units in roles they hold.
   */
  public static Staffing staffing(Hierarchy h, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Role> roles = roles();
    Staffing.Builder b = Staffing.builder().addAllRoles(roles);
    int people = random.nextInt(0, 16);
    for (int p = 0; p < people; p++) {
      String first = roles.get(random.nextInt(roles.size())).code();
      String second = roles.get(random.nextInt(roles.size())).code();
      b.addMembers(StaffMember.of("p" + p, "人员" + p, first, second));
      int assignments = random.nextInt(0, 5);
      for (int a = 0; a < assignments; a++) {
        String role = random.nextBoolean() ? first : second;
        b.addAssignments(Assignment.of("p" + p,
            h.unitAt(random.nextInt(h.unitCount())).value(), role));
      }
    }
    return b.build();
  }

  /** A random rule of each kind over the levels of {@code scheme} and {@link #roles()}. */
  public static List<StaffingRule> rules(LevelScheme scheme, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Role> roles = roles();
    List<StaffingRule> rules = new ArrayList<>();
    for (StaffingRule.Kind kind : StaffingRule.Kind.values()) {
      String level = scheme.levels().get(random.nextInt(scheme.depth())).code();
      StaffingRule.Builder b = StaffingRule.builder().code("R_" + kind.name()).name("规则")
          .kind(kind).level(level).min(random.nextInt(0, 3)).inherited(random.nextBoolean());
      if (random.nextBoolean()) {
        b.max(random.nextInt(2, 4));
      }
      if (kind == StaffingRule.Kind.TEAM) {
        b.addTeam(RoleQuota.exactly("GRID_WORKER", 1), RoleQuota.atLeast("WORTHY", 1));
      } else if (random.nextBoolean()) {
        b.legalService(true);
      } else {
        b.addRoles(roles.get(random.nextInt(roles.size())).code());
      }
      rules.add(b.build());
    }
    return rules;
  }

  /**
   * A valid hierarchy derived from {@code h} by up to ten random edits, seeded: units renamed,
   * closed or reopened, moved under another allowed parent, added, removed (their households moved
   * to another leaf) and merged into a unit of the same level; their groups drawn again (from the
   * groups {@code h} declares, so a compulsory set may leave one unclassified), their division
   * code set or cleared, their opening day set or cleared; households moved, added and removed. The
   * pairs ({@code h}, its mutation) exercise change sets.
   */
  public static Hierarchy mutate(Hierarchy h, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LevelScheme scheme = h.scheme();
    Groups groups = Groups.of(h);
    java.util.LinkedHashMap<UnitId, Unit> units = new java.util.LinkedHashMap<>();
    h.units().forEach(u -> units.put(u.id(), u));
    java.util.LinkedHashMap<HouseholdId, UnitId> households = new java.util.LinkedHashMap<>();
    h.households().forEach(id -> households.put(id, h.unitOf(id).orElseThrow()));
    int edits = random.nextInt(0, 11);
    for (int k = 0; k < edits; k++) {
      List<Unit> all = new ArrayList<>(units.values());
      Unit x = all.get(random.nextInt(all.size()));
      switch (random.nextInt(12)) {
        case 0:
          units.put(x.id(), x.withName("改名" + k));
          break;
        case 1: // closed, or reopened
          if (x.closed().isPresent()) {
            units.put(x.id(), Unit.builder().from(x).closed(Optional.empty()).build());
          } else {
            units.put(x.id(), Unit.builder().from(x).closed(x.opened()
                .map(o -> o.plusDays(random.nextInt(0, 3650))).orElseGet(() -> day(random)))
                .build());
          }
          break;
        case 2: {
          List<Unit> parents = new ArrayList<>();
          for (Unit p : all) {
            if (scheme.allowsParent(p.level(), x.level()) && !within(units, p.id(), x.id())
                && !households.containsValue(p.id())) {
              parents.add(p);
            }
          }
          if (!parents.isEmpty()) {
            units.put(x.id(), x.withParent(parents.get(random.nextInt(parents.size())).id()));
          }
          break;
        }
        case 3: {
          List<String> levels = new ArrayList<>();
          for (Level level : scheme.levels()) {
            if (scheme.allowsParent(x.level(), level.code())) {
              levels.add(level.code());
            }
          }
          if (levels.isEmpty()) {
            break;
          }
          Unit added = Unit.of("n" + k, x.id().value(), levels.get(random.nextInt(levels.size())),
              "新单元" + k);
          units.put(added.id(), added);
          households.replaceAll((id, at) -> at.equals(x.id()) ? added.id() : at);
          break;
        }
        case 4: {
          List<UnitId> leaves = leaves(units);
          if (!leaves.contains(x.id()) || leaves.size() < 2) {
            break;
          }
          leaves.remove(x.id());
          UnitId other = leaves.get(random.nextInt(leaves.size()));
          units.remove(x.id());
          households.replaceAll((id, at) -> at.equals(x.id()) ? other : at);
          break;
        }
        case 5: {
          List<Unit> targets = new ArrayList<>();
          boolean xLeaf = leaves(units).contains(x.id());
          for (Unit s : all) {
            boolean sLeaf = leaves(units).contains(s.id());
            boolean sHolds = households.containsValue(s.id());
            boolean xHolds = households.containsValue(x.id());
            if (s.level().equals(x.level()) && !s.id().equals(x.id())
                && !within(units, s.id(), x.id()) && !within(units, x.id(), s.id())
                && !(xHolds && !sLeaf) && !(!xLeaf && sHolds)) {
              targets.add(s);
            }
          }
          if (targets.isEmpty()) {
            break;
          }
          UnitId into = targets.get(random.nextInt(targets.size())).id();
          for (Unit child : new ArrayList<>(units.values())) {
            if (child.parent().isPresent() && child.parent().get().equals(x.id())) {
              units.put(child.id(), child.withParent(into));
            }
          }
          households.replaceAll((id, at) -> at.equals(x.id()) ? into : at);
          units.remove(x.id());
          break;
        }
        case 6: {
          List<UnitId> leaves = leaves(units);
          if (!households.isEmpty()) {
            List<HouseholdId> ids = new ArrayList<>(households.keySet());
            households.put(ids.get(random.nextInt(ids.size())),
                leaves.get(random.nextInt(leaves.size())));
          }
          break;
        }
        case 7: {
          List<UnitId> leaves = leaves(units);
          households.put(HouseholdId.of("nh" + k), leaves.get(random.nextInt(leaves.size())));
          break;
        }
        case 8:
          if (!households.isEmpty()) {
            List<HouseholdId> ids = new ArrayList<>(households.keySet());
            households.remove(ids.get(random.nextInt(ids.size())));
          }
          break;
        case 9: // groups drawn again
          units.put(x.id(), Unit.builder().from(x)
              .groups(groups.draw(x.level(), random, random.nextInt(4) == 0)).build());
          break;
        case 10: // division code set, changed or cleared
          units.put(x.id(), Unit.builder().from(x).division(
              x.division().isPresent() && random.nextBoolean() ? Optional.empty()
                  : Optional.of(CoreGens.divisionCode(random))).build());
          break;
        default: { // opening day set, changed or cleared, never after the closing day
          LocalDate opened = x.opened().isPresent() && random.nextBoolean() ? null
              : x.closed().map(c -> c.minusDays(random.nextInt(0, 3650)))
                  .orElseGet(() -> day(random));
          units.put(x.id(), Unit.builder().from(x).opened(Optional.ofNullable(opened)).build());
        }
      }
    }
    HierarchyBuilder b = Hierarchy.builder(scheme);
    h.groupSets().forEach(b::addGroupSet);
    h.groups().forEach(b::addGroup);
    b.addUnits(units.values());
    households.forEach(b::addHousehold);
    return b.build();
  }

  private static boolean within(java.util.Map<UnitId, Unit> units, UnitId unit, UnitId root) {
    for (UnitId at = unit; at != null; at = units.get(at).parent().orElse(null)) {
      if (at.equals(root)) {
        return true;
      }
    }
    return false;
  }

  private static List<UnitId> leaves(java.util.Map<UnitId, Unit> units) {
    java.util.Set<UnitId> parents = new java.util.HashSet<>();
    units.values().forEach(u -> u.parent().ifPresent(parents::add));
    List<UnitId> out = new ArrayList<>();
    for (UnitId id : units.keySet()) {
      if (!parents.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}

package io.github.xiangzhi.examples.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.level.Level;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.ladder.Tier;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.patrol.policy.TeamRule;
import io.github.xiangzhi.patrol.policy.TeamSlot;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * 示例乡镇 — a synthetic town grown from a profile and a seed: the preset's own units and staff,
 * more villages under its town, grids and (where the scheme has them) courtyards below each,
 * households on every leaf, and staff in every role the profile's sections name, at the levels
 * where those sections need them. One seed gives one town.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticTown {

  /** Village names from the source documents, then plain ones. */
  private static final ImmutableList<String> VILLAGE_NAMES = ImmutableList.of("李湾村", "七星村",
      "化龙村", "金山村", "上坝村", "下坝村", "旧墩村", "新上村", "营尔村", "胜天村", "月亮坡村", "大佛山村");
  private static final String SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔";

  private final Hierarchy hierarchy;
  private final Staffing staffing;
  private final String villageLevel;
  private final ImmutableList<UnitId> villages;
  private final ImmutableMap<UnitId, ImmutableList<PersonId>> committees;
  private final ImmutableMap<PersonId, String> names;

  private SyntheticTown(Hierarchy hierarchy, Staffing staffing, String villageLevel,
      List<UnitId> villages, Map<UnitId, List<PersonId>> committees, Map<PersonId, String> names) {
    this.hierarchy = hierarchy;
    this.staffing = staffing;
    this.villageLevel = villageLevel;
    this.villages = ImmutableList.copyOf(villages);
    ImmutableMap.Builder<UnitId, ImmutableList<PersonId>> c = ImmutableMap.builder();
    committees.forEach((k, v) -> c.put(k, ImmutableList.copyOf(v)));
    this.committees = c.build();
    this.names = ImmutableMap.copyOf(names);
  }

  /**
   * Grows a town for {@code profile}: the preset's villages and more up to {@code atLeastVillages}, {@code
   * grids} units under each unit between the village level and the leaves, and about {@code
   * householdsPerLeaf} households on each leaf.
   */
  public static SyntheticTown grow(CountyProfile profile, long seed, int atLeastVillages, int grids,
      int householdsPerLeaf) {
    SplittableRandom random = new SplittableRandom(seed);
    GridSection grid = profile.section(GridSection.class).orElseGet(() -> GridSection.builder()
        .scheme("WEITUO").build());
    LevelScheme scheme = grid.levelScheme();
    String villageLevel = villageLevel(profile, scheme);
    int village = scheme.indexOf(villageLevel);

    HierarchyBuilder builder = Hierarchy.builder(scheme);
    Map<UnitId, Unit> units = new LinkedHashMap<>();
    grid.units().forEach(u -> units.put(u.id(), u));
    // the town: the preset's unit just above the village level, or a new one
    UnitId town = null;
    if (village > 0) {
      String townLevel = scheme.levels().get(village - 1).code();
      town = units.values().stream().filter(u -> u.level().equals(townLevel)).map(Unit::id)
          .findFirst().orElse(null);
      if (town == null) {
        UnitId parent = null;
        for (int l = 0; l < village; l++) {
          Unit u = parent == null
              ? Unit.root("town-" + l, scheme.levels().get(l).code(), "示例" + name(scheme, l))
              : Unit.of("town-" + l, parent.value(), scheme.levels().get(l).code(),
                  "示例" + name(scheme, l));
          units.put(u.id(), u);
          parent = u.id();
        }
        town = parent;
      }
    }
    List<UnitId> villages = new ArrayList<>();
    units.values().stream().filter(u -> u.level().equals(villageLevel)).map(Unit::id)
        .forEach(villages::add);
    Set<String> usedNames = new java.util.HashSet<>();
    units.values().forEach(u -> usedNames.add(u.name()));
    List<String> freeNames = new ArrayList<>(VILLAGE_NAMES);
    freeNames.removeAll(usedNames);
    int extraVillages = Math.max(0, atLeastVillages - villages.size());
    for (int v = 0; v < extraVillages; v++) {
      String id = "village-" + (v + 1);
      String name = v < freeNames.size() ? freeNames.get(v) : "第" + (v + 1) + "村";
      Unit u = town == null ? Unit.root(id, villageLevel, name)
          : Unit.of(id, town.value(), villageLevel, name);
      units.put(u.id(), u);
      villages.add(u.id());
      grow(units, u, scheme, village + 1, grids, random);
    }
    units.values().forEach(builder::addUnit);

    // households on every leaf: the preset's, then synthetic ones
    Set<UnitId> parents = new LinkedHashSet<>();
    units.values().forEach(u -> u.parent().ifPresent(parents::add));
    Hierarchy skeleton = Hierarchy.builder(scheme).addUnits(units.values()).build();
    Hierarchy presetHouseholds = grid.hierarchy();
    Set<HouseholdId> taken = new java.util.HashSet<>();
    for (HouseholdId h : presetHouseholds.households()) {
      UnitId at = presetHouseholds.unitOf(h).orElseThrow();
      if (!parents.contains(at)) {
        builder.addHousehold(h, at);
        taken.add(h);
      }
    }
    int next = 1;
    for (Unit u : skeleton.units()) {
      if (parents.contains(u.id())) {
        continue;
      }
      int n = Math.max(1, householdsPerLeaf - 3 + random.nextInt(7));
      for (int i = 0; i < n; i++) {
        HouseholdId h;
        do {
          h = HouseholdId.of(String.format(java.util.Locale.ROOT, "hh-%05d", next++));
        } while (taken.contains(h));
        builder.addHousehold(h, u.id());
      }
    }
    Hierarchy hierarchy = builder.build();

    // staff: the preset's, then one person per role at every unit of each level that needs it
    Map<String, Role> roles = new LinkedHashMap<>();
    grid.roles().forEach(r -> roles.put(r.code(), r));
    Map<String, Set<String>> levelsByRole = new LinkedHashMap<>();
    Map<String, Integer> countByRole = new HashMap<>();
    for (Assignment a : grid.assignments()) {
      skeleton.find(a.unit()).ifPresent(u -> levelsByRole
          .computeIfAbsent(a.role(), k -> new LinkedHashSet<>()).add(u.level()));
    }
    String leafParentLevel = scheme.levels().get(Math.max(village, scheme.depth() - 2)).code();
    profile.section(PatrolPolicy.class).ifPresent(p -> needs(p, scheme, villageLevel,
        leafParentLevel, levelsByRole, countByRole, roles));
    profile.section(MediationPolicy.class).ifPresent(m -> {
      m.roles().forEach(r -> roles.putIfAbsent(r.code(), r));
      for (Tier tier : m.ladder().chain()) {
        for (String role : tier.roles()) {
          if (!tier.external() && tier.level().isPresent()
              && scheme.indexOf(tier.level().get()) >= 0) {
            levelsByRole.computeIfAbsent(role, k -> new LinkedHashSet<>()).add(tier.level().get());
          } else {
            levelsByRole.computeIfAbsent(role, k -> new LinkedHashSet<>());
          }
        }
      }
    });
    String committeeRole = roles.containsKey("VILLAGE_CADRE") ? "VILLAGE_CADRE" : "COMMITTEE_MEMBER";
    roles.putIfAbsent(committeeRole, Role.of(committeeRole, "村“两委”成员", "two-committee member"));

    Staffing.Builder staff = Staffing.builder().addAllRoles(roles.values());
    Map<PersonId, String> names = new LinkedHashMap<>();
    Set<PersonId> people = new LinkedHashSet<>();
    grid.staff().forEach(m -> {
      staff.addMembers(m);
      people.add(m.id());
      names.put(m.id(), m.name());
    });
    grid.assignments().forEach(staff::addAssignments);
    Map<String, Set<UnitId>> covered = new HashMap<>();
    grid.assignments().forEach(a -> covered.computeIfAbsent(a.role(), k -> new LinkedHashSet<>())
        .add(a.unit()));
    int person = 1;
    for (Map.Entry<String, Set<String>> e : levelsByRole.entrySet()) {
      String role = e.getKey();
      roles.putIfAbsent(role, Role.of(role, role, role));
      Set<String> levels = e.getValue().isEmpty() ? Set.of(scheme.levels().get(0).code())
          : e.getValue();
      for (Unit u : hierarchy.units()) {
        if (!levels.contains(u.level())
            || covered.getOrDefault(role, Set.of()).contains(u.id())) {
          continue;
        }
        for (int k = 0; k < countByRole.getOrDefault(role, 1); k++) {
          PersonId id = PersonId.of(String.format(java.util.Locale.ROOT, "st-%04d", person++));
          String name = personName(random);
          staff.addMembers(StaffMember.builder().id(id).name(name).addRoles(role).build());
          staff.addAssignments(Assignment.builder().person(id).unit(u.id()).role(role).build());
          names.put(id, name);
        }
      }
    }
    Map<UnitId, List<PersonId>> committees = new LinkedHashMap<>();
    for (UnitId v : villages) {
      List<PersonId> members = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        PersonId id = PersonId.of(String.format(java.util.Locale.ROOT, "st-%04d", person++));
        String name = personName(random);
        staff.addMembers(StaffMember.builder().id(id).name(name).addRoles(committeeRole).build());
        staff.addAssignments(Assignment.builder().person(id).unit(v).role(committeeRole).build());
        names.put(id, name);
        members.add(id);
      }
      committees.put(v, members);
    }
    staff.roles(roles.values());
    return new SyntheticTown(hierarchy, staff.build(), villageLevel, villages, committees, names);
  }

  /** The roles patrols need and where. */
  private static void needs(PatrolPolicy patrol, LevelScheme scheme, String villageLevel,
      String leafParentLevel, Map<String, Set<String>> levelsByRole,
      Map<String, Integer> countByRole, Map<String, Role> roles) {
    patrol.visits().ifPresent(v -> levelsByRole
        .computeIfAbsent(v.role(), k -> new LinkedHashSet<>()).add(leafParentLevel));
    for (TeamRule team : patrol.teams()) {
      for (TeamSlot slot : team.members()) {
        levelsByRole.computeIfAbsent(slot.role(), k -> new LinkedHashSet<>()).add(villageLevel);
        countByRole.merge(slot.role(), slot.count(), Math::max);
      }
    }
    patrol.area().ifPresent(a -> {
      if (scheme.indexOf(a.level()) >= 0) {
        for (TeamRule team : patrol.teams()) {
          if (team.code().equals(a.team())) {
            team.members().forEach(slot -> levelsByRole
                .computeIfAbsent(slot.role(), k -> new LinkedHashSet<>()).add(a.level()));
          }
        }
      }
    });
    patrol.video().ifPresent(v -> levelsByRole
        .computeIfAbsent(v.role(), k -> new LinkedHashSet<>())
        .add(scheme.indexOf(v.level()) >= 0 ? v.level() : scheme.levels().get(0).code()));
    patrol.fieldDays().ifPresent(f -> f.roles().forEach(r -> levelsByRole
        .computeIfAbsent(r, k -> new LinkedHashSet<>()).add(villageLevel)));
  }

  /** Units below {@code parent}: {@code grids} at each level down to the leaves. */
  private static void grow(Map<UnitId, Unit> units, Unit parent, LevelScheme scheme, int level,
      int fanOut, SplittableRandom random) {
    if (level >= scheme.depth()) {
      return;
    }
    Level l = scheme.levels().get(level);
    int n = level == scheme.depth() - 1 && scheme.depth() - level < 3
        ? Math.max(1, fanOut - 1 + random.nextInt(2)) : fanOut;
    for (int i = 1; i <= n; i++) {
      String id = parent.id().value() + "-" + i;
      Unit u = Unit.of(id, parent.id().value(), l.code(), parent.name() + l.name() + i);
      units.put(u.id(), u);
      grow(units, u, scheme, level + 1, fanOut, random);
    }
  }

  private static String name(LevelScheme scheme, int level) {
    return scheme.levels().get(level).name();
  }

  private static String personName(SplittableRandom random) {
    String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国";
    return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
        + given.charAt(random.nextInt(given.length()))
        + (random.nextBoolean() ? "" : String.valueOf(given.charAt(random.nextInt(given.length()))));
  }

  /**
   * The level targets and committees work at: the rating section's target level, else the
   * scheme's level called VILLAGE, else its second level.
   */
  static String villageLevel(CountyProfile profile, LevelScheme scheme) {
    Optional<String> rated = profile.section(RatingPolicy.class).map(r -> r.targets().level())
        .filter(l -> scheme.indexOf(l) >= 0);
    if (rated.isPresent()) {
      return rated.get();
    }
    for (Level l : scheme.levels()) {
      if (l.code().startsWith("VILLAGE")) {
        return l.code();
      }
    }
    return scheme.levels().get(Math.min(1, scheme.depth() - 1)).code();
  }

  /** The town's hierarchy. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** Its staff and who serves where. */
  public Staffing staffing() {
    return staffing;
  }

  /** The level of its villages. */
  public String villageLevel() {
    return villageLevel;
  }

  /** Its villages, in the hierarchy's order. */
  public List<UnitId> villages() {
    return villages;
  }

  /** The members of each village's two committees (村"两委"), who vote in rating rounds. */
  public ImmutableMap<UnitId, ImmutableList<PersonId>> committees() {
    return committees;
  }

  /** The display name of a member of staff. */
  public String nameOf(PersonId person) {
    return names.getOrDefault(person, person.value());
  }

  /** The village of {@code household}, if it is in one. */
  public Optional<UnitId> villageOf(HouseholdId household) {
    return hierarchy.unitOf(household).flatMap(u -> hierarchy.ancestorAt(u, villageLevel));
  }

  /** Households by village. */
  public ImmutableListMultimap<UnitId, HouseholdId> householdsByVillage() {
    ImmutableListMultimap.Builder<UnitId, HouseholdId> out = ImmutableListMultimap.builder();
    for (UnitId v : villages) {
      out.putAll(v, hierarchy.householdsWithin(v));
    }
    return out.build();
  }
}

package io.github.xiangzhi.grid.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.body.Body;
import io.github.xiangzhi.grid.body.BodyMember;
import io.github.xiangzhi.grid.body.BodyRegistry;
import io.github.xiangzhi.grid.element.ElementType;
import io.github.xiangzhi.grid.hierarchy.Coverage;
import io.github.xiangzhi.grid.hierarchy.CoverageReport;
import io.github.xiangzhi.grid.hierarchy.GroupSet;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.HierarchyBuilder;
import io.github.xiangzhi.grid.hierarchy.HierarchyCsv;
import io.github.xiangzhi.grid.hierarchy.HierarchyException;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.hierarchy.UnitGroup;
import io.github.xiangzhi.grid.level.LevelScheme;
import io.github.xiangzhi.grid.level.LevelSchemes;
import io.github.xiangzhi.grid.scope.ScopePolicy;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.Responsibilities;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.grid.staff.StaffingReport;
import io.github.xiangzhi.grid.staff.StaffingRule;
import io.github.xiangzhi.grid.worklist.AccountabilityReport;
import io.github.xiangzhi.grid.worklist.WorkList;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 网格配置 — the county profile's {@code grid} section: the level scheme (a preset's code in
 * {@link #scheme()} or a whole scheme in {@link #customScheme()}), the declared group sets and
 * groups, the units, the households as CSV, the roles, staff and assignments, the staffing rules,
 * the scope policy, the element types, the governance {@linkplain #bodies() bodies} (机构) and the
 * {@linkplain #workLists() work lists} (工作清单).
 *
 * <pre>{@code
 * grid:
 *   scheme: WEITUO
 *   units:
 *     - {id: weituo, level: TOWN, name: 渭沱镇}
 *     - {id: liwan, parent: weituo, level: VILLAGE, name: 李湾村, groups: [PILOT_VILLAGE]}
 *     - {id: liwan-1, parent: liwan, level: GRID, name: 李湾一网格}
 *   households: |
 *     household,unit
 *     lw-001,liwan-1
 *   roles: [{code: GRID_WORKER, name: 网格员}]
 *   staff: [{id: p1, name: 张网格, roles: [GRID_WORKER]}]
 *   assignments: [{person: p1, unit: liwan-1, role: GRID_WORKER}]
 *   rules:
 *     - {code: WORKER_PER_GRID, name: 每格一员, kind: PER_UNIT, level: GRID, roles: [GRID_WORKER]}
 *   bodies:
 *     - {code: LW_TWO_COMMITTEES, name: 李湾村"两委", sphere: VILLAGE, kind: TWO_COMMITTEES,
 *        unit: liwan, members: [{person: p1, role: GRID_WORKER}]}
 *   workLists:
 *     - code: WEITUO_2024
 *       name: 渭沱镇工作清单
 *       links: [{code: MICRO_GOVERNANCE, name: 红细胞·微治理}]
 *       start: 2024-01-01
 *       end: 2024-12-31
 *       tasks:
 *         - {no: 1, link: MICRO_GOVERNANCE, title: 网格580服务, everyVillage: [TWO_COMMITTEES]}
 * }</pre>
 *
 * <p>Households come as a CSV block ({@code household,unit}, see {@link HierarchyCsv}) rather
 * than a YAML list: a county's tens of thousands of households stay one compact block, and
 * loading needs no file I/O. Building the section builds and checks its {@link #hierarchy()} once
 * (kept for reuse) and reports every problem at once, with paths by list index ({@code
 * /units/3/parent}) so the loader finds the line; problems inside the CSV name the household and
 * CSV line in their message and point at {@code /households}. Bodies are checked against the units,
 * staff and roles ({@code /bodies/2/members/0/role}), work lists against the bodies ({@code
 * /workLists/0/tasks/3/partners/1}, see {@link AccountabilityReport#referenceProblems}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGridSection.class)
@JsonDeserialize(as = ImmutableGridSection.class)
public abstract class GridSection {

  /** The code of a source scheme ({@code ANLAN}, {@code CHANGZHI}, {@code SHANGBA}, ...). */
  public abstract Optional<String> scheme();

  /** A scheme of the county's own, instead of a source scheme. */
  public abstract Optional<LevelScheme> customScheme();

  /** The group sets that classify units (村类型: 试点村, 普通村). */
  public abstract ImmutableList<GroupSet> groupSets();

  /** Groups outside any set. */
  public abstract ImmutableList<UnitGroup> groups();

  /** The units. */
  public abstract ImmutableList<Unit> units();

  /** The households as CSV with the header {@code household,unit}. */
  public abstract Optional<String> households();

  /** The roles staff hold. */
  public abstract ImmutableList<Role> roles();

  /** The staff. */
  public abstract ImmutableList<StaffMember> staff();

  /** Who serves which unit in which role. */
  public abstract ImmutableList<Assignment> assignments();

  /** The staffing rules and responsibility packages. */
  public abstract ImmutableList<StaffingRule> rules();

  /** How assignments become access scopes; {@link ScopePolicy#strict()} when absent. */
  public abstract Optional<ScopePolicy> scopes();

  /** The county's types of grid element (人、地、物、事). */
  public abstract ImmutableList<ElementType> elementTypes();

  /** The governance bodies (机构): township offices, village bodies, outside bodies. */
  public abstract ImmutableList<Body> bodies();

  /** The work lists (工作清单) whose tasks the bodies lead and partner. */
  public abstract ImmutableList<WorkList> workLists();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a section; {@code build()} builds the hierarchy and checks everything. */
  public static final class Builder extends ImmutableGridSection.Builder {}

  /** The level scheme. */
  public LevelScheme levelScheme() {
    return built().scheme;
  }

  /** The hierarchy of the units and households, built once. */
  public Hierarchy hierarchy() {
    return built().hierarchy;
  }

  /** The roles, staff and assignments. */
  public Staffing staffing() {
    return built().staffing;
  }

  /** The bodies, indexed by code, kind, unit and member. */
  public BodyRegistry bodyRegistry() {
    return built().bodies;
  }

  /**
   * The bodies of the profile's grid section, for the cross-section checks of other modules: empty
   * when the profile has no valid grid section or its grid section lists no bodies (bodies are
   * then not modelled, and references to them cannot be checked).
   */
  public static Optional<BodyRegistry> bodiesOf(
      io.github.xiangzhi.core.profile.ProfileContext context) {
    return context.section(GridSection.class).map(GridSection::bodyRegistry)
        .filter(b -> !b.isEmpty());
  }

  /** The work list {@code code}, if any. */
  public Optional<WorkList> workList(String code) {
    return workLists().stream().filter(w -> w.code().equals(code)).findFirst();
  }

  /**
   * The accountability report of the work list {@code code} on {@code asOf}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException if the section has no such list
   */
  public AccountabilityReport accountability(String code, LocalDate asOf) {
    WorkList list = workList(code).orElseThrow(
        () -> new InvalidValueException("grid.workList.unknown", code));
    return AccountabilityReport.compile(list, bodyRegistry(), asOf);
  }

  /** The scope policy. */
  public ScopePolicy scopePolicy() {
    return scopes().orElseGet(ScopePolicy::strict);
  }

  /** The coverage of the section's own households on {@code on} (R-GRID-2). */
  public CoverageReport coverage(LocalDate on) {
    return Coverage.check(hierarchy(), hierarchy().households(), on);
  }

  /** The staffing report of the rules on {@code on} (R-GRID-4, 5, 6). */
  public StaffingReport staffingReport(LocalDate on) {
    return StaffingReport.check(hierarchy(), staffing(), rules(), on);
  }

  /** Who answers for each unit under the responsibility packages (R-GRID-6). */
  public Responsibilities responsibilities() {
    return Responsibilities.of(hierarchy(), staffing(), rules());
  }

  /** What the section builds. */
  static final class Built {
    final LevelScheme scheme;
    final Hierarchy hierarchy;
    final Staffing staffing;
    final BodyRegistry bodies;

    Built(LevelScheme scheme, Hierarchy hierarchy, Staffing staffing, BodyRegistry bodies) {
      this.scheme = scheme;
      this.hierarchy = hierarchy;
      this.staffing = staffing;
      this.bodies = bodies;
    }
  }

  @Value.Lazy
  Built built() {
    List<Violation> problems = new ArrayList<>();
    ValueChecks checks = new ValueChecks();
    checks.unique("/units", units(), Unit::id, "id");
    checks.unique("/groupSets", groupSets(), GroupSet::code, "code");
    checks.unique("/rules", rules(), StaffingRule::code, "code");
    checks.unique("/elementTypes", elementTypes(), ElementType::code, "code");
    checks.unique("/bodies", bodies(), Body::code, "code");
    checks.unique("/workLists", workLists(), WorkList::code, "code");
    boolean uniqueBodies =
        bodies().stream().map(Body::code).distinct().count() == bodies().size();
    collect(checks, problems);
    LevelScheme scheme = resolveScheme(problems);
    Hierarchy hierarchy = scheme == null ? null : buildHierarchy(scheme, problems);
    Staffing staffing = buildStaffing(problems);
    if (hierarchy != null && staffing != null) {
      problems.addAll(StaffingReport.referenceProblems(hierarchy, staffing, rules()));
    }
    if (scheme != null && staffing != null) {
      checkScopes(scheme, staffing, problems);
    }
    checkBodies(hierarchy, staffing, problems);
    BodyRegistry registry = uniqueBodies ? BodyRegistry.of(bodies()) : null;
    if (registry != null) {
      for (int w = 0; w < workLists().size(); w++) {
        for (Violation v : AccountabilityReport.referenceProblems(workLists().get(w), registry)) {
          problems.add(new Violation("/workLists/" + w + v.path(), v.messageKey(),
              v.messageArguments()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    return new Built(scheme, hierarchy, staffing, registry);
  }

  @Value.Check
  void check() {
    built();
  }

  private LevelScheme resolveScheme(List<Violation> problems) {
    if (scheme().isPresent() && customScheme().isPresent()) {
      problems.add(violation("/scheme", "grid.section.scheme.both"));
      return null;
    }
    if (scheme().isEmpty() && customScheme().isEmpty()) {
      problems.add(violation("/scheme", "grid.section.scheme.missing",
          LevelSchemes.sources().keySet()));
      return null;
    }
    if (customScheme().isPresent()) {
      return customScheme().get();
    }
    Optional<LevelScheme> preset = LevelSchemes.source(scheme().get());
    if (preset.isEmpty()) {
      problems.add(violation("/scheme", "grid.section.scheme.unknown", scheme().get(),
          LevelSchemes.sources().keySet()));
      return null;
    }
    return preset.get();
  }

  private Hierarchy buildHierarchy(LevelScheme scheme, List<Violation> problems) {
    HierarchyBuilder builder = Hierarchy.builder(scheme);
    groupSets().forEach(builder::addGroupSet);
    groups().forEach(builder::addGroup);
    builder.addUnits(units());
    boolean csvOk = true;
    if (households().isPresent()) {
      try {
        HierarchyCsv.readHouseholds(new StringReader(households().get()), builder);
      } catch (InvalidValueException e) {
        for (Violation v : e.violations()) {
          problems.add(new Violation("/households", v.messageKey(), v.messageArguments()));
        }
        csvOk = false;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      }
    }
    try {
      Hierarchy built = builder.build();
      return csvOk ? built : null;
    } catch (HierarchyException e) {
      Map<UnitId, Integer> index = new HashMap<>();
      for (int i = 0; i < units().size(); i++) {
        index.putIfAbsent(units().get(i).id(), i);
      }
      Map<String, Integer> seen = new HashMap<>(); // how often each group path came so far
      for (HierarchyProblem p : e.problems()) {
        String path = pathOf(p, index, seen, builder);
        if (path != null) {
          problems.add(new Violation(path, p.messageKey(), p.messageArguments()));
        }
      }
      return null;
    }
  }

  /** The section path of a builder problem, by list index; null for one reported already. */
  private String pathOf(HierarchyProblem p, Map<UnitId, Integer> index,
      Map<String, Integer> seen, HierarchyBuilder builder) {
    switch (p.kind()) {
      case DUPLICATE_UNIT:
        return null; // reported by index with the duplicate checks
      case UNKNOWN_LEVEL:
        return "/units/" + index.get(p.units().get(0)) + "/level";
      case UNKNOWN_PARENT:
      case LEVEL_ORDER:
        return "/units/" + index.get(p.units().get(0)) + "/parent";
      case CYCLE:
        UnitId first = p.units().stream().min(UnitId::compareTo).orElseThrow();
        return "/units/" + index.get(first) + "/parent";
      case UNKNOWN_GROUP:
      case EXCLUSIVE_GROUPS:
        return "/units/" + index.get(p.units().get(0)) + "/groups";
      case DUPLICATE_GROUP:
        // null for a set, reported by index as a duplicate code
        return groupPath(p.path(), seen.merge(p.path(), 1, Integer::sum) - 1, builder);
      default:
        return "/households";
    }
  }

  /**
   * {@code /groupSets/VILLAGE_TYPE/groups/PILOT} as {@code /groupSets/0/groups/1}, {@code
   * /groups/PILOT} as the index of the loose group that differs from the group the builder kept
   * (the {@code nth}, counting from 0, when several do); null for a set given twice, which the
   * duplicate checks report at the second one.
   */
  private String groupPath(String path, int nth, HierarchyBuilder builder) {
    String[] parts = path.split("/");
    if (parts.length >= 3 && parts[1].equals("groups")) {
      UnitGroup kept = builder.group(parts[2]).orElse(null);
      int differing = 0;
      for (int i = 0; i < groups().size(); i++) {
        if (groups().get(i).code().equals(parts[2]) && !groups().get(i).equals(kept)
            && differing++ == nth) {
          return "/groups/" + i;
        }
      }
    }
    if (parts.length == 3 && parts[1].equals("groupSets")) {
      return null;
    }
    if (parts.length >= 3 && parts[1].equals("groupSets")) {
      int set = -1;
      for (int i = 0; i < groupSets().size(); i++) {
        if (groupSets().get(i).code().equals(parts[2]) && set < 0) {
          set = i;
        }
      }
      if (parts.length >= 5 && set >= 0) {
        List<UnitGroup> groups = groupSets().get(set).groups();
        for (int g = 0; g < groups.size(); g++) {
          if (groups.get(g).code().equals(parts[4])) {
            return "/groupSets/" + set + "/groups/" + g;
          }
        }
      }
      return set < 0 ? "/groupSets" : "/groupSets/" + set;
    }
    return path;
  }

  private Staffing buildStaffing(List<Violation> problems) {
    try {
      return Staffing.builder().roles(roles()).members(staff()).assignments(assignments())
          .build();
    } catch (InvalidValueException e) {
      for (Violation v : e.violations()) {
        String path = v.path().startsWith("/members") ? "/staff" + v.path().substring(8)
            : v.path();
        problems.add(new Violation(path, v.messageKey(), v.messageArguments()));
      }
      return null;
    }
  }

  private void checkScopes(LevelScheme scheme, Staffing staffing, List<Violation> problems) {
    scopes().ifPresent(policy -> policy.referenceProblems(scheme, staffing)
        .forEach(v -> problems.add(v.under("/scopes"))));
  }

  /**
   * Each body's unit must be a unit of the hierarchy, each member one of the staff, in a role of
   * the section that the member holds; checks needing the hierarchy or the staffing are skipped
   * when those are broken (their own problems are reported).
   */
  private void checkBodies(Hierarchy hierarchy, Staffing staffing, List<Violation> problems) {
    ValueChecks checks = new ValueChecks();
    for (int i = 0; i < bodies().size(); i++) {
      Body body = bodies().get(i);
      String path = "/bodies/" + i;
      if (hierarchy != null && body.unit().isPresent()) {
        checks.check(hierarchy.contains(body.unit().get()), path + "/unit",
            "grid.body.unit.unknown", body.code(), body.unit().get());
      }
      if (staffing == null) {
        continue;
      }
      for (int m = 0; m < body.members().size(); m++) {
        BodyMember member = body.members().get(m);
        Optional<StaffMember> staff = staffing.member(member.person());
        checks.check(staff.isPresent(), path + "/members/" + m + "/person",
            "grid.body.member.unknown", body.code(), member.person());
        if (member.role().isEmpty()) {
          continue;
        }
        String role = member.role().get();
        if (checks.check(staffing.role(role).isPresent(), path + "/members/" + m + "/role",
            "grid.body.member.role.unknown", body.code(), member.person(), role)
            && staff.isPresent()) {
          checks.check(staff.get().holds(role), path + "/members/" + m + "/role",
              "grid.body.member.role.notHeld", body.code(), member.person(), role);
        }
      }
    }
    collect(checks, problems);
  }

  private static void collect(ValueChecks checks, List<Violation> problems) {
    try {
      checks.throwIfAny();
    } catch (InvalidValueException e) {
      problems.addAll(e.violations());
    }
  }

  private static Violation violation(String path, String key, Object... arguments) {
    return new Violation(path, key, List.of(arguments));
  }
}

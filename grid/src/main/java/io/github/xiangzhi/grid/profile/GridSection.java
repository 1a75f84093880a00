package io.github.xiangzhi.grid.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
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
import io.github.xiangzhi.grid.scope.RoleView;
import io.github.xiangzhi.grid.scope.ScopePolicy;
import io.github.xiangzhi.grid.staff.Assignment;
import io.github.xiangzhi.grid.staff.Responsibilities;
import io.github.xiangzhi.grid.staff.Role;
import io.github.xiangzhi.grid.staff.StaffMember;
import io.github.xiangzhi.grid.staff.Staffing;
import io.github.xiangzhi.grid.staff.StaffingReport;
import io.github.xiangzhi.grid.staff.StaffingRule;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 网格配置 — the county profile's {@code grid} section: the level scheme (a preset's code in
 * {@link #scheme()} or a whole scheme in {@link #customScheme()}), the declared group sets and
 * groups, the units, the households as CSV, the roles, staff and assignments, the staffing rules,
 * the scope policy and the element types.
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
 * }</pre>
 *
 * <p>Households come as a CSV block ({@code household,unit}, see {@link HierarchyCsv}) rather
 * than a YAML list: a county's tens of thousands of households stay one compact block, and
 * loading needs no file I/O. Building the section builds and checks its {@link #hierarchy()} once
 * (kept for reuse) and reports every problem at once, with paths by list index ({@code
 * /units/3/parent}) so the loader finds the line; problems inside the CSV name the household and
 * CSV line in their message and point at {@code /households}.
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

    Built(LevelScheme scheme, Hierarchy hierarchy, Staffing staffing) {
      this.scheme = scheme;
      this.hierarchy = hierarchy;
      this.staffing = staffing;
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
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    return new Built(scheme, hierarchy, staffing);
  }

  @Value.Check
  void check() {
    built();
  }

  private LevelScheme resolveScheme(List<Violation> problems) {
    if (scheme().isPresent() == customScheme().isPresent()) {
      problems.add(violation("/scheme", scheme().isPresent() ? "grid.section.scheme.both"
          : "grid.section.scheme.missing", LevelSchemes.sources().keySet()));
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
      for (HierarchyProblem p : e.problems()) {
        String path = pathOf(p, index);
        if (path != null) {
          problems.add(new Violation(path, p.messageKey(), p.messageArguments()));
        }
      }
      return null;
    }
  }

  /** The section path of a builder problem, by list index; null for one reported already. */
  private String pathOf(HierarchyProblem p, Map<UnitId, Integer> index) {
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
        return groupPath(p.path());
      default:
        return "/households";
    }
  }

  /** {@code /groupSets/VILLAGE_TYPE/groups/PILOT} as {@code /groupSets/0/groups/1}. */
  private String groupPath(String path) {
    String[] parts = path.split("/");
    if (parts.length >= 3 && parts[1].equals("groups")) {
      for (int i = 0; i < groups().size(); i++) {
        if (groups().get(i).code().equals(parts[2])) {
          return "/groups/" + i;
        }
      }
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
    if (scopes().isEmpty()) {
      return;
    }
    ValueChecks checks = new ValueChecks();
    for (String role : scopes().get().viewOnlyRoles()) {
      checks.check(staffing.role(role).isPresent(), "/scopes/viewOnlyRoles",
          "grid.role.unknown", role);
    }
    List<RoleView> views = scopes().get().views();
    for (int i = 0; i < views.size(); i++) {
      checks.check(staffing.role(views.get(i).role()).isPresent(),
          "/scopes/views/" + i + "/role", "grid.role.unknown", views.get(i).role());
      checks.check(scheme.indexOf(views.get(i).level()) >= 0, "/scopes/views/" + i + "/level",
          "grid.section.level.unknown", views.get(i).level(), scheme.code());
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

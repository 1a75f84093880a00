package io.github.xiangzhi.grid.staff;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 配置报告 — whether a hierarchy is staffed as its rules require (R-GRID-4, 5, 6): for each
 * {@link StaffingRule}, the units (or people) checked, the exact share that meet it against the
 * rule's target, and every violation naming the unit or person.
 *
 * <p>Only units open on the day checked count, and only assignments to them. People are counted
 * once per unit whatever the number of their assignments there; for a team, a person holding two
 * roles of the formula counts for both (the sources' 党小组长 is often the 网格长 too).
 *
 * <p>Performance notes: O(assignments + units × rules) for unit rules (times the depth for
 * inherited ones), O(assignments × rules) for person rules.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaffingReport {
  private final LocalDate on;
  private final ImmutableList<RuleResult> results;

  private StaffingReport(LocalDate on, List<RuleResult> results) {
    this.on = on;
    this.results = ImmutableList.copyOf(results);
  }

  /**
   * Checks {@code staffing} over {@code hierarchy} against {@code rules} on {@code on}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException naming every rule with a duplicate
   *     code, a level the scheme lacks or a role the staffing does not define ({@code
   *     /rules/2/level}), and every assignment to a unit the hierarchy lacks ({@code
   *     /assignments/4/unit})
   */
  public static StaffingReport check(Hierarchy hierarchy, Staffing staffing,
      List<StaffingRule> rules, LocalDate on) {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(staffing, "staffing");
    checkNotNull(rules, "rules");
    checkNotNull(on, "on");
    validate(hierarchy, staffing, rules).throwIfAny();
    Context c = new Context(hierarchy, staffing, on);
    List<RuleResult> results = new ArrayList<>();
    for (StaffingRule rule : rules) {
      results.add(rule.kind() == StaffingRule.Kind.PER_PERSON ? perPerson(c, rule)
          : perUnit(c, rule));
    }
    return new StaffingReport(on, results);
  }

  /**
   * Every reference problem of {@code rules} and {@code staffing} over {@code hierarchy} — a
   * level, role or unit that does not exist — as {@link #check} would throw them: empty when they
   * fit together. A rule code given twice is not a reference problem; {@link #check} refuses it
   * as well.
   */
  public static List<InvalidValueException.Violation> referenceProblems(Hierarchy hierarchy,
      Staffing staffing, List<StaffingRule> rules) {
    try {
      references(hierarchy, staffing, rules, new ValueChecks()).throwIfAny();
      return List.of();
    } catch (InvalidValueException e) {
      return e.violations();
    }
  }

  /** Collects the problems of {@code rules} and {@code staffing} over a hierarchy. */
  static ValueChecks validate(Hierarchy hierarchy, Staffing staffing, List<StaffingRule> rules) {
    ValueChecks checks = new ValueChecks();
    checks.unique("/rules", rules, StaffingRule::code, "code");
    return references(hierarchy, staffing, rules, checks);
  }

  /** Adds the reference problems of {@code rules} and {@code staffing} to {@code checks}. */
  private static ValueChecks references(Hierarchy hierarchy, Staffing staffing,
      List<StaffingRule> rules, ValueChecks checks) {
    for (int i = 0; i < rules.size(); i++) {
      StaffingRule rule = rules.get(i);
      String path = "/rules/" + i;
      checks.check(hierarchy.scheme().indexOf(rule.level()) >= 0, path + "/level",
          "grid.rule.level.unknown", rule.code(), rule.level(), hierarchy.scheme().code());
      for (String role : rule.roles()) {
        checks.check(staffing.role(role).isPresent(), path + "/roles", "grid.rule.role.unknown",
            rule.code(), role);
      }
      for (int q = 0; q < rule.team().size(); q++) {
        String role = rule.team().get(q).role();
        checks.check(staffing.role(role).isPresent(), path + "/team/" + q + "/role",
            "grid.rule.role.unknown", rule.code(), role);
      }
    }
    for (int i = 0; i < staffing.assignments().size(); i++) {
      Assignment a = staffing.assignments().get(i);
      checks.check(hierarchy.contains(a.unit()), "/assignments/" + i + "/unit",
          "grid.assignment.unit.unknown", a.person(), a.unit());
    }
    return checks;
  }

  /** What the rules read: open units by level and the roles by code. */
  private static final class Context {
    final Hierarchy h;
    final Staffing staffing;
    final LocalDate on;
    final Map<String, Role> roles = new HashMap<>();

    Context(Hierarchy h, Staffing staffing, LocalDate on) {
      this.h = h;
      this.staffing = staffing;
      this.on = on;
      staffing.roles().forEach(r -> roles.put(r.code(), r));
    }

    boolean open(UnitId unit) {
      return h.unit(unit).isOpenOn(on);
    }

    /** The distinct people at {@code unit} (and above, when inherited) in a counted role. */
    Set<PersonId> people(StaffingRule rule, int unit, String onlyRole) {
      return holders(h, staffing, rule, unit, on, a -> onlyRole == null
          ? rule.counts(roles.get(a.role())) : a.role().equals(onlyRole));
    }
  }

  /**
   * The distinct people holding {@code rule} for the unit at {@code unit} on {@code on}, nearest
   * first: those assigned to it and, when the rule is inherited, to the units above it, in an
   * assignment {@code counted} accepts. Only units open that day count: none at all when the unit
   * itself is closed, and an ancestor closed by then adds nobody. Shared by the report and {@link
   * Responsibilities}, so both count the same people.
   */
  static Set<PersonId> holders(Hierarchy h, Staffing staffing, StaffingRule rule, int unit,
      LocalDate on, Predicate<Assignment> counted) {
    Set<PersonId> people = new LinkedHashSet<>();
    if (!h.units().get(unit).isOpenOn(on)) {
      return people;
    }
    for (int u = unit; u >= 0; u = rule.inherited() ? h.parentIndex(u) : -1) {
      if (!h.units().get(u).isOpenOn(on)) {
        continue;
      }
      for (Assignment a : staffing.assignmentsTo(h.unitAt(u))) {
        if (counted.test(a)) {
          people.add(a.person());
        }
      }
    }
    return people;
  }

  private static RuleResult perUnit(Context c, StaffingRule rule) {
    List<StaffingViolation> violations = new ArrayList<>();
    int checked = 0;
    int met = 0;
    for (UnitId unit : c.h.unitsAt(rule.level())) {
      if (!c.open(unit)) {
        continue;
      }
      checked++;
      int position = c.h.indexOf(unit);
      int before = violations.size();
      if (rule.kind() == StaffingRule.Kind.TEAM) {
        for (RoleQuota quota : rule.team()) {
          int found = c.people(rule, position, quota.role()).size();
          bounds(rule, unit, quota.role(), found, quota.min(), quota.max(), violations);
        }
      } else {
        int found = c.people(rule, position, null).size();
        bounds(rule, unit, rule.rolesText(), found, rule.min(), rule.max(), violations);
      }
      if (violations.size() == before) {
        met++;
      }
    }
    return new RuleResult(rule, checked, met, violations);
  }

  private static void bounds(StaffingRule rule, UnitId unit, String roles, int found, int min,
      Optional<Integer> max, List<StaffingViolation> violations) {
    if (found < min) {
      violations.add(new StaffingViolation(rule.code(), unit, null, roles, found,
          "grid.staffing.unit.tooFew", rule.code(), unit, found, roles, min));
    } else if (max.isPresent() && found > max.get()) {
      violations.add(new StaffingViolation(rule.code(), unit, null, roles, found,
          "grid.staffing.unit.tooMany", rule.code(), unit, found, roles, max.get()));
    }
  }

  private static RuleResult perPerson(Context c, StaffingRule rule) {
    List<StaffingViolation> violations = new ArrayList<>();
    int checked = 0;
    int met = 0;
    for (StaffMember member : c.staffing.members()) {
      boolean holds = member.roles().stream().map(c.roles::get).anyMatch(rule::counts);
      if (!holds) {
        continue;
      }
      checked++;
      Set<UnitId> units = new HashSet<>();
      for (Assignment a : c.staffing.assignmentsOf(member.id())) {
        if (rule.counts(c.roles.get(a.role()))) {
          Unit unit = c.h.unit(a.unit());
          if (unit.level().equals(rule.level()) && unit.isOpenOn(c.on)) {
            units.add(unit.id());
          }
        }
      }
      int found = units.size();
      if (found < rule.min()) {
        violations.add(new StaffingViolation(rule.code(), null, member.id(), rule.rolesText(),
            found, "grid.staffing.person.tooFew", rule.code(), member.id(), found, rule.level(),
            rule.min()));
      } else if (rule.max().isPresent() && found > rule.max().get()) {
        violations.add(new StaffingViolation(rule.code(), null, member.id(), rule.rolesText(),
            found, "grid.staffing.person.tooMany", rule.code(), member.id(), found, rule.level(),
            rule.max().get()));
      } else {
        met++;
      }
    }
    return new RuleResult(rule, checked, met, violations);
  }

  /** The day checked. */
  public LocalDate on() {
    return on;
  }

  /** One result per rule, in the rules' order. */
  public List<RuleResult> results() {
    return results;
  }

  /** The result of the rule {@code code}, if it was checked. */
  public Optional<RuleResult> result(String code) {
    return results.stream().filter(r -> r.rule().code().equals(code)).findFirst();
  }

  /** Every violation of every rule. */
  public List<StaffingViolation> violations() {
    return results.stream().flatMap(r -> r.violations().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** True when every rule reaches its target. */
  public boolean isSatisfied() {
    return results.stream().allMatch(RuleResult::passed);
  }

  /** "4 rules: 3 met, 1 not met; 2 violations" in {@code locale}'s language. */
  public String summary(Locale locale) {
    long passed = results.stream().filter(RuleResult::passed).count();
    return Messages.format(locale, "grid.staffing.summary", results.size(), passed,
        results.size() - passed, violations().size());
  }

  @Override
  public String toString() {
    return "StaffingReport{" + on + ", " + results + "}";
  }
}

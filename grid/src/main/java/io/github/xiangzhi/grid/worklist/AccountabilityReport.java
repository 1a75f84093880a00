package io.github.xiangzhi.grid.worklist;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.grid.body.Body;
import io.github.xiangzhi.grid.body.BodyRef;
import io.github.xiangzhi.grid.body.BodyRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 责任落实报告 — who answers for a work list on a day: the tasks without a lead (无责任单位), the
 * bodies leading more tasks than the list allows (牵头过多), the tasks past their due date and not
 * done (逾期), the reporting periods that ended without a progress report (缺报), and for every
 * body what it leads and partners ({@link #duties()}).
 *
 * <p>A task is overdue on {@code asOf} when its period ended before that day and no report dated
 * on or before it says it is done. A reporting period — the task's whole period, or each month or
 * quarter of it under {@link WorkList#reportEvery()}, cut to the task's period — counts once it has
 * ended before {@code asOf}, and is missing when no report is dated within it. A body's leads
 * include its desks' leads; its partnerships include the tasks that name it, a desk of it, and,
 * through "各村", its kind.
 *
 * <p>Performance notes: O(tasks + reports + reporting periods + bodies × their kinds' tasks).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccountabilityReport {
  private final WorkList list;
  private final BodyRegistry bodies;
  private final LocalDate asOf;
  private final Optional<Integer> maxLeads;
  private final ImmutableList<Integer> leaderless;
  private final ImmutableList<BodyLoad> overloaded;
  private final ImmutableList<Integer> overdue;
  private final ImmutableList<MissingReport> unreported;
  private final ImmutableList<Duties> duties;

  private AccountabilityReport(WorkList list, BodyRegistry bodies, LocalDate asOf,
      Optional<Integer> maxLeads) {
    this.list = list;
    this.bodies = bodies;
    this.asOf = asOf;
    this.maxLeads = maxLeads;
    ImmutableList.Builder<Integer> noLead = ImmutableList.builder();
    ImmutableList.Builder<Integer> late = ImmutableList.builder();
    ImmutableList.Builder<MissingReport> missing = ImmutableList.builder();
    Map<String, List<Integer>> leads = new LinkedHashMap<>();
    Map<String, List<Integer>> partners = new HashMap<>();
    for (Task task : list.tasks()) {
      if (task.lead().isEmpty()) {
        noLead.add(task.no());
      } else {
        leads.computeIfAbsent(task.lead().get().body(), k -> new ArrayList<>()).add(task.no());
      }
      for (BodyRef p : task.partners()) {
        List<Integer> tasks = partners.computeIfAbsent(p.body(), k -> new ArrayList<>());
        if (tasks.isEmpty() || tasks.get(tasks.size() - 1) != task.no()) {
          tasks.add(task.no());
        }
      }
      LocalDate end = list.endOf(task);
      if (asOf.isAfter(end) && task.reports().stream()
          .noneMatch(r -> r.done() && !r.on().isAfter(asOf))) {
        late.add(task.no());
      }
      missing.addAll(missingReports(list, task, asOf));
    }
    this.leaderless = noLead.build();
    this.overdue = late.build();
    this.unreported = missing.build();
    this.overloaded = maxLeads.map(max -> leads.entrySet().stream()
        .filter(e -> e.getValue().size() > max)
        .sorted(Comparator.comparing((Map.Entry<String, List<Integer>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .map(e -> BodyLoad.of(e.getKey(), e.getValue()))
        .collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
    Map<String, List<Integer>> byKind = new HashMap<>();
    for (Task task : list.tasks()) {
      for (String kind : task.everyVillage()) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(task.no());
      }
    }
    Map<Integer, Integer> position = new HashMap<>();
    for (int i = 0; i < list.tasks().size(); i++) {
      position.put(list.tasks().get(i).no(), i);
    }
    ImmutableList.Builder<Duties> all = ImmutableList.builder();
    for (Body body : bodies.bodies()) {
      List<Integer> partnering = new ArrayList<>(partners.getOrDefault(body.code(), List.of()));
      body.kind().map(byKind::get).ifPresent(partnering::addAll);
      all.add(Duties.of(body.ref(), leads.getOrDefault(body.code(), List.of()),
          inListOrder(partnering, position)));
    }
    this.duties = all.build();
  }

  /**
   * The report of {@code list} on {@code asOf}, with the list's own {@link WorkList#maxLeads()}
   * (no body is overloaded when the list sets none).
   *
   * @throws InvalidValueException naming every reference of the list that {@code bodies} cannot
   *     resolve (see {@link #referenceProblems})
   */
  public static AccountabilityReport compile(WorkList list, BodyRegistry bodies,
      LocalDate asOf) {
    checkNotNull(list, "list");
    checkNotNull(bodies, "bodies");
    checkNotNull(asOf, "asOf");
    validate(list, bodies).throwIfAny();
    return new AccountabilityReport(list, bodies, asOf, list.maxLeads());
  }

  /**
   * The report of {@code list} on {@code asOf}, naming the bodies that lead more than {@code
   * maxLeads} tasks.
   *
   * @throws InvalidValueException as {@link #compile(WorkList, BodyRegistry, LocalDate)} does
   */
  public static AccountabilityReport compile(WorkList list, BodyRegistry bodies, LocalDate asOf,
      int maxLeads) {
    checkNotNull(list, "list");
    checkNotNull(bodies, "bodies");
    checkNotNull(asOf, "asOf");
    checkArgument(maxLeads >= 1, "maxLeads must be at least 1: %s", maxLeads);
    validate(list, bodies).throwIfAny();
    return new AccountabilityReport(list, bodies, asOf, Optional.of(maxLeads));
  }

  /**
   * Every reference of {@code list} that {@code bodies} cannot resolve, with paths relative to the
   * list: an unknown lead, partner or reporting body, or a desk its body lacks ({@code
   * /tasks/2/partners/1}); a kind of "各村" no body has ({@code /tasks/2/everyVillage/0}); a report
   * by a body that neither leads nor partners the task ({@code /tasks/2/reports/0/by}). Empty when
   * every reference resolves.
   */
  public static List<InvalidValueException.Violation> referenceProblems(WorkList list,
      BodyRegistry bodies) {
    try {
      validate(list, bodies).throwIfAny();
      return List.of();
    } catch (InvalidValueException e) {
      return e.violations();
    }
  }

  private static ValueChecks validate(WorkList list, BodyRegistry bodies) {
    ValueChecks checks = new ValueChecks();
    for (int i = 0; i < list.tasks().size(); i++) {
      Task task = list.tasks().get(i);
      String path = "/tasks/" + i;
      task.lead().ifPresent(lead -> checkRef(checks, bodies, path + "/lead", task, lead));
      for (int p = 0; p < task.partners().size(); p++) {
        checkRef(checks, bodies, path + "/partners/" + p, task, task.partners().get(p));
      }
      for (int k = 0; k < task.everyVillage().size(); k++) {
        String kind = task.everyVillage().get(k);
        checks.check(!bodies.ofKind(kind).isEmpty(), path + "/everyVillage/" + k,
            "grid.task.kind.unknown", task.no(), kind);
      }
      for (int r = 0; r < task.reports().size(); r++) {
        Optional<BodyRef> by = task.reports().get(r).by();
        if (by.isPresent() && checkRef(checks, bodies, path + "/reports/" + r + "/by", task,
            by.get())) {
          checks.check(involves(task, by.get(), bodies), path + "/reports/" + r + "/by",
              "grid.task.report.notInvolved", task.no(), by.get());
        }
      }
    }
    return checks;
  }

  private static boolean checkRef(ValueChecks checks, BodyRegistry bodies, String path, Task task,
      BodyRef ref) {
    if (!checks.check(bodies.contains(ref.body()), path, "grid.task.body.unknown", task.no(),
        ref.body())) {
      return false;
    }
    return checks.check(bodies.resolves(ref), path, "grid.body.desk.unknown", ref.body(),
        ref.desk().orElse(""));
  }

  /** True when {@code ref} leads or partners {@code task}. */
  private static boolean involves(Task task, BodyRef ref, BodyRegistry bodies) {
    if (task.lead().map(ref::overlaps).orElse(false)
        || task.partners().stream().anyMatch(ref::overlaps)) {
      return true;
    }
    return bodies.body(ref.body()).flatMap(Body::kind).map(task.everyVillage()::contains)
        .orElse(false);
  }

  /** The reporting periods of {@code task} that ended before {@code asOf} without a report. */
  static List<MissingReport> missingReports(WorkList list, Task task, LocalDate asOf) {
    LocalDate start = list.startOf(task);
    LocalDate end = list.endOf(task);
    List<MissingReport> out = new ArrayList<>();
    List<LocalDate> days = task.reports().stream().map(ProgressReport::on).sorted()
        .collect(Collectors.toList());
    if (list.reportEvery().isEmpty()) {
      if (asOf.isAfter(end) && !anyWithin(days, start, end)) {
        out.add(MissingReport.of(task.no(), start, end));
      }
      return out;
    }
    PeriodKind kind = list.reportEvery().get();
    for (GovernancePeriod p = GovernancePeriod.containing(kind, start);
        !p.start().isAfter(end); p = p.next()) {
      LocalDate from = p.start().isBefore(start) ? start : p.start();
      LocalDate until = p.end().isAfter(end) ? end : p.end();
      if (!asOf.isAfter(until)) {
        break;
      }
      if (!anyWithin(days, from, until)) {
        out.add(MissingReport.of(task.no(), from, until));
      }
    }
    return out;
  }

  /** True when a day of the sorted {@code days} lies in [from, until]. */
  private static boolean anyWithin(List<LocalDate> days, LocalDate from, LocalDate until) {
    int lo = 0;
    int hi = days.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days.get(mid).isBefore(from)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < days.size() && !days.get(lo).isAfter(until);
  }

  private static List<Integer> inListOrder(List<Integer> tasks, Map<Integer, Integer> position) {
    return tasks.stream().distinct().sorted(Comparator.comparing(position::get))
        .collect(Collectors.toList());
  }

  /** The work list. */
  public WorkList list() {
    return list;
  }

  /** The day of the report. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The limit of leads applied, if any. */
  public Optional<Integer> maxLeads() {
    return maxLeads;
  }

  /** The numbers of the tasks without a lead, in list order. */
  public List<Integer> leaderless() {
    return leaderless;
  }

  /** The bodies leading more tasks than the limit, the busiest first. */
  public List<BodyLoad> overloaded() {
    return overloaded;
  }

  /** The numbers of the tasks past due and not done, in list order. */
  public List<Integer> overdue() {
    return overdue;
  }

  /** The reporting periods that ended without a report, by task in list order, then by time. */
  public List<MissingReport> unreported() {
    return unreported;
  }

  /** What each body leads and partners, in the bodies' order. */
  public List<Duties> duties() {
    return duties;
  }

  /**
   * What {@code body} — a body, or one desk of it — leads and partners: a desk is credited with
   * the tasks that name it or its whole body.
   *
   * @throws InvalidValueException if no body has that code, or the body lacks the desk
   */
  public Duties duties(BodyRef body) {
    checkNotNull(body, "body");
    InvalidValueException.check(bodies.contains(body.body()), "grid.body.unknown", body.body());
    InvalidValueException.check(bodies.resolves(body), "grid.body.desk.unknown", body.body(),
        body.desk().orElse(""));
    Optional<String> kind = bodies.body(body.body()).flatMap(Body::kind);
    List<Integer> leading = new ArrayList<>();
    List<Integer> partnering = new ArrayList<>();
    for (Task task : list.tasks()) {
      if (task.lead().map(body::overlaps).orElse(false)) {
        leading.add(task.no());
      }
      if (task.partners().stream().anyMatch(body::overlaps)
          || kind.map(task.everyVillage()::contains).orElse(false)) {
        partnering.add(task.no());
      }
    }
    return Duties.of(body, leading, partnering);
  }

  /**
   * The partner bodies of task {@code no} one by one: those it names (a desk as its whole body),
   * then, for "各村", every body of each kind it asks of every village — each village's own two
   * committees — in the bodies' order, each once.
   *
   * @throws InvalidValueException if the list has no task {@code no}
   */
  public List<Body> partnerBodies(int no) {
    Task task = list.task(no).orElseThrow(
        () -> new InvalidValueException("grid.task.unknown", list.code(), no));
    LinkedHashMap<String, Body> out = new LinkedHashMap<>();
    for (BodyRef ref : task.partners()) {
      bodies.body(ref.body()).ifPresent(b -> out.putIfAbsent(b.code(), b));
    }
    for (String kind : task.everyVillage()) {
      bodies.ofKind(kind).forEach(b -> out.putIfAbsent(b.code(), b));
    }
    return ImmutableList.copyOf(out.values());
  }

  /** True when no task lacks a lead, no body is overloaded and nothing is late or unreported. */
  public boolean isClear() {
    return leaderless.isEmpty() && overloaded.isEmpty() && overdue.isEmpty()
        && unreported.isEmpty();
  }

  /** The report as lines of text, in {@code locale}'s language. */
  public List<String> lines(Locale locale) {
    List<String> out = new ArrayList<>();
    out.add(Messages.format(locale, "grid.accountability.title", list.displayName(locale), asOf,
        list.tasks().size()));
    for (int no : leaderless) {
      out.add("  " + Messages.format(locale, "grid.accountability.leaderless", no,
          title(no)));
    }
    for (BodyLoad load : overloaded) {
      out.add("  " + Messages.format(locale, "grid.accountability.overloaded",
          bodyName(load.body(), locale), load.tasks().size(), maxLeads.orElse(0),
          load.tasks().toString()));
    }
    for (int no : overdue) {
      Task task = list.task(no).orElseThrow();
      out.add("  " + Messages.format(locale, "grid.accountability.overdue", no, task.title(),
          list.endOf(task)));
    }
    for (MissingReport m : unreported) {
      out.add("  " + Messages.format(locale, "grid.accountability.unreported", m.task(),
          title(m.task()), m.from(), m.until()));
    }
    if (isClear()) {
      out.add("  " + Messages.format(locale, "grid.accountability.clear"));
    }
    return out;
  }

  private String title(int no) {
    return list.task(no).map(Task::title).orElse("?");
  }

  private String bodyName(String code, Locale locale) {
    return bodies.body(code).map(b -> b.displayName(locale)).orElse(code);
  }

  @Override
  public String toString() {
    return String.join("\n", lines(Locale.ENGLISH));
  }
}

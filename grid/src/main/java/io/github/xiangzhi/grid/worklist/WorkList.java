package io.github.xiangzhi.grid.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import io.github.xiangzhi.core.time.PeriodKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 工作清单 — a work list: the tasks of a local governance model grouped under its {@linkplain
 * #links() links}, each with a lead and partner bodies, a period and progress reports (000's
 * 附件2, "安澜镇'四联共治·数字赋能'乡村治理模式工作清单", twelve rows under 联网、联巡、联调、联育).
 *
 * <pre>{@code
 * workLists:
 *   - code: ANLAN_2023
 *     name: 安澜镇"四联共治·数字赋能"乡村治理模式工作清单
 *     links: [{code: NETWORK, name: 联网}, {code: PATROL, name: 联巡}]
 *     start: 2023-09-01
 *     end: 2023-12-31
 *     reportEvery: QUARTER
 *     maxLeads: 4
 *     tasks:
 *       - {no: 1, link: NETWORK, title: 实现信息化管理, lead: PEACE_OFFICE, everyVillage: [TWO_COMMITTEES]}
 * }</pre>
 *
 * <p>A task's period is its own {@code start}/{@code end}, else the list's; every task must end
 * up with both. With {@link #reportEvery()}, a task must be reported in every such period (each
 * month, each quarter) of its own; without it, once in its period. {@link #maxLeads()} is the most
 * tasks one body should lead; the {@link AccountabilityReport} names the bodies above it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkList.class)
@JsonDeserialize(as = ImmutableWorkList.class)
public abstract class WorkList implements Named {

  /** The list's code: {@code ANLAN_2023}. */
  @Override
  public abstract String code();

  /** The name as the source writes it. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The links of the model (治理模式): 联网、联巡、联调、联育. */
  public abstract ImmutableList<Link> links();

  /** The tasks, in the list's order. */
  public abstract ImmutableList<Task> tasks();

  /** The first day of the tasks' period, unless a task gives its own. */
  public abstract Optional<LocalDate> start();

  /** The last day of the tasks' period, unless a task gives its own. */
  public abstract Optional<LocalDate> end();

  /** How often a task must report: each month, quarter…; once in its period when absent. */
  public abstract Optional<PeriodKind> reportEvery();

  /** The most tasks one body should lead, if the list sets a limit. */
  public abstract Optional<Integer> maxLeads();

  /** The source documents of the list, such as {@code 000}. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a list; {@code build()} checks its links, task numbers and periods. */
  public static final class Builder extends ImmutableWorkList.Builder {}

  /** The task numbered {@code no}, if any. */
  public Optional<Task> task(int no) {
    return tasks().stream().filter(t -> t.no() == no).findFirst();
  }

  /** The link {@code code}, if any. */
  public Optional<Link> link(String code) {
    return links().stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** The first day of {@code task}'s period: its own, else the list's. */
  public LocalDate startOf(Task task) {
    return task.start().or(this::start).orElseThrow();
  }

  /** The last day of {@code task}'s period: its own, else the list's. */
  public LocalDate endOf(Task task) {
    return task.end().or(this::end).orElseThrow();
  }

  /**
   * This list with {@code report} added to task {@code no}.
   *
   * @throws InvalidValueException if the list has no task {@code no}
   */
  public WorkList withReport(int no, ProgressReport report) {
    List<Task> tasks = new ArrayList<>(tasks());
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).no() == no) {
        tasks.set(i, tasks.get(i).withReport(report));
        return builder().from(this).tasks(tasks).build();
      }
    }
    throw new InvalidValueException("grid.task.unknown", code(), no);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.unique("/links", links(), Link::code, "code");
    checks.unique("/tasks", tasks(), Task::no, "no");
    maxLeads().ifPresent(m -> checks.check(m >= 1, "/maxLeads", "grid.workList.maxLeads", m));
    if (start().isPresent() && end().isPresent()) {
      checks.check(!end().get().isBefore(start().get()), "/end",
          "grid.workList.period.order", code(), start().get(), end().get());
    }
    Set<String> links = new HashSet<>();
    links().forEach(l -> links.add(l.code()));
    for (int i = 0; i < tasks().size(); i++) {
      Task task = tasks().get(i);
      String path = "/tasks/" + i;
      checks.check(links.contains(task.link()), path + "/link", "grid.task.link.unknown",
          task.no(), task.link());
      Optional<LocalDate> start = task.start().or(this::start);
      Optional<LocalDate> end = task.end().or(this::end);
      checks.check(start.isPresent(), path + "/start", "grid.task.start.missing", task.no());
      checks.check(end.isPresent(), path + "/end", "grid.task.end.missing", task.no());
      if (start.isPresent() && end.isPresent()
          && (task.start().isEmpty() || task.end().isEmpty())) {
        checks.check(!end.get().isBefore(start.get()), path + "/end",
            "grid.task.period.order", task.no(), start.get(), end.get());
      }
    }
    checks.throwIfAny();
  }
}

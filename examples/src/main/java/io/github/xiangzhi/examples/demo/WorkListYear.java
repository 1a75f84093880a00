package io.github.xiangzhi.examples.demo;

import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.worklist.AccountabilityReport;
import io.github.xiangzhi.grid.worklist.ProgressReport;
import io.github.xiangzhi.grid.worklist.Task;
import io.github.xiangzhi.grid.worklist.WorkList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 工作清单 — the town's work lists run for the year: each list is taken up again for the year
 * (its tasks, leads and partners as the profile gives them), each task's lead body reports its
 * progress in most reporting periods, most tasks are done by the year's end, and the
 * accountability report is drawn up on the first day after the year.
 */
final class WorkListYear {
  private WorkListYear() {}

  /** Every work list of {@code grid}, run for {@code year}: its accountability reports. */
  static List<AccountabilityReport> run(GridSection grid, GovernancePeriod year,
      SplittableRandom random) {
    List<AccountabilityReport> reports = new ArrayList<>();
    for (WorkList original : grid.workLists()) {
      PeriodKind every = original.reportEvery().orElse(PeriodKind.QUARTER);
      List<Task> tasks = new ArrayList<>();
      for (Task task : original.tasks()) {
        tasks.add(Task.builder().from(task).start(java.util.Optional.empty())
            .end(java.util.Optional.empty()).reports(List.of()).build());
      }
      WorkList list = WorkList.builder().from(original).start(year.start()).end(year.end())
          .reportEvery(every).tasks(tasks).build();
      for (Task task : list.tasks()) {
        if (task.lead().isEmpty()) {
          continue;
        }
        for (GovernancePeriod period = GovernancePeriod.containing(every, year.start());
            year.contains(period.start()); period = period.next()) {
          if (random.nextInt(100) >= 85) {
            continue; // this period's report is missing
          }
          LocalDate on = period.start().plusDays(random.nextInt((int) period.lengthInDays()));
          boolean last = !year.contains(period.next().start());
          boolean done = last && random.nextInt(100) < 80;
          list = list.withReport(task.no(), ProgressReport.of(on, task.lead().get(),
              done ? "已完成" : "按计划推进", done));
        }
      }
      // the review on the first day after the year: what is still open is overdue
      reports.add(AccountabilityReport.compile(list, grid.bodyRegistry(), year.end().plusDays(1)));
    }
    return reports;
  }
}

/** 巡逻 — patrol plans, unannounced schedules, special-group visits and coverage audits. */
module io.github.xiangzhi.patrol {
  requires transitive io.github.xiangzhi.grid;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
}

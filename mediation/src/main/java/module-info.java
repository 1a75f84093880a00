/** 调解 — matters, the escalation ladder, triage, deliberation and calendar-aware deadlines. */
module io.github.xiangzhi.mediation {
  requires transitive io.github.xiangzhi.grid;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
}

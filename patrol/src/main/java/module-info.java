/**
 * 巡逻 — patrol plans, unannounced schedules, special-group visits and coverage audits (R-PAT-1 to
 * R-PAT-6): the {@code patrol} profile section, the planner, check-ins and their audit, and
 * findings that are handled on the spot, handed to mediation or kept as hazards.
 */
module io.github.xiangzhi.patrol {
  requires transitive io.github.xiangzhi.grid;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.xiangzhi.patrol;
  exports io.github.xiangzhi.patrol.audit;
  exports io.github.xiangzhi.patrol.finding;
  exports io.github.xiangzhi.patrol.policy;
  exports io.github.xiangzhi.patrol.schedule;

  opens io.github.xiangzhi.patrol.audit to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.patrol.finding to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.patrol.policy to com.fasterxml.jackson.databind;

  provides io.github.xiangzhi.core.text.MessageBundleProvider with
      io.github.xiangzhi.patrol.PatrolMessages;
  provides io.github.xiangzhi.core.profile.ProfileSectionType with
      io.github.xiangzhi.patrol.policy.PatrolSection;
}

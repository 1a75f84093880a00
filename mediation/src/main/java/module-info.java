/**
 * 调解 — matters, the escalation ladder, triage, deliberation and calendar-aware deadlines
 * (R-MED-1 to R-MED-7), and transparency: 一晒一督, the small-power list and pledges.
 */
module io.github.xiangzhi.mediation {
  requires transitive io.github.xiangzhi.grid;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.xiangzhi.mediation;
  exports io.github.xiangzhi.mediation.deadline;
  exports io.github.xiangzhi.mediation.deliberation;
  exports io.github.xiangzhi.mediation.ladder;
  exports io.github.xiangzhi.mediation.matter;
  exports io.github.xiangzhi.mediation.transparency;
  exports io.github.xiangzhi.mediation.metrics;
  exports io.github.xiangzhi.mediation.triage;

  opens io.github.xiangzhi.mediation to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.mediation.deadline to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.mediation.deliberation to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.mediation.ladder to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.mediation.matter to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.mediation.transparency to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.mediation.metrics to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.mediation.triage to com.fasterxml.jackson.databind;

  provides io.github.xiangzhi.core.text.MessageBundleProvider with
      io.github.xiangzhi.mediation.MediationMessages;
  provides io.github.xiangzhi.core.profile.ProfileSectionType with
      io.github.xiangzhi.mediation.MediationSection;
}

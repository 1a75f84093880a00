/**
 * 评星 — the ten-star household engine, village targets, the points bank and the village rules.
 */
module io.github.xiangzhi.rating {
  requires transitive io.github.xiangzhi.grid;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.xiangzhi.rating;
  exports io.github.xiangzhi.rating.points;
  exports io.github.xiangzhi.rating.rules;
  exports io.github.xiangzhi.rating.star;
  exports io.github.xiangzhi.rating.star.round;
  exports io.github.xiangzhi.rating.star.target;
  exports io.github.xiangzhi.rating.star.conduct;
  exports io.github.xiangzhi.rating.star.policy;

  opens io.github.xiangzhi.rating.points to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.rating.rules to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.rating.star to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.rating.star.round to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.rating.star.target to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.rating.star.conduct to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.rating.star.policy to com.fasterxml.jackson.databind;

  provides io.github.xiangzhi.core.text.MessageBundleProvider with
      io.github.xiangzhi.rating.RatingMessages,
      io.github.xiangzhi.rating.star.StarMessages;
  provides io.github.xiangzhi.core.profile.ProfileSectionType with
      io.github.xiangzhi.rating.star.policy.RatingSectionType,
      io.github.xiangzhi.rating.points.PointsSection,
      io.github.xiangzhi.rating.rules.VillageRulesSectionType;
}

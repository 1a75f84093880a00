/** 评星 — the ten-star household engine, village targets and the points bank. */
module io.github.xiangzhi.rating {
  requires transitive io.github.xiangzhi.grid;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.xiangzhi.rating;
  exports io.github.xiangzhi.rating.points;

  opens io.github.xiangzhi.rating.points to com.fasterxml.jackson.databind;

  provides io.github.xiangzhi.core.text.MessageBundleProvider with
      io.github.xiangzhi.rating.RatingMessages;
  provides io.github.xiangzhi.core.profile.ProfileSectionType with
      io.github.xiangzhi.rating.points.PointsSection;
}

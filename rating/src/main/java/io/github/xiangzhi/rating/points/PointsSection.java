package io.github.xiangzhi.rating.points;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * 积分制度配置节 — the profile section {@code points}: the county's {@link PointsPolicy}
 * (R-PTS-1), registered through the service loader. Its one preset, {@code MORAL_SAVINGS_BANK}, follows 002's moral
 * savings bank (道德储蓄银行) and 004's points supermarket and passbooks (积分超市、积分存折).
 */
public final class PointsSection extends ProfileSectionType<PointsPolicy> {

  /** Registered through the service loader. */
  public PointsSection() {
    super("points", PointsPolicy.class);
  }

  /** {@code MORAL_SAVINGS_BANK}: 002's three categories and 004's supermarket. */
  @Override
  public Map<String, String> presets() {
    return ImmutableMap.of(presetCode("MORAL_SAVINGS_BANK"), resource("moral-savings-bank.yaml"));
  }

  /** "3 categories, 6 earning rules, 2 deduction rules, 5 supermarket items; …". */
  @Override
  public String summary(PointsPolicy policy, Locale locale) {
    String expiry = policy.expiry()
        .map(e -> Messages.format(locale, "rating.points.summary.expiry", e.periodsKept(),
            e.period()))
        .orElseGet(() -> Messages.format(locale, "rating.points.summary.noExpiry"));
    return Messages.format(locale, "rating.points.summary", policy.categories().size(),
        policy.earning().size(), policy.deductions().size(), policy.catalogue().size(), expiry);
  }

  private static String resource(String name) {
    URL url = PointsSection.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing built-in resource " + name);
    }
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

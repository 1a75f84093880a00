package io.github.xiangzhi.grid.profile;

import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.group.SpecialGroupCategory;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.profile.ProblemReporter;
import io.github.xiangzhi.core.profile.ProfileContext;
import io.github.xiangzhi.core.profile.ProfileInfo;
import io.github.xiangzhi.core.profile.ProfileSectionType;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.body.BodyRegistry;
import io.github.xiangzhi.grid.hierarchy.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The profile section {@code grid} (R-GRID-1 to 8), registered with core's profile loader: its
 * value is a {@link GridSection}. Checks against the rest of the profile: every unit's division
 * code lies inside the profile's division and inside its parent unit's (R-CORE-1: a village code
 * lies inside its township's); and, when the section lists bodies, every special-group category's
 * {@linkplain SpecialGroupCategory#responsibleBody() responsible body} (003: "对应显示管控单位和责任人")
 * must be a body's code or kind. The checker reports against this section, so that problem's path
 * is {@code /bodies} and its message names the category's own field ({@code
 * /specialGroups/categories/3/responsibleBody}). Presets: a small sample of each source system —
 * {@code ANLAN} (000, with its twelve-task work list), {@code CHANGZHI} (001), {@code SHANGBA}
 * (002), {@code GONGXIAN} (003), {@code WEITUO} (004) — each with its scheme, units, households,
 * staff, rules and bodies; the examples module builds the full ones.
 */
public final class GridSectionType extends ProfileSectionType<GridSection> {

  private static final List<String> PRESETS =
      List.of("ANLAN", "CHANGZHI", "SHANGBA", "GONGXIAN", "WEITUO");

  /** Registered through the service loader. */
  public GridSectionType() {
    super("grid", GridSection.class);
  }

  @Override
  public void check(GridSection section, ProfileContext context, ProblemReporter problems) {
    Optional<DivisionCode> profile =
        context.section(ProfileInfo.class).flatMap(ProfileInfo::division);
    Map<UnitId, Unit> byId = new HashMap<>();
    section.units().forEach(u -> byId.putIfAbsent(u.id(), u));
    for (int i = 0; i < section.units().size(); i++) {
      Unit unit = section.units().get(i);
      if (unit.division().isEmpty()) {
        continue;
      }
      DivisionCode code = unit.division().get();
      if (profile.isPresent() && !profile.get().contains(code)) {
        problems.report("/units/" + i + "/division", "grid.section.division.outside", unit.id(),
            code, profile.get());
      }
      Optional<DivisionCode> parent = unit.parent().map(byId::get).flatMap(Unit::division);
      if (parent.isPresent() && !parent.get().contains(code)) {
        problems.report("/units/" + i + "/division", "grid.section.division.parent", unit.id(),
            code, unit.parent().get(), parent.get());
      }
    }
    BodyRegistry bodies = section.bodyRegistry();
    if (bodies.isEmpty()) {
      return;
    }
    List<SpecialGroupCategory> categories = context.specialGroups().categories();
    for (int i = 0; i < categories.size(); i++) {
      SpecialGroupCategory category = categories.get(i);
      Optional<String> body = category.responsibleBody();
      if (body.isPresent() && !bodies.resolves(body.get())) {
        problems.report("/bodies", "grid.section.specialGroup.body", category.code(), body.get(),
            "/specialGroups/categories/" + i + "/responsibleBody");
      }
    }
  }

  /** A sample of each source system, by the code of its level scheme. */
  @Override
  public Map<String, String> presets() {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (String code : PRESETS) {
      out.put(presetCode(code), resource("grid-" + code.toLowerCase(Locale.ROOT) + ".yaml"));
    }
    return out.buildOrThrow();
  }

  /** "scheme WEITUO (…): 8 units, 7 households, 8 staff, 4 rule(s)" in {@code locale}'s language. */
  @Override
  public String summary(GridSection section, Locale locale) {
    return Messages.format(locale, "grid.section.summary", section.levelScheme().code(),
        section.levelScheme().displayName(locale), section.hierarchy().unitCount(),
        section.hierarchy().householdCount(), section.staff().size(), section.rules().size());
  }

  private static String resource(String name) {
    try (InputStream in = GridSectionType.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

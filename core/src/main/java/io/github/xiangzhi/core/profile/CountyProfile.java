package io.github.xiangzhi.core.profile;

import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.util.Map;
import java.util.Optional;

/**
 * 县域配置 — a county's (or town's) valid configuration (R-CORE-6): its calendar, special groups
 * and a section per module, as one document described them. Only a {@link ProfileLoader} makes
 * one, after every check has passed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountyProfile implements ProfileContext {

  private final ImmutableMap<String, Object> sections;

  CountyProfile(Map<String, Object> sections) {
    this.sections = ImmutableMap.copyOf(sections);
  }

  /** The {@code profile} section: id, place and model. */
  public ProfileInfo info() {
    return section(ProfileInfo.class).orElseThrow(IllegalStateException::new);
  }

  /** The working-day calendar; the standard one when the document gives none. */
  @Override
  public GovernanceCalendar calendar() {
    return ProfileContext.super.calendar();
  }

  /** The special-group categories; none when the document gives none. */
  @Override
  public SpecialGroupCatalog specialGroups() {
    return ProfileContext.super.specialGroups();
  }

  /** The section whose value is a {@code type}, if the profile has it. */
  @Override
  public <S> Optional<S> section(Class<S> type) {
    for (Object value : sections.values()) {
      if (type.isInstance(value)) {
        return Optional.of(type.cast(value));
      }
    }
    return Optional.empty();
  }

  /** The section called {@code name}, if the profile has it. */
  public Optional<Object> section(String name) {
    return Optional.ofNullable(sections.get(name));
  }

  /** Every section by name, in the loader's order. */
  public Map<String, Object> sections() {
    return sections;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountyProfile && ((CountyProfile) o).sections.equals(sections);
  }

  @Override
  public int hashCode() {
    return sections.hashCode();
  }

  @Override
  public String toString() {
    return "CountyProfile{" + info().id() + ", sections=" + sections.keySet() + "}";
  }
}

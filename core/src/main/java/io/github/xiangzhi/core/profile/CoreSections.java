package io.github.xiangzhi.core.profile;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.privacy.Sensitivity;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Core's own sections — {@code profile}, {@code calendar} and {@code specialGroups} — registered
 * through the same service loader as the modules' sections.
 */
public final class CoreSections {
  private CoreSections() {}

  static String resource(Class<?> owner, String name) {
    URL url = owner.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing built-in resource " + name);
    }
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code profile} section: id, name, division and model. Required. */
  public static final class Info extends ProfileSectionType<ProfileInfo> {
    /** Registered through the service loader. */
    public Info() {
      super("profile", ProfileInfo.class);
    }

    @Override
    public boolean isRequired() {
      return true;
    }

    @Override
    public String summary(ProfileInfo info, Locale locale) {
      return Messages.format(locale, "core.summary.profile", info.id(), info.name(),
          info.model().orElse("-"));
    }
  }

  /** The {@code calendar} section: zone, weekend, holidays and make-up workdays. */
  public static final class Calendar extends ProfileSectionType<GovernanceCalendar> {
    /** Registered through the service loader. */
    public Calendar() {
      super("calendar", GovernanceCalendar.class);
    }

    @Override
    public Optional<GovernanceCalendar> defaultValue() {
      return Optional.of(GovernanceCalendar.standard());
    }

    @Override
    public String summary(GovernanceCalendar calendar, Locale locale) {
      return Messages.format(locale, "core.summary.calendar", calendar.zone().getId(),
          calendar.holidays().size(), calendar.workdays().size());
    }

    /** {@code CHINA_2024_2025}: the State Council's holiday notices for 2024 and 2025. */
    @Override
    public Map<String, String> presets() {
      return ImmutableMap.of(
          presetCode("CHINA_2024_2025"), resource(CoreSections.class, "calendar-china.yaml"));
    }
  }

  /** The {@code specialGroups} section: the special-group categories. */
  public static final class SpecialGroups extends ProfileSectionType<SpecialGroupCatalog> {
    /** Registered through the service loader. */
    public SpecialGroups() {
      super("specialGroups", SpecialGroupCatalog.class);
    }

    @Override
    public Optional<SpecialGroupCatalog> defaultValue() {
      return Optional.of(SpecialGroupCatalog.empty());
    }

    @Override
    public String summary(SpecialGroupCatalog catalog, Locale locale) {
      long sensitive = catalog.categories().stream()
          .filter(c -> c.sensitivity() == Sensitivity.SENSITIVE).count();
      return Messages.format(locale, "core.summary.specialGroups", catalog.categories().size(),
          sensitive);
    }

    /** {@code SOURCES}: the eight categories of 000 and 003. */
    @Override
    public Map<String, String> presets() {
      return ImmutableMap.of(
          presetCode("SOURCES"), resource(CoreSections.class, "special-groups.yaml"));
    }
  }
}

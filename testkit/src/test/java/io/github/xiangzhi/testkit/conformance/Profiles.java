package io.github.xiangzhi.testkit.conformance;

import io.github.xiangzhi.examples.preset.Preset;
import io.github.xiangzhi.examples.preset.Presets;

/** Profiles for the conformance suite's tests: the presets as shipped, completed and broken. */
final class Profiles {
  private Profiles() {}

  /** The preset {@code id} as the examples ship it. */
  static ProfileSource shipped(String id) {
    Preset preset = Presets.find(id).orElseThrow();
    return ProfileSource.text(preset.yaml(), id + ".yaml");
  }
}

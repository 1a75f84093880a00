package io.github.xiangzhi.examples.preset;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/** The five source systems as presets, in source order. */
public final class Presets {
  private Presets() {}

  private static final ImmutableList<Preset> ALL = ImmutableList.of(
      new Preset("anlan", "000", "重庆市巴南区安澜镇", "四联共治·数字赋能"),
      new Preset("changzhi", "001", "山西省长治市", "三化三治"),
      new Preset("shangba", "002", "甘肃省酒泉市肃州区上坝镇", "4+N 多治融合"),
      new Preset("gongxian", "003", "四川省宜宾市珙县", "党建引领·四治融合"),
      new Preset("weituo", "004", "重庆市合川区渭沱镇(小沔镇李湾村)", "红细胞·微治理、三治融合"));

  /** Every preset. */
  public static List<Preset> all() {
    return ALL;
  }

  /** The preset {@code id}, if there is one. */
  public static Optional<Preset> find(String id) {
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The ids, for messages. */
  public static List<String> ids() {
    return ALL.stream().map(Preset::id).collect(ImmutableList.toImmutableList());
  }
}

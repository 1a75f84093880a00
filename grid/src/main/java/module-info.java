/**
 * 网格 — level schemes, the hierarchy index, coverage, staffing, scopes, change sets, governance
 * bodies and work lists.
 */
module io.github.xiangzhi.grid {
  requires transitive io.github.xiangzhi.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.xiangzhi.grid;
  exports io.github.xiangzhi.grid.body;
  exports io.github.xiangzhi.grid.change;
  exports io.github.xiangzhi.grid.element;
  exports io.github.xiangzhi.grid.hierarchy;
  exports io.github.xiangzhi.grid.level;
  exports io.github.xiangzhi.grid.profile;
  exports io.github.xiangzhi.grid.scope;
  exports io.github.xiangzhi.grid.staff;
  exports io.github.xiangzhi.grid.worklist;

  opens io.github.xiangzhi.grid.body to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.grid.change to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.grid.element to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.grid.hierarchy to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.grid.level to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.grid.profile to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.grid.scope to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.grid.staff to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.grid.worklist to com.fasterxml.jackson.databind;

  provides io.github.xiangzhi.core.text.MessageBundleProvider with
      io.github.xiangzhi.grid.GridMessages;
  provides io.github.xiangzhi.core.profile.ProfileSectionType with
      io.github.xiangzhi.grid.profile.GridSectionType;
}

/** 网格 — level schemes, the hierarchy index, coverage, staffing, scopes and change sets. */
module io.github.xiangzhi.grid {
  requires transitive io.github.xiangzhi.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
}

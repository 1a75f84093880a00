/** 评星 — the ten-star household engine, village targets and the points bank. */
module io.github.xiangzhi.rating {
  requires transitive io.github.xiangzhi.grid;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
}

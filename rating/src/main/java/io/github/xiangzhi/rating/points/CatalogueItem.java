package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 积分超市商品 — an item of the points supermarket (积分超市, 004): its price in points and the stock
 * each supermarket opens with.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogueItem.class)
@JsonDeserialize(as = ImmutableCatalogueItem.class)
public abstract class CatalogueItem implements Named {

  /** The item's stable code, upper-case English: {@code COOKING_OIL}. */
  @Override
  public abstract String code();

  /** The item's name: 食用油. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The unit an item is counted in, such as 桶 or bottle. */
  public abstract Optional<String> unit();

  /** The price of one unit in points; positive. */
  public abstract long price();

  /** The stock each supermarket opens with; restocking adds to it. Not negative. */
  public abstract long stock();

  /** An item with a code, a name, a price and an opening stock. */
  public static CatalogueItem of(String code, String name, long price, long stock) {
    return builder().code(code).name(name).price(price).stock(stock).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an item; {@code build()} checks the code, the price and the stock. */
  public static final class Builder extends ImmutableCatalogueItem.Builder {}

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(price() > 0, "/price", "rating.points.policy.positive", "price", price());
    checks.check(stock() >= 0, "/stock", "rating.points.policy.notNegative", "stock", stock());
    checks.throwIfAny();
  }
}

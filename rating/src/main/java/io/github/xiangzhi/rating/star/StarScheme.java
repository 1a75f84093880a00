package io.github.xiangzhi.rating.star;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.text.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 星级标准 — a county's star scheme (R-STAR-1, 2, 7, 8): its {@link #categories()} (Changzhi's ten:
 * 爱党爱国 … 科教文体), each earned by scored indicators with a pass mark; the household {@link
 * #facts()} indicators, bonuses and vetoes read; the {@link #bonuses()} (加分倾斜) and {@link
 * #vetoes()} (一票否决); and the most stars a household can hold, {@link #maxStars()} (ten by
 * default).
 *
 * <p>Codes of facts and indicators share one namespace, since evidence names them alike. A
 * household's stars are decided in a fixed order, each step only removing stars:
 *
 * <ol>
 *   <li>each category whose score (indicator points plus bonuses) reaches its pass mark is earned;
 *   <li>beyond {@link #maxStars()}, required categories are kept first, then the others in scheme
 *       order ({@link CategoryStatus#CAPPED});
 *   <li>every veto that holds withholds its categories or every star ({@link
 *       CategoryStatus#VETOED});
 *   <li>a household left without one of the required categories holds no star ({@link
 *       CategoryStatus#WITHHELD}).
 * </ol>
 *
 * <p>The lists of nested values are declared as {@code List} (they are Guava immutable lists
 * inside) so that a problem in one element is reported with its index ({@code
 * /categories/3/passMark}): Jackson's Guava deserializers drop the index from the path.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStarScheme.class)
@JsonDeserialize(as = ImmutableStarScheme.class)
public abstract class StarScheme implements Named {

  /** The most categories a scheme may have (one bit each in a {@code long}). */
  public static final int MAX_CATEGORIES = 64;
  /** The most decimal places a number may carry. */
  public static final int MAX_SCALE = 6;

  /** The scheme's code: {@code CHANGZHI}. */
  @Override
  public abstract String code();

  /** The Chinese name: 长治市星级文明户"十星级"创评. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /** The most stars a household holds; ten by default. */
  @JsonProperty
  @Value.Default
  public int maxStars() {
    return 10;
  }

  /** The decimal places {@link ValueType#NUMBER} values may carry; two by default. */
  @JsonProperty
  @Value.Default
  public int numberScale() {
    return 2;
  }

  /** The household facts the scheme reads besides the indicators' own values. */
  public abstract List<Fact> facts();

  /** The star categories, in the order stars are listed (and kept under the maximum). */
  public abstract List<StarCategory> categories();

  /** The bonuses. */
  public abstract List<Bonus> bonuses();

  /** The vetoes. */
  public abstract List<Veto> vetoes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a scheme; {@code build()} checks codes and every reference. */
  public static final class Builder extends ImmutableStarScheme.Builder {}

  /** The category {@code code}, if the scheme has it. */
  public Optional<StarCategory> category(String code) {
    Integer i = compiled().categoryIndex.get(code);
    return i == null ? Optional.empty() : Optional.of(categories().get(i));
  }

  /** The position of category {@code code} (its bit in star masks), or -1. */
  public int indexOf(String code) {
    Integer i = compiled().categoryIndex.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The codes evidence may name: every fact, and every indicator that has a value of its own (not
   * reading a fact), each with its type.
   */
  public Map<String, ValueType> inputs() {
    return compiled().inputTypes();
  }

  @Value.Lazy
  CompiledScheme compiled() {
    return new CompiledScheme(this);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    checks.check(maxStars() >= 1 && maxStars() <= MAX_CATEGORIES, "/maxStars",
        "rating.star.scheme.maxStars", maxStars(), MAX_CATEGORIES);
    checks.check(numberScale() >= 0 && numberScale() <= MAX_SCALE, "/numberScale",
        "rating.star.scheme.numberScale", numberScale(), MAX_SCALE);
    checks.check(!categories().isEmpty(), "/categories", "rating.star.scheme.noCategories",
        code());
    checks.check(categories().size() <= MAX_CATEGORIES, "/categories",
        "rating.star.scheme.tooManyCategories", categories().size(), MAX_CATEGORIES);
    checks.unique("/categories", categories(), StarCategory::code, "code");
    long required = categories().stream().filter(StarCategory::required).count();
    checks.check(required <= maxStars(), "/maxStars", "rating.star.scheme.requiredOverMax",
        required, maxStars());
    checks.unique("/facts", facts(), Fact::code, "code");
    checks.unique("/bonuses", bonuses(), Bonus::code, "code");
    checks.unique("/vetoes", vetoes(), Veto::code, "code");
    checks.check(bonuses().size() <= StarCategory.MAX_INDICATORS, "/bonuses",
        "rating.star.scheme.tooManyBonuses", bonuses().size(), StarCategory.MAX_INDICATORS);

    // facts and indicators share one namespace; an indicator may read a fact of its type
    Map<String, ValueType> factTypes = new HashMap<>();
    for (Fact fact : facts()) {
      factTypes.putIfAbsent(fact.code(), fact.type());
    }
    Map<String, String> owner = new HashMap<>();
    Map<String, ValueType> triggers = new HashMap<>(factTypes);
    for (int c = 0; c < categories().size(); c++) {
      List<Indicator> indicators = categories().get(c).indicators();
      for (int i = 0; i < indicators.size(); i++) {
        Indicator indicator = indicators.get(i);
        String path = "/categories/" + c + "/indicators/" + i;
        String other = owner.putIfAbsent(indicator.code(), categories().get(c).code());
        checks.check(!factTypes.containsKey(indicator.code()), path + "/code",
            "rating.star.scheme.indicatorIsFact", indicator.code());
        checks.check(other == null || other.equals(categories().get(c).code()), path + "/code",
            "rating.star.scheme.indicatorTwice", indicator.code(), other);
        if (indicator.fact().isPresent()) {
          String fact = indicator.fact().get();
          ValueType type = factTypes.get(fact);
          if (checks.check(type != null, path + "/fact", "rating.star.indicator.fact.unknown",
              indicator.code(), fact)) {
            checks.check(type == indicator.type(), path + "/type",
                "rating.star.indicator.fact.type", indicator.code(), indicator.type(), fact,
                type);
          }
        } else {
          triggers.putIfAbsent(indicator.code(), indicator.type());
        }
      }
    }
    for (int b = 0; b < bonuses().size(); b++) {
      Bonus bonus = bonuses().get(b);
      ValueType type = triggers.get(bonus.trigger());
      if (checks.check(type != null, "/bonuses/" + b + "/trigger",
          "rating.star.trigger.unknown", bonus.code(), bonus.trigger())) {
        checks.check(type == ValueType.BOOLEAN, "/bonuses/" + b + "/trigger",
            "rating.star.bonus.trigger.boolean", bonus.code(), bonus.trigger(), type);
      }
      checkCategories(checks, "/bonuses/" + b + "/categories", bonus.code(),
          bonus.categories());
    }
    for (int v = 0; v < vetoes().size(); v++) {
      Veto veto = vetoes().get(v);
      ValueType type = triggers.get(veto.trigger());
      if (checks.check(type != null, "/vetoes/" + v + "/trigger",
          "rating.star.trigger.unknown", veto.code(), veto.trigger())) {
        checks.check(type != ValueType.BOOLEAN || veto.atLeast().isEmpty(),
            "/vetoes/" + v + "/atLeast", "rating.star.veto.atLeast.boolean", veto.code(),
            veto.trigger());
      }
      checkCategories(checks, "/vetoes/" + v + "/categories", veto.code(), veto.categories());
    }
    checks.throwIfAny();
  }

  private void checkCategories(ValueChecks checks, String path, String owner,
      List<String> codes) {
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      checks.check(categories().stream().anyMatch(c -> c.code().equals(code)), path + "/" + i,
          "rating.star.category.unknown", owner, code);
    }
  }
}

package io.github.xiangzhi.rating.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.testkit.core.Problems;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The points ledger's records refuse what would break its books, each refusal naming the field
 * at fault, and accept the smallest values that are allowed.
 */
class PointsValuesTest {
  static final Instant AT = Instant.parse("2024-03-01T02:00:00Z");
  static final AccountId WANG = AccountId.household(HouseholdId.of("h-wang"));
  static final AccountId LI = AccountId.household(HouseholdId.of("h-li"));
  static final AccountId POOL = AccountId.pool(UnitId.of("v-qixing"));
  static final AccountId SHOP = AccountId.supermarket(UnitId.of("v-qixing"));

  /** The paths of the violations {@code build} is refused with, in order. */
  static List<String> refusedAt(Runnable build) {
    return Problems.refusedPaths(build);
  }

  static Posting posting(PostingType type, AccountId debit, AccountId credit) {
    return posting(type, debit, credit, 1, 1);
  }

  static Posting posting(PostingType type, AccountId debit, AccountId credit, long amount,
      long sequence) {
    return Posting.builder().id(PostingId.of("p-1")).sequence(sequence).recordedAt(AT)
        .effectiveAt(AT).type(type).debit(debit).credit(credit).amount(amount).build();
  }

  @Test
  void R_PTS_2_aPostingMovesAPositiveAmountBetweenTwoAccountsAndNamesEachFault() {
    Posting p = posting(PostingType.EARNING, POOL, WANG, 1, 1);
    assertThat(p.change(WANG)).isEqualTo(1);
    assertThat(p.change(POOL)).isEqualTo(-1);
    assertThat(p.change(LI)).isZero();
    assertThat(refusedAt(() -> posting(PostingType.EARNING, POOL, WANG, 0, 1)))
        .containsExactly("/amount");
    assertThat(refusedAt(() -> posting(PostingType.EARNING, POOL, WANG, -5, 1)))
        .containsExactly("/amount");
    assertThat(refusedAt(() -> posting(PostingType.EARNING, POOL, WANG, 1, 0)))
        .containsExactly("/sequence");
    assertThat(refusedAt(() -> posting(PostingType.CAPTURE, WANG, WANG, 1, 1)))
        .containsExactly("/credit");
    // every fault at once, each named
    assertThat(refusedAt(() -> posting(PostingType.EARNING, WANG, WANG, 0, 0)))
        .containsExactly("/amount", "/sequence", "/credit", "/type");
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> posting(PostingType.EARNING, SHOP, WANG));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.messageKey()).isEqualTo("rating.points.posting.kinds");
      assertThat(v.messageArguments()).containsExactly(PostingType.EARNING, SHOP, WANG);
    });
  }

  @Test
  void R_PTS_2_eachTypeOfPostingMovesPointsOnlyBetweenItsKindsOfAccount() {
    // earnings: from a pool to a household
    assertFits(PostingType.EARNING, POOL, WANG);
    assertRefusedKinds(PostingType.EARNING, LI, WANG);
    assertRefusedKinds(PostingType.EARNING, POOL, SHOP);
    // deductions: from a household to the reversal account
    assertFits(PostingType.DEDUCTION, WANG, AccountId.REVERSAL);
    assertRefusedKinds(PostingType.DEDUCTION, POOL, AccountId.REVERSAL);
    assertRefusedKinds(PostingType.DEDUCTION, WANG, AccountId.EXPIRY);
    // redemptions: from a household to a supermarket
    assertFits(PostingType.REDEMPTION, WANG, SHOP);
    assertRefusedKinds(PostingType.REDEMPTION, POOL, SHOP);
    assertRefusedKinds(PostingType.REDEMPTION, WANG, AccountId.REVERSAL);
    // expiry: from a household to the expiry account
    assertFits(PostingType.EXPIRY, WANG, AccountId.EXPIRY);
    assertRefusedKinds(PostingType.EXPIRY, SHOP, AccountId.EXPIRY);
    assertRefusedKinds(PostingType.EXPIRY, WANG, AccountId.REVERSAL);
    // captures: from a household to another household or the reversal account
    assertFits(PostingType.CAPTURE, WANG, LI);
    assertFits(PostingType.CAPTURE, WANG, AccountId.REVERSAL);
    assertRefusedKinds(PostingType.CAPTURE, POOL, AccountId.REVERSAL);
    assertRefusedKinds(PostingType.CAPTURE, POOL, WANG);
    assertRefusedKinds(PostingType.CAPTURE, WANG, AccountId.EXPIRY);
    assertRefusedKinds(PostingType.CAPTURE, WANG, SHOP);
    // reversals: to or from a household, never to a pool
    assertFits(PostingType.REVERSAL, WANG, AccountId.REVERSAL);
    assertFits(PostingType.REVERSAL, WANG, SHOP);
    assertFits(PostingType.REVERSAL, SHOP, WANG);
    assertFits(PostingType.REVERSAL, AccountId.EXPIRY, WANG);
    assertRefusedKinds(PostingType.REVERSAL, WANG, POOL);
    assertRefusedKinds(PostingType.REVERSAL, SHOP, AccountId.EXPIRY);
    assertRefusedKinds(PostingType.REVERSAL, AccountId.REVERSAL, SHOP);
  }

  static void assertFits(PostingType type, AccountId debit, AccountId credit) {
    assertThatCode(() -> posting(type, debit, credit)).as("%s %s→%s", type, debit, credit)
        .doesNotThrowAnyException();
  }

  static void assertRefusedKinds(PostingType type, AccountId debit, AccountId credit) {
    assertThat(refusedAt(() -> posting(type, debit, credit)))
        .as("%s %s→%s", type, debit, credit).containsExactly("/type");
  }

  @Test
  void R_PTS_2_aHoldFreezesAPositiveAmountOfAHousehold() {
    Hold ok = Hold.builder().id(PostingId.of("h-1")).sequence(1).recordedAt(AT).account(WANG)
        .amount(1).reason(HoldReason.LOST_PASSBOOK).build();
    assertThat(ok.amount()).isEqualTo(1);
    assertThat(refusedAt(() -> Hold.builder().from(ok).amount(0).build()))
        .containsExactly("/amount");
    assertThat(refusedAt(() -> Hold.builder().from(ok).sequence(0).build()))
        .containsExactly("/sequence");
    assertThat(refusedAt(() -> Hold.builder().from(ok).account(POOL).build()))
        .containsExactly("/account");
    assertThat(refusedAt(() -> Hold.builder().from(ok).amount(-1).sequence(-1)
        .account(AccountId.REVERSAL).build()))
        .containsExactly("/amount", "/sequence", "/account");
  }

  @Test
  void R_PTS_2_releasesRestocksAndAccountRecordsNameTheirFaults() {
    HoldRelease release = HoldRelease.builder().id(PostingId.of("r-1")).sequence(1)
        .recordedAt(AT).hold(PostingId.of("h-1")).build();
    assertThat(release.sequence()).isEqualTo(1);
    assertThat(refusedAt(() -> HoldRelease.builder().from(release).sequence(0).build()))
        .containsExactly("/sequence");

    Restock restock = Restock.builder().id(PostingId.of("s-1")).sequence(1).recordedAt(AT)
        .supermarket(SHOP).item("SOAP").quantity(1).build();
    assertThat(restock.quantity()).isEqualTo(1);
    assertThat(refusedAt(() -> Restock.builder().from(restock).quantity(0).build()))
        .containsExactly("/quantity");
    assertThat(refusedAt(() -> Restock.builder().from(restock).sequence(0).build()))
        .containsExactly("/sequence");
    assertThat(refusedAt(() -> Restock.builder().from(restock).supermarket(POOL).build()))
        .containsExactly("/supermarket");
    assertThat(refusedAt(() -> Restock.builder().from(restock).quantity(-2).sequence(-1)
        .supermarket(WANG).build())).containsExactly("/quantity", "/sequence", "/supermarket");

    AccountRecord opened = AccountRecord.builder().sequence(1).recordedAt(AT).account(WANG)
        .action(AccountRecord.Action.OPENED).build();
    assertThat(AccountRecord.builder().from(opened).account(POOL).build().account())
        .isEqualTo(POOL);
    assertThat(AccountRecord.builder().from(opened).account(SHOP).build().account())
        .isEqualTo(SHOP);
    assertThat(refusedAt(() -> AccountRecord.builder().from(opened).sequence(0).build()))
        .containsExactly("/sequence");
    assertThat(refusedAt(() -> AccountRecord.builder().from(opened)
        .account(AccountId.EXPIRY).build())).containsExactly("/account");
    assertThat(refusedAt(() -> AccountRecord.builder().from(opened).sequence(0)
        .account(AccountId.REVERSAL).build())).containsExactly("/sequence", "/account");
  }

  @Test
  void R_PTS_1_aSupermarketItemHasACodeANameAPositivePriceAndAStockNotBelowZero() {
    CatalogueItem soap = CatalogueItem.of("SOAP", "肥皂", 1, 0);
    assertThat(soap.price()).isEqualTo(1);
    assertThat(soap.stock()).isZero();
    assertThat(refusedAt(() -> CatalogueItem.of("bad code", "肥皂", 1, 0)))
        .containsExactly("/code");
    assertThat(refusedAt(() -> CatalogueItem.of("SOAP", " ", 1, 0))).containsExactly("/name");
    assertThat(refusedAt(() -> CatalogueItem.of("SOAP", "肥皂", 0, 0))).containsExactly("/price");
    assertThat(refusedAt(() -> CatalogueItem.of("SOAP", "肥皂", 1, -1)))
        .containsExactly("/stock");
    assertThat(refusedAt(() -> CatalogueItem.of("soap", "", 0, -1)))
        .containsExactly("/code", "/name", "/price", "/stock");
  }

  @Test
  void R_PTS_1_pointsLastTheEarningPeriodAndUpToAHundredMore() {
    Instant earned = Instant.parse("2024-03-05T04:00:00Z");
    assertThat(ExpiryPolicy.of(PeriodKind.MONTH, 0).expiresAt(earned, GovernanceCalendar.CHINA))
        .isEqualTo(Instant.parse("2024-03-31T16:00:00Z"));
    assertThat(ExpiryPolicy.of(PeriodKind.MONTH, 2).expiresAt(earned, GovernanceCalendar.CHINA))
        .isEqualTo(Instant.parse("2024-05-31T16:00:00Z"));
    assertThat(ExpiryPolicy.of(PeriodKind.YEAR, 100).periodsKept()).isEqualTo(100);
    ExpiryPolicy byDefault = ImmutableExpiryPolicy.builder().build();
    assertThat(byDefault.expiresAt(earned, GovernanceCalendar.CHINA))
        .isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
    assertThat(refusedAt(() -> ExpiryPolicy.of(PeriodKind.YEAR, -1)))
        .containsExactly("/periodsKept");
    assertThat(refusedAt(() -> ExpiryPolicy.of(PeriodKind.YEAR, 101)))
        .containsExactly("/periodsKept");
  }

  @Test
  void R_PTS_2_aPassbookStatementWhoseLinesDoNotAddUpIsRefusedAtTheFirstWrongBalance() {
    HouseholdId wang = HouseholdId.of("h-wang");
    Posting in = posting(PostingType.EARNING, POOL, WANG, 30, 1);
    Posting out = Posting.builder().from(posting(PostingType.REDEMPTION, WANG, SHOP, 10, 2))
        .id(PostingId.of("p-2")).build();
    PassbookStatement s = PassbookStatement.builder().household(wang)
        .period(GovernancePeriod.ofMonth(YearMonth.of(2024, 3))).zone(GovernanceCalendar.CHINA)
        .opening(5).lines(List.of(PassbookLine.of(in, 30, 35), PassbookLine.of(out, -10, 25)))
        .closing(25).build();
    assertThat(s.credited()).isEqualTo(30);
    assertThat(s.debited()).isEqualTo(10);
    assertThat(refusedAt(() -> PassbookStatement.builder().from(s).closing(26).build()))
        .containsExactly("/closing");
    assertThat(refusedAt(() -> PassbookStatement.builder().from(s)
        .lines(List.of(PassbookLine.of(in, 30, 35), PassbookLine.of(out, -10, 24))).build()))
        .as("the balances follow the changes, not the line before").containsExactly(
            "/lines/1/balance");
    assertThat(refusedAt(() -> PassbookStatement.builder().from(s).opening(6).build()))
        .containsExactly("/lines/0/balance", "/lines/1/balance", "/closing");
  }

  @Test
  void R_PTS_2_accountIdsReadBackWhatTheyWriteAndRefuseAnythingElse() {
    AccountId town = AccountId.supermarket(UnitId.of("t-xinan"));
    for (AccountId id : List.of(WANG, POOL, SHOP, town, AccountId.EXPIRY, AccountId.REVERSAL)) {
      AccountId read = AccountId.parse(id.toString());
      assertThat(read).isEqualTo(id).hasSameHashCodeAs(id);
      assertThat(read.kind()).isEqualTo(id.kind());
      assertThat(read.owner()).isEqualTo(id.owner());
      assertThat(read.compareTo(id)).isZero();
    }
    assertThat(AccountId.parse("expiry")).isSameAs(AccountId.EXPIRY);
    assertThat(AccountId.parse("reversal")).isSameAs(AccountId.REVERSAL);
    assertThat(AccountId.parse("household:h-wang").household()).contains(HouseholdId.of("h-wang"));
    assertThat(AccountId.parse("household:h-wang").unit()).isEmpty();
    assertThat(AccountId.parse("pool:v-qixing").unit()).contains(UnitId.of("v-qixing"));
    assertThat(AccountId.parse("pool:v-qixing").kind()).isEqualTo(AccountKind.POOL);
    assertThat(AccountId.parse("supermarket:v-qixing").unit()).contains(UnitId.of("v-qixing"));
    assertThat(AccountId.parse("supermarket:v-qixing").household()).isEmpty();
    assertThat(AccountId.parse("household:h-wang").owner()).isEqualTo("h-wang");
    assertThat(AccountId.parse("pool:v-qixing").owner()).isEqualTo("v-qixing");
    assertThat(AccountId.EXPIRY.owner()).isEmpty();
    assertThat(AccountId.EXPIRY.unit()).isEmpty();
    // the same owner in two kinds of account are two accounts
    assertThat(POOL).isNotEqualTo(SHOP);
    assertThat(POOL.compareTo(SHOP)).isNegative();
    assertThat(SHOP.compareTo(POOL)).isPositive();
    assertThat(WANG).isNotEqualTo(LI).isNotEqualTo("household:h-wang");

    for (String bad : List.of("wallet:h-1", "household", "household:", "pool:", ":h-1",
        "expiry:x", "reversal:", "household:bad id", "HOUSEHOLD:h-1", "")) {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
          () -> AccountId.parse(bad));
      assertThat(e).as("'%s' refused", bad).isNotNull();
      assertThat(e.messageKey()).as(bad).isEqualTo("rating.points.account.syntax");
      assertThat(e.messageArguments()).as(bad).containsExactly(bad);
    }
    InvalidValueException missing = catchThrowableOfType(InvalidValueException.class,
        () -> AccountId.parse(null));
    assertThat(missing.messageKey()).isEqualTo("core.id.missing");
  }
}

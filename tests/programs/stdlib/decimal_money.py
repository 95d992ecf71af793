# Money arithmetic the way real programs do it: prices as Decimal strings, quantize
# to cents, tax and discount rates, totals, splitting a bill, formatting a receipt.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, getcontext

CENT = Decimal("0.01")
TAX_RATE = Decimal("0.0825")

items = [
    ("Widget", Decimal("19.99"), 3),
    ("Gadget", Decimal("5.25"), 10),
    ("Doohickey", Decimal("0.10"), 7),
    ("Thingamajig", Decimal("1234.5"), 1),
    ("Sprocket", Decimal("0.333"), 12),
]

subtotal = Decimal(0)
for name, price, quantity in items:
    line = (price * quantity).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f"{name:<12} {quantity:>3} x {price:>8} = {line:>10,.2f}")

discount = (subtotal * Decimal("0.15")).quantize(CENT, ROUND_DOWN)
taxable = subtotal - discount
tax = (taxable * TAX_RATE).quantize(CENT, rounding=ROUND_HALF_UP)
total = taxable + tax
print(f"{'Subtotal':<30} {subtotal:>10,.2f}")
print(f"{'Discount (15%)':<30} {-discount:>10,.2f}")
print(f"{'Tax':<30} {tax:>10,.2f}")
print(f"{'Total':<30} {total:>10,.2f}")
print(repr(subtotal), repr(discount), repr(tax), repr(total))

# Splitting the bill: the remainder cents go to the first payers.
people = 7
share = (total / people).quantize(CENT, rounding=ROUND_DOWN)
leftover = total - share * people
cents_left = int(leftover / CENT)
shares = [share + CENT if i < cents_left else share for i in range(people)]
print(shares, sum(shares) == total, sum(shares))

# Compound interest, month by month, banker's rounding.
balance = Decimal("10000.00")
monthly = Decimal("0.045") / 12
print("monthly rate", monthly)
for month in range(1, 13):
    interest = (balance * monthly).quantize(CENT, rounding=ROUND_HALF_EVEN)
    balance += interest
    if month % 3 == 0:
        print(month, interest, balance)

# Loan payment formula with powers.
principal = Decimal("250000")
rate = Decimal("0.065") / 12
n = 360
factor = (1 + rate) ** n
payment = principal * rate * factor / (factor - 1)
print("factor", factor)
print("payment", payment.quantize(CENT, rounding=ROUND_HALF_UP))

# Summing floats vs Decimals.
print(sum([Decimal("0.1")] * 10), sum([0.1] * 10))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))

# Percentages and ratios.
for part, whole in [(Decimal("37"), Decimal("120")), (Decimal("2.5"), Decimal("8")), (Decimal(1), Decimal(3))]:
    ratio = part / whole
    print(f"{ratio:.2%} {ratio:.4f} {ratio:.3e} {ratio}")

# Converting cents and back; int(), round(), comparisons against ints.
amount = Decimal("1234.565")
print(int(amount * 100), round(amount, 2), round(amount), amount > 1000, amount == Decimal("1234.5650"))
print(sorted([Decimal("2.50"), Decimal("-1"), Decimal("2.5"), Decimal("0.003"), Decimal(10)]))
print(max(Decimal("1.10"), Decimal("1.1")), min(Decimal("3"), 2), abs(Decimal("-7.25")))
print(getcontext().prec, Decimal(1) / Decimal(7))

# A ledger in a dict, totals per category.
ledger = {}
for category, amount in [("food", "12.40"), ("rent", "950"), ("food", "7.95"), ("fun", "30.00"), ("food", "0.05")]:
    ledger[category] = ledger.get(category, Decimal("0.00")) + Decimal(amount)
for category in sorted(ledger):
    print(f"{category:>6}: {ledger[category]:>8}")
print("all:", sum(ledger.values(), Decimal(0)))

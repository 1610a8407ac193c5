# Entries of methods, class methods, properties, __init__, dunders and
# lambdas are named after the function (co_name), not its qualname.
import sys
import traceback


class RelativeStdout:
    """Tracebacks name this script by its absolute path: print it relative."""

    def __init__(self, stream):
        self.stream = stream
        self.here = __file__.rpartition("/")[0] + "/"

    def write(self, text):
        return self.stream.write(text.replace(self.here, ""))

    def flush(self):
        self.stream.flush()


sys.stdout = RelativeStdout(sys.stdout)


class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative")
        self.balance = balance

    def withdraw(self, amount):
        self.check(amount)
        self.balance -= amount

    def check(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds")

    @classmethod
    def parse(cls, text):
        return cls(int(text))

    @staticmethod
    def fail():
        raise NotImplementedError("static")

    @property
    def doubled(self):
        raise AttributeError("no doubling")

    def __len__(self):
        raise TypeError("no len")

    class Inner:
        def deep(self):
            raise KeyError("inner")


def report(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__.tb_next
        while tb:
            code = tb.tb_frame.f_code
            print(code.co_name, code.co_qualname, tb.tb_lineno)
            tb = tb.tb_next
        print(traceback.format_exception_only(e)[0], end="")


acct = Account(10)
report(lambda: acct.withdraw(20))
report(lambda: Account(-1))
report(lambda: Account.parse("x1"))
report(Account.fail)
report(lambda: acct.doubled)
report(lambda: len(acct))
report(lambda: Account.Inner().deep())

try:
    acct.withdraw(100)
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

# A small program with several cooperating classes: a bank ledger.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(account.owner, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return f'{self.account.owner} cannot withdraw {self.amount}'

class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('dep', amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('wd', amount))
        return self

    def __repr__(self):
        return f'Account({self.id}, {self.owner!r}, {self.balance})'

class Savings(Account):
    rate = 0.05

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        return self.deposit(interest)

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
a = bank.open(Account, 'ann', 100)
s = bank.open(Savings, 'sam', 200)
bank.transfer(a.id, s.id, 30)
s.add_interest()
print(a, s, bank.total())
try:
    bank.transfer(a.id, s.id, 1000)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.args, e.amount)
try:
    a.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(a.history, s.history)
print(sorted(bank.accounts), [type(x).__name__ for x in bank.accounts.values()])
print(a.deposit(5).withdraw(3).balance)

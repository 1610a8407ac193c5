# A small order-processing program in the style real code uses these
# modules together: dataclasses, enum, typing, contextlib, abc, types.
from __future__ import annotations

import contextlib
import io
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto, IntEnum
from types import SimpleNamespace
from typing import Dict, List, Optional, Protocol, NamedTuple, Iterator


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()

    @property
    def is_final(self) -> bool:
        return self in (Status.SHIPPED, Status.CANCELLED)


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Money(NamedTuple):
    cents: int
    currency: str = 'EUR'

    def __str__(self):
        return f'{self.cents / 100:.2f} {self.currency}'


@dataclass(frozen=True, order=True)
class Item:
    sku: str
    price: Money
    qty: int = 1

    @property
    def total(self) -> Money:
        return Money(self.price.cents * self.qty, self.price.currency)


@dataclass
class Order:
    ident: int
    items: List[Item] = field(default_factory=list)
    status: Status = Status.NEW
    priority: Priority = Priority.NORMAL
    note: Optional[str] = None

    def total(self) -> Money:
        return Money(sum(i.total.cents for i in self.items))


class Notifier(Protocol):
    def send(self, message: str) -> None:
        ...


class Store(ABC):
    @abstractmethod
    def save(self, order: Order) -> None:
        ...

    @abstractmethod
    def all(self) -> Iterator[Order]:
        ...


class MemoryStore(Store):
    def __init__(self) -> None:
        self._orders: Dict[int, Order] = {}

    def save(self, order: Order) -> None:
        self._orders[order.ident] = order

    def all(self) -> Iterator[Order]:
        return iter(sorted(self._orders.values(), key=lambda o: o.ident))


class PrintNotifier:
    def send(self, message: str) -> None:
        print('notify:', message)


class InvalidTransition(Exception):
    pass


TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
}


def advance(order: Order, new: Status, notifier: Notifier) -> Order:
    if new not in TRANSITIONS.get(order.status, set()):
        raise InvalidTransition(f'{order.status.name} -> {new.name}')
    notifier.send(f'order {order.ident}: {order.status.name} -> {new.name}')
    return replace(order, status=new)


@contextlib.contextmanager
def transaction(store: Store, log: list):
    log.append('begin')
    try:
        yield store
    except InvalidTransition as e:
        log.append(f'rollback ({e})')
    else:
        log.append('commit')


store = MemoryStore()
notifier = PrintNotifier()
log: list = []
o1 = Order(1, [Item('apple', Money(120), 3), Item('pear', Money(99))])
o2 = Order(2, [Item('melon', Money(450))], priority=Priority.HIGH, note='fragile')
with transaction(store, log) as s:
    s.save(o1)
    s.save(o2)
with transaction(store, log) as s:
    s.save(advance(o1, Status.PAID, notifier))
with transaction(store, log) as s:
    s.save(advance(o2, Status.SHIPPED, notifier))
print(log)
for order in store.all():
    print(order.ident, order.status, order.status.is_final, order.priority.name,
          str(order.total()), order.note)
print(asdict(next(store.all())))
print(sorted(i for o in store.all() for i in o.items)[0])
urgent = [o.ident for o in store.all() if o.priority >= Priority.HIGH]
print(urgent)
summary = SimpleNamespace(count=len(list(store.all())),
                          statuses=sorted(o.status.name for o in store.all()))
print(summary)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    advance(Order(3), Status.CANCELLED, notifier)
print(repr(buf.getvalue()))
print(Order.__annotations__['items'], Item.__match_args__)

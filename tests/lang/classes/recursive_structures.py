# Recursive data structures and mutually recursive methods across classes.
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def add(self, *nodes):
        self.children.extend(nodes)
        return self
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def walk(self, level=0):
        yield level, self.value
        for c in self.children:
            yield from c.walk(level + 1)
    def __repr__(self):
        if not self.children:
            return f'Node({self.value})'
        return f'Node({self.value}, {self.children!r})'

tree = Node(1).add(Node(2).add(Node(4), Node(5)), Node(3).add(Node(6).add(Node(7))))
print(tree.total(), tree.depth())
print(tree)
print(list(tree.walk()))

class LinkedList:
    class _Cell:
        __slots__ = ('value', 'next')

        def __init__(self, value, next=None):
            self.value, self.next = value, next
    def __init__(self, items=()):
        self.head = None
        for item in reversed(list(items)):
            self.head = self._Cell(item, self.head)
    def __iter__(self):
        cell = self.head
        while cell is not None:
            yield cell.value
            cell = cell.next
    def __len__(self):
        return sum(1 for _ in self)
    def reverse(self):
        prev, cell = None, self.head
        while cell:
            cell.next, prev, cell = prev, cell, cell.next
        self.head = prev
        return self

ll = LinkedList('abcd')
print(list(ll), len(ll), list(ll.reverse()), type(ll.head).__qualname__)

class Even:
    def check(self, n):
        return True if n == 0 else Odd().check(n - 1)

class Odd:
    def check(self, n):
        return False if n == 0 else Even().check(n - 1)

print(Even().check(10), Even().check(7), Odd().check(7))

class Deep:
    def down(self, n):
        return n if n == 0 else self.down(n - 1)

try:
    Deep().down(100000)
except RecursionError as e:
    print(type(e).__name__, e)
print(Deep().down(500))

"""Future annotations are kept as strings."""
from __future__ import annotations

v: list[int] = [1]


class Node:
    next: Node | None
    value: int = 0

    def link(self, other: Node) -> Node:
        return other


def f(a: Undefined, *, b: dict[str, Node]) -> tuple[int, ...]:
    return a


print(__annotations__)
print(Node.__annotations__)
print(Node.link.__annotations__)
print(f.__annotations__, f(3, b={}))

import operator as op

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct

p = P("outer", P("inner", P("deepest")))
print(op.attrgetter("name")(p))
print(op.attrgetter("child.name")(p), op.attrgetter("child.child.name")(p))
print(op.attrgetter("name", "child.name")(p))
print(repr(op.attrgetter("a")), repr(op.attrgetter("a.b", "c")))
people = [P("bob"), P("al"), P("cy")]
print([x.name for x in sorted(people, key=op.attrgetter("name"))])
try:
    op.attrgetter("missing")(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    op.attrgetter(1)
except TypeError as e:
    print("TypeError", e)

m = op.methodcaller("greet", "hi")
print(m(p), repr(m))
m2 = op.methodcaller("greet", "yo", punct="?")
print(m2(p), repr(m2))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"))
print(repr(op.methodcaller("split", ",", maxsplit=1)))
try:
    op.methodcaller(5)
except TypeError as e:
    print("TypeError", e)
try:
    op.methodcaller("nope")(p)
except AttributeError as e:
    print("AttributeError", e)

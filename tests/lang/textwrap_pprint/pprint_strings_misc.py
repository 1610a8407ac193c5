import collections
import io
import pprint

print(pprint.pformat("line one\nline two which is rather long " * 3, width=30))
print(pprint.pformat(["a string that is long enough to need wrapping, definitely yes it is"], width=30))
print(pprint.pformat({"k": b"bytes " * 10}, width=30))
print(pprint.pformat(bytearray(b"xyz" * 12), width=30))
od = collections.OrderedDict((str(i), i) for i in range(12))
print(pprint.pformat(od, width=40))
dd = collections.defaultdict(list, {i: [i] * 3 for i in range(8)})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(collections.deque(range(30)), width=40))
print(pprint.pformat(collections.deque(range(30), maxlen=40), width=40))


class MyList(list):
    pass


class MyRepr(list):
    def __repr__(self):
        return "MyRepr!"


print(pprint.pformat(MyList(range(40)), width=40))
print(pprint.pformat(MyRepr(range(40)), width=10))
lst = [1, 2]
lst.append(lst)
print(pprint.saferepr(lst).split(" with")[0], pprint.isrecursive(lst), pprint.isreadable(lst))
print(pprint.isreadable([1, {2: "x"}]), pprint.isreadable(object()), pprint.saferepr({"b": 1, "a": 2}))
print(pprint.pformat(list(range(100)), underscore_numbers=True, compact=True))
print(pprint.pformat(12345678, underscore_numbers=True))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
buf = io.StringIO()
pp = pprint.PrettyPrinter(width=20, stream=buf)
pp.pprint({"alpha": [1, 2, 3], "beta": {"x": 1}})
pprint.pprint(list("abcdefghijklmnopqrstuvwxyz"), stream=buf, width=30, compact=True)
print(buf.getvalue(), end="")

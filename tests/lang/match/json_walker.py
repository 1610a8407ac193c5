# Walking a JSON-like tree (dicts, lists, str, numbers, bools, None).


def render(value, indent=0):
    pad = "  " * indent
    match value:
        case None:
            return "null"
        case bool(b):
            return "true" if b else "false"
        case int(n) | float(n):
            return repr(n)
        case str(s):
            return '"' + s.replace('"', '\\"') + '"'
        case []:
            return "[]"
        case [*items]:
            inner = ",\n".join(pad + "  " + render(i, indent + 1) for i in items)
            return "[\n" + inner + "\n" + pad + "]"
        case {}:
            return "{}"
        case {**fields}:
            inner = ",\n".join(
                f'{pad}  "{k}": {render(v, indent + 1)}' for k, v in fields.items()
            )
            return "{\n" + inner + "\n" + pad + "}"
        case _:
            raise TypeError(f"not JSON: {value!r}")


def count(value, tally):
    match value:
        case dict(d):
            tally["objects"] = tally.get("objects", 0) + 1
            for v in d.values():
                count(v, tally)
        case list(l) | tuple(l):
            tally["arrays"] = tally.get("arrays", 0) + 1
            for v in l:
                count(v, tally)
        case bool():
            tally["bools"] = tally.get("bools", 0) + 1
        case int() | float():
            tally["numbers"] = tally.get("numbers", 0) + 1
        case str():
            tally["strings"] = tally.get("strings", 0) + 1
        case None:
            tally["nulls"] = tally.get("nulls", 0) + 1
    return tally


def find(value, path):
    match path, value:
        case [], _:
            return value
        case [str(key), *rest], {**obj} if key in obj:
            return find(obj[key], rest)
        case [int(i), *rest], [*arr] if -len(arr) <= i < len(arr):
            return find(arr[i], rest)
        case [step, *_], _:
            raise LookupError(f"no {step!r} in {type(value).__name__}")


doc = {
    "name": "weft",
    "tags": ["vm", "rust", "python"],
    "stable": False,
    "stars": 1234,
    "ratio": 0.5,
    "owner": {"login": "someone", "id": 7, "site": None},
    "releases": [{"v": "0.1", "notes": []}, {"v": "0.2", "notes": ["fast"]}],
}
print(render(doc))
print(count(doc, {}))
for path in [["owner", "login"], ["releases", 1, "notes", 0], ["tags", -1],
             ["releases", 5], ["owner", "email"], ["stars", "x"]]:
    try:
        print(path, "->", find(doc, path))
    except LookupError as e:
        print(path, "->", e)
try:
    render({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

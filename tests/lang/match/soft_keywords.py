# `match`, `case` and `_` are soft keywords: still usable as names.

match = [1, 2]
case = "case value"
print(match, case)
print(match[0])


def match(x):
    return f"function match({x})"


print(match(3))

match (4):
    case 4:
        print("match statement with a parenthesized subject")

case = lambda v: v * 2
print(case(21))


class case:
    match = "attr"


print(case.match)

match = {"match": "case"}
match match:
    case {"match": case}:
        print("captured into 'case':", case)

_ = "underscore is a normal name outside patterns"
print(_)

# A subject that looks like a call or an index.
def f():
    return 7


match f():
    case 7:
        print("called subject")
items = [5, 6]
match items[1]:
    case 6:
        print("indexed subject")

# `match` at the start of an expression statement.
match_count = 0
match_count += 1
print(match_count)

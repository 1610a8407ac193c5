# match inside loops, generators, try blocks and nested functions; break,
# continue and return from case bodies.


def first_negative(items):
    for i, v in enumerate(items):
        match v:
            case int(n) if n < 0:
                return i, n
            case str():
                continue
            case None:
                break
    return None


print(first_negative([1, "a", -5, -6]))
print(first_negative([1, None, -5]))
print(first_negative(["x", 2]))


def tokens(text):
    for word in text.split():
        match word:
            case "(" | ")":
                yield ("paren", word)
            case w if w.isdigit():
                yield ("num", int(w))
            case w:
                yield ("word", w)


print(list(tokens("( add 1 22 )")))

# A while loop driven by match.
stack = [("push", 1), ("push", 2), ("add",), ("push", 10), ("mul",), ("halt",), ("push", 99)]
values = []
pc = 0
while True:
    match stack[pc]:
        case ("push", v):
            values.append(v)
        case ("add",):
            values.append(values.pop() + values.pop())
        case ("mul",):
            values.append(values.pop() * values.pop())
        case ("halt",):
            break
    pc += 1
print("machine result", values)

# match inside try/except/finally, with exceptions escaping a case body.
def safe(v):
    try:
        match v:
            case [x, y]:
                return x / y
            case _:
                raise ValueError("bad shape")
    except ZeroDivisionError:
        return "div by zero"
    except ValueError as e:
        return f"value error: {e}"
    finally:
        print("  finally for", v)


print(safe([1, 2]), safe([1, 0]), safe("x"))

# Nested match statements.
def both(a, b):
    match a:
        case int():
            match b:
                case int():
                    return "int,int"
                case _:
                    return "int,other"
        case _:
            match b:
                case int():
                    return "other,int"
    return "other,other"


print(both(1, 2), both(1, "x"), both("x", 2), both("x", "y"))

# match in a comprehension's function and a lambda-built dispatch table.
def kind(v):
    match v:
        case int():
            return "i"
        case str():
            return "s"
    return "?"


print("".join(kind(v) for v in [1, "a", 2.0, 3, "b"]))

# continue and break in nested loops inside cases.
for row in [[1, 2, 3], [4, "x", 6], [7, 8, None]]:
    out = []
    for cell in row:
        match cell:
            case None:
                break
            case str():
                continue
            case n:
                out.append(n * 10)
    print(out)

# Many cases compile and run (no stack growth per case).
def many(v):
    match v:
        case 0: return "c0"
        case 1: return "c1"
        case 2: return "c2"
        case 3: return "c3"
        case 4: return "c4"
        case 5: return "c5"
        case 6: return "c6"
        case 7: return "c7"
        case 8: return "c8"
        case 9: return "c9"
        case (a, b, c, d, e, f, g, h):
            return a + b + c + d + e + f + g + h
        case _: return "many"


print([many(i) for i in range(12)], many(tuple(range(8))))
total = 0
for i in range(100000):
    match i % 4:
        case 0:
            total += 1
        case 1 | 2:
            total += 2
        case _:
            total += 3
print("loop total", total)

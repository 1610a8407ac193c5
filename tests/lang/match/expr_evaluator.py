# An expression evaluator over tuples: ("num", 3), ("add", a, b), ...
# with variables, let-bindings, functions and error reporting.


class EvalError(Exception):
    pass


def evaluate(expr, env):
    match expr:
        case ("num", int() | float() as n):
            return n
        case ("var", str(name)):
            if name not in env:
                raise EvalError(f"unbound variable {name}")
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("add" | "sub" | "mul" | "div" as op, left, right):
            a = evaluate(left, env)
            b = evaluate(right, env)
            match op:
                case "add":
                    return a + b
                case "sub":
                    return a - b
                case "mul":
                    return a * b
                case "div" if b == 0:
                    raise EvalError("division by zero")
                case "div":
                    return a / b
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, otherwise):
            return evaluate(then if evaluate(cond, env) else otherwise, env)
        case ("lambda", [*params], body):
            return ("closure", params, body, env)
        case ("call", fn, *args):
            match evaluate(fn, env):
                case ("closure", params, body, closure_env) if len(params) == len(args):
                    values = [evaluate(a, env) for a in args]
                    return evaluate(body, {**closure_env, **dict(zip(params, values))})
                case ("closure", params, _, _):
                    raise EvalError(f"expected {len(params)} arguments, got {len(args)}")
                case other:
                    raise EvalError(f"cannot call {other!r}")
        case ("seq", *exprs) if exprs:
            result = None
            for e in exprs:
                result = evaluate(e, env)
            return result
        case _:
            raise EvalError(f"bad expression {expr!r}")


def show(expr):
    match expr:
        case ("num", n):
            return str(n)
        case ("var", name):
            return name
        case ("neg", x):
            return f"-{show(x)}"
        case (op, l, r) if op in ("add", "sub", "mul", "div"):
            sym = {"add": "+", "sub": "-", "mul": "*", "div": "/"}[op]
            return f"({show(l)} {sym} {show(r)})"
        case ("let", name, v, body):
            return f"(let {name} = {show(v)} in {show(body)})"
        case _:
            return "..."


N = lambda n: ("num", n)
V = lambda s: ("var", s)
programs = [
    ("add", N(1), ("mul", N(2), N(3))),
    ("let", "x", N(5), ("sub", V("x"), ("neg", N(2)))),
    ("div", N(1), N(4)),
    ("div", N(1), ("sub", N(2), N(2))),
    ("var", "nope"),
    ("let", "sq", ("lambda", ["v"], ("mul", V("v"), V("v"))),
     ("call", V("sq"), N(7))),
    ("let", "k", ("lambda", ["a", "b"], V("a")), ("call", V("k"), N(1))),
    ("call", N(3), N(4)),
    ("if", ("sub", N(1), N(1)), N(10), N(20)),
    ("seq", N(1), N(2), ("add", N(3), N(4))),
    ("seq",),
    ("pow", N(2), N(3)),
    ["add", N(1), N(2)],
]
for p in programs:
    try:
        print(show(p), "=", evaluate(p, {}))
    except EvalError as e:
        print(show(p), "error:", e)

# A little recursive program: factorial through let and lambda.
fact = ("let", "f", ("lambda", ["n", "self"],
                     ("if", V("n"),
                      ("mul", V("n"), ("call", V("self"), ("sub", V("n"), N(1)), V("self"))),
                      N(1))),
        ("call", V("f"), N(10), V("f")))
print("10! =", evaluate(fact, {}))
